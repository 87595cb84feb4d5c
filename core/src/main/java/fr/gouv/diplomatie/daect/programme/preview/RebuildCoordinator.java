package fr.gouv.diplomatie.daect.programme.preview;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs the preview's rebuilds one at a time on a thread of its own. Changes reported while a
 * rebuild runs are gathered and make one more rebuild once it is over, with all of them; a
 * rebuild that throws is reported as a failed one, and the next change is rebuilt as usual: the
 * preview never stops on a bad file. What a rebuild leaves for later ({@link Rebuilder#writeDeferred})
 * is done on a second thread, so that the next change need not wait for it.
 */
public final class RebuildCoordinator implements AutoCloseable {

    /** One rebuild, after the given paths changed (none: the first build). */
    @FunctionalInterface
    public interface Rebuilder {
        BuildResult rebuild(Set<Path> changed);

        /**
         * Work the rebuilds left for later, called on its own thread after each rebuild (possibly while
         * the next one runs); its outcome is published only when it failed (or clears such a failure).
         * Empty when there was nothing to do.
         */
        default Optional<BuildResult> writeDeferred() {
            return Optional.empty();
        }
    }

    private final Rebuilder rebuilder;
    private final Consumer<BuildResult> listener;
    private final Thread worker;
    private final Thread deferredWriter;
    private final Set<Path> pending = new LinkedHashSet<>();
    private boolean requested;
    private boolean closed;
    private boolean deferred;
    private boolean lastPublishedOk = true;

    /** @param listener receives each rebuild's outcome, on the rebuilding thread */
    public RebuildCoordinator(Rebuilder rebuilder, Consumer<BuildResult> listener) {
        this.rebuilder = rebuilder;
        this.listener = listener;
        this.worker = new Thread(this::rebuildLoop, "apercu-reconstruction");
        this.worker.setDaemon(true);
        this.deferredWriter = new Thread(this::deferredWriterLoop, "apercu-finition");
        this.deferredWriter.setDaemon(true);
    }

    /** Starts the rebuilding thread with a first build. */
    public RebuildCoordinator start() {
        request(Set.of());
        worker.start();
        deferredWriter.start();
        return this;
    }

    /** Asks for a rebuild after {@code changed}; returns at once. */
    public synchronized void request(Set<Path> changed) {
        pending.addAll(changed);
        requested = true;
        notifyAll();
    }

    private void rebuildLoop() {
        while (awaitUnlessClosed(() -> requested)) {
            rebuildIfRequested();
        }
    }

    private void deferredWriterLoop() {
        while (awaitUnlessClosed(() -> deferred)) {
            writeDeferredIfAny();
        }
    }

    /**
     * Runs the rebuild asked for, with every change gathered since the last one; false when none was asked for.
     * The rebuilding thread's one step, which tests also take themselves, without the threads, to know when it is over.
     */
    boolean rebuildIfRequested() {
        Set<Path> batch;
        synchronized (this) {
            if (!requested) {
                return false;
            }
            batch = Set.copyOf(pending);
            pending.clear();
            requested = false;
        }
        publish(rebuildSafely(batch));
        synchronized (this) {
            deferred = true;
            notifyAll();
        }
        return true;
    }

    /** Does the work the last rebuild left for later; false when there was none. The deferred writer thread's one step. */
    boolean writeDeferredIfAny() {
        synchronized (this) {
            if (!deferred) {
                return false;
            }
            deferred = false;
        }
        safely(rebuilder::writeDeferred).filter(result -> !result.ok() || !lastPublishedOk()).ifPresent(this::publish);
        return true;
    }

    /** Waits until {@code ready} holds; false if the coordinator was closed, or the thread interrupted, first. */
    private synchronized boolean awaitUnlessClosed(BooleanSupplier ready) {
        while (!ready.getAsBoolean() && !closed) {
            try {
                wait();
            } catch (InterruptedException e) {
                return false;
            }
        }
        return !closed;
    }

    private synchronized boolean lastPublishedOk() {
        return lastPublishedOk;
    }

    /** One outcome at a time, so that the last published is the last known. */
    private synchronized void publish(BuildResult result) {
        lastPublishedOk = result.ok();
        listener.accept(result);
    }

    private BuildResult rebuildSafely(Set<Path> batch) {
        return safely(() -> Optional.of(rebuilder.rebuild(batch))).orElseThrow();
    }

    private static Optional<BuildResult> safely(Supplier<Optional<BuildResult>> work) {
        try {
            return work.get();
        } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
            return Optional.of(BuildResult.failure("Erreur inattendue pendant la reconstruction du site",
                    List.of(e.getClass().getSimpleName() + " : " + e.getMessage())));
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
            deferredWriter.join(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(60_000);
    }
}
