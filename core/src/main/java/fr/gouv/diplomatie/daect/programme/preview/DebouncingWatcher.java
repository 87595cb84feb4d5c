package fr.gouv.diplomatie.daect.programme.preview;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reports changed paths in batches: a batch is handed over once nothing has changed for a quiet
 * period, so that an editor's save — often a temporary file, a rename, several writes — or a
 * "save all" makes one rebuild, not five. The changes come from {@link FolderEvents} (the files
 * on disk), or from any other {@link ChangeSource}.
 */
public final class DebouncingWatcher implements AutoCloseable {

    /** Where changes come from; the waiting is its own, so that a test can say "the quiet period passed" without waiting. */
    interface ChangeSource extends AutoCloseable {

        /** The next changes, waiting as long as it takes (possibly none, when all were left out). */
        Set<Path> take() throws InterruptedException;

        /** The next changes, or null if nothing changed within {@code timeout}. */
        Set<Path> poll(Duration timeout) throws InterruptedException;

        @Override
        void close();
    }

    private final ChangeSource source;
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
        this(new FolderEvents(roots, files), quiet, listener);
    }

    DebouncingWatcher(ChangeSource source, Duration quiet, Consumer<Set<Path>> listener) {
        this.source = source;
        this.quiet = quiet;
        this.listener = listener;
        this.thread = new Thread(this::run, "apercu-surveillance");
        this.thread.setDaemon(true);
    }

    public DebouncingWatcher start() {
        thread.start();
        return this;
    }

    /** Hands over batches until the source is closed or the thread interrupted. */
    void run() {
        Set<Path> pending = new LinkedHashSet<>();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Set<Path> changed = pending.isEmpty() ? source.take() : source.poll(quiet);
                if (changed == null) {
                    listener.accept(Set.copyOf(pending));
                    pending.clear();
                    continue;
                }
                pending.addAll(changed);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: the preview stops.
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        source.close();
    }
}
