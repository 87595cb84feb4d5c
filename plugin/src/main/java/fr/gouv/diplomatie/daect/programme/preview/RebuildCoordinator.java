package fr.gouv.diplomatie.daect.programme.preview;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs the preview's rebuilds one at a time on a thread of its own. Changes reported while a
 * rebuild runs are gathered and make one more rebuild once it is over, with all of them; a
 * rebuild that throws is reported as a failed one, and the next change is rebuilt as usual: the
 * preview never stops on a bad file.
 */
public final class RebuildCoordinator implements AutoCloseable {

    /** One rebuild, after the given paths changed (none: the first build). */
    @FunctionalInterface
    public interface Rebuilder {
        BuildResult rebuild(Set<Path> changed);
    }

    private final Rebuilder rebuilder;
    private final Consumer<BuildResult> listener;
    private final Thread worker;
    private final Set<Path> pending = new LinkedHashSet<>();
    private boolean requested;
    private boolean closed;

    /** @param listener receives each rebuild's outcome, on the rebuilding thread */
    public RebuildCoordinator(Rebuilder rebuilder, Consumer<BuildResult> listener) {
        this.rebuilder = rebuilder;
        this.listener = listener;
        this.worker = new Thread(this::run, "apercu-reconstruction");
        this.worker.setDaemon(true);
    }

    /** Starts the rebuilding thread with a first build. */
    public RebuildCoordinator start() {
        request(Set.of());
        worker.start();
        return this;
    }

    /** Asks for a rebuild after {@code changed}; returns at once. */
    public synchronized void request(Set<Path> changed) {
        pending.addAll(changed);
        requested = true;
        notifyAll();
    }

    private void run() {
        while (true) {
            Set<Path> batch;
            synchronized (this) {
                while (!requested && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                batch = Set.copyOf(pending);
                pending.clear();
                requested = false;
            }
            listener.accept(rebuildSafely(batch));
        }
    }

    private BuildResult rebuildSafely(Set<Path> batch) {
        try {
            return rebuilder.rebuild(batch);
        } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
            return BuildResult.failure("Erreur inattendue pendant la reconstruction du site",
                    List.of(e.getClass().getSimpleName() + " : " + e.getMessage()));
        }
    }

    /** Stops after the rebuild under way, if any (waiting for it at most {@code waitMillis}). */
    public void close(long waitMillis) {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            worker.join(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(60_000);
    }
}
