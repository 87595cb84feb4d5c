package fr.gouv.diplomatie.daect.programme.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders (with their sub-folders, including those created later) and single files with
 * the JDK's WatchService, and reports the changed paths in batches: a batch is handed over once
 * nothing has changed for a quiet period, so that an editor's save — often a temporary file, a
 * rename, several writes — or a "save all" makes one rebuild, not five.
 * <p>
 * Editors' temporary and backup files ({@code .#x.md}, {@code x.md~}, {@code .x.md.swp}) are ignored.
 */
public final class DebouncingWatcher implements AutoCloseable {

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Set<Path> roots;
    private final Set<Path> singleFiles;
    private final Duration quiet;
    private final Consumer<Set<Path>> listener;
    private final Thread thread;

    /**
     * @param roots    folders watched with everything under them (those missing are skipped)
     * @param files    single files watched (their folder is watched for them alone)
     * @param quiet    how long nothing must change before a batch is handed over
     * @param listener receives each batch of changed paths (created, modified or deleted), on the watcher's thread
     */
    public DebouncingWatcher(List<Path> roots, List<Path> files, Duration quiet, Consumer<Set<Path>> listener) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.roots = normalized(roots);
        this.singleFiles = normalized(files);
        this.quiet = quiet;
        this.listener = listener;
        for (Path root : this.roots) {
            registerTree(root);
        }
        for (Path file : this.singleFiles) {
            if (file.getParent() != null && Files.isDirectory(file.getParent())) {
                register(file.getParent());
            }
        }
        this.thread = new Thread(this::run, "apercu-surveillance");
        this.thread.setDaemon(true);
    }

    public DebouncingWatcher start() {
        thread.start();
        return this;
    }

    private void run() {
        Set<Path> pending = new LinkedHashSet<>();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = pending.isEmpty() ? service.take() : service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
                if (key == null) {
                    listener.accept(Set.copyOf(pending));
                    pending.clear();
                    continue;
                }
                collect(key, pending);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: the preview stops.
        }
    }

    private void collect(WatchKey key, Set<Path> pending) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                // Too many events were lost: report the folder itself, the rebuild then looks at everything.
                pending.add(folder);
                continue;
            }
            Path changed = folder.resolve((Path) event.context());
            if (!isWatched(changed) || isEditorScratch(changed)
                    || (event.kind() == StandardWatchEventKinds.ENTRY_MODIFY && Files.isDirectory(changed))) {
                // A folder "modified" only means something inside it changed, which is reported on its own.
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                // A new folder (or one moved in): watch it, and report what it already holds.
                registerTree(changed);
                try (Stream<Path> inside = Files.walk(changed)) {
                    inside.filter(Files::isRegularFile).filter(p -> !isEditorScratch(p)).forEach(pending::add);
                } catch (IOException | UncheckedIOException e) {
                    pending.add(changed);
                }
            }
            pending.add(changed);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private boolean isWatched(Path path) {
        return singleFiles.contains(path) || roots.stream().anyMatch(path::startsWith);
    }

    /** Emacs lock and auto-save files, vim swap files, backup files, hidden files. */
    static boolean isEditorScratch(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~") || name.endsWith(".swp")
                || name.endsWith(".swx") || name.endsWith(".tmp");
    }

    private void registerTree(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path folder : tree.filter(Files::isDirectory).toList()) {
                register(folder);
            }
        } catch (IOException | UncheckedIOException e) {
            // A folder removed while being walked: nothing left to watch there.
        }
    }

    private void register(Path folder) {
        try {
            WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            folders.put(key, folder);
        } catch (IOException e) {
            // Gone before it could be watched.
        }
    }

    private static Set<Path> normalized(List<Path> paths) {
        Set<Path> result = new LinkedHashSet<>();
        paths.forEach(p -> result.add(p.toAbsolutePath().normalize()));
        return Set.copyOf(result);
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            service.close();
        } catch (IOException e) {
            // Closing anyway.
        }
    }
}
