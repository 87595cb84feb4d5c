package fr.gouv.diplomatie.daect.programme.preview;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The last rebuild's outcome and its identifier, shared by the rebuilding thread and the server's
 * threads. The identifier changes with every rebuild and with every start of the preview, so that a
 * page can tell whether it is older than the site (and reload).
 */
public final class BuildStatus {

    private final String instance = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    private long generation;
    private BuildResult current;

    public synchronized String id() {
        return instance + "-" + generation;
    }

    /** Empty while the first build is under way. */
    public synchronized Optional<BuildResult> current() {
        return Optional.ofNullable(current);
    }

    public synchronized void publish(BuildResult result) {
        current = result;
        generation++;
        notifyAll();
    }

    /** Waits until the identifier is no longer {@code seen}, at most {@code timeout}; returns the identifier then. */
    public synchronized String awaitChange(String seen, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (id().equals(seen)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return id();
    }
}
