package fr.gouv.diplomatie.daect.programme.bake;

import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * The threads of one bake: every task the bake runs besides JBake's own thread (steps alongside JBake, Markdown
 * rendered ahead, pages, the pages read by the steps) goes to this one pool, which the bake shuts down when it ends.
 * With {@code programme.threads=1} (in {@code jbake.properties} or {@code -Dprogramme.threads=1}) there is no pool:
 * each task runs in the caller's thread when handed over, so that the whole bake runs on one thread for debugging.
 */
public final class Workers implements AutoCloseable {

    /** The setting naming how many threads the bake uses; absent or 0, one per core. */
    public static final String THREADS = "programme.threads";

    private final int threads;
    private final ExecutorService pool;

    private Workers(int threads) {
        this.threads = threads;
        ClassLoader loader = Workers.class.getClassLoader();
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, task -> {
            Thread worker = new Thread(task, "cuisson");
            // JBake, FreeMarker and ical4j look classes up through it: the plugin's, not Maven's.
            worker.setContextClassLoader(loader);
            worker.setDaemon(true);
            return worker;
        });
    }

    /** As many threads as {@code programme.threads} says (one per core when absent or 0). */
    public static Workers of(SiteSettings settings) {
        String value = settings.get(THREADS, "").strip();
        int threads;
        try {
            threads = value.isEmpty() ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(THREADS + " : nombre de fils attendu (1 pour tout faire sur un seul), lu « " + value + " »");
        }
        return of(threads);
    }

    /** Whether {@code programme.threads} asks for the whole bake on one thread (a value that is no number does not). */
    public static boolean oneThread(SiteSettings settings) {
        return "1".equals(settings.get(THREADS, "").strip());
    }

    /** {@code threads} threads; 0 or less, one per core; 1, the caller's thread only. */
    public static Workers of(int threads) {
        return new Workers(threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
    }

    /** How many tasks may run at once. */
    public int threads() {
        return threads;
    }

    /** Whether tasks run beside the caller (else each runs in the caller's thread, at once). */
    public boolean parallel() {
        return pool != null;
    }

    public <T> Future<T> submit(Callable<T> task) {
        if (pool != null) {
            return pool.submit(task);
        }
        FutureTask<T> inline = new FutureTask<>(task);
        inline.run();
        return inline;
    }

    public Future<?> submit(Runnable task) {
        return submit(() -> {
            task.run();
            return null;
        });
    }

    /**
     * Runs {@code workers} copies of {@code task} (each given its number) and waits for them all; the first failure
     * is thrown once every copy has ended.
     */
    public void runEach(int workers, java.util.function.IntConsumer task) {
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            int worker = i;
            running.add(submit(() -> task.accept(worker)));
        }
        RuntimeException failure = null;
        for (Future<?> copy : running) {
            try {
                await(copy);
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Waits for a task; its failure thrown again as it was (unchecked), or wrapped if it was checked. */
    public static <T> T await(Future<T> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("cuisson interrompue", e);
        }
    }

    /** Stops the threads; a task still running is interrupted. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
