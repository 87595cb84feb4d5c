package fr.gouv.diplomatie.daect.programme.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.stream.Stream;

/**
 * The paths changed under folders (with their sub-folders, including those created later) and of
 * single files, as the JDK's WatchService reports them. Editors' temporary and backup files
 * ({@code .#x.md}, {@code x.md~}, {@code .x.md.swp}) are left out.
 */
final class FolderEvents implements DebouncingWatcher.ChangeSource {

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Set<Path> roots;
    private final Set<Path> singleFiles;

    /**
     * @param roots folders watched with everything under them (those missing are skipped)
     * @param files single files watched (their folder is watched for them alone)
     */
    FolderEvents(List<Path> roots, List<Path> files) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.roots = normalized(roots);
        this.singleFiles = normalized(files);
        for (Path root : this.roots) {
            registerTree(root);
        }
        for (Path file : this.singleFiles) {
            if (file.getParent() != null && Files.isDirectory(file.getParent())) {
                register(file.getParent());
            }
        }
    }

    @Override
    public Set<Path> take() throws InterruptedException {
        Set<Path> changed = new LinkedHashSet<>();
        collect(service.take(), changed);
        return changed;
    }

    @Override
    public Set<Path> poll(Duration timeout) throws InterruptedException {
        WatchKey key = service.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (key == null) {
            return null;
        }
        Set<Path> changed = new LinkedHashSet<>();
        collect(key, changed);
        return changed;
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
        try {
            service.close();
        } catch (IOException e) {
            // Closing anyway.
        }
    }
}
