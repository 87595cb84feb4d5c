package fr.gouv.diplomatie.daect.programme.preview;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How changes make batches, driven by a scripted source: "the quiet period passed" is a step of the
 * script, not a wait, so that a slow machine cannot split or merge batches.
 */
class DebouncingWatcherTest {

    private static final Duration QUIET = Duration.ofMillis(300);
    private static final Set<Path> QUIET_PERIOD_PASSED = Set.of(Path.of("(calme)"));

    private static final Path A = Path.of("content/a.md");
    private static final Path B = Path.of("templates/session.ftl");
    private static final Path SETTINGS = Path.of("jbake.properties");

    private final List<Set<Path>> batches = new ArrayList<>();
    private final List<String> waits = new ArrayList<>();

    /** Runs the watcher over the script; it stops where the script ends. */
    @SafeVarargs
    private void run(Set<Path>... script) {
        new DebouncingWatcher(new ScriptedSource(script), QUIET, batches::add).run();
    }

    @Test
    void changesBeforeTheQuietPeriodPassesMakeOneBatch() {
        run(Set.of(A), Set.of(B, SETTINGS), Set.of(A), QUIET_PERIOD_PASSED);

        assertEquals(List.of(Set.of(A, B, SETTINGS)), batches);
    }

    @Test
    void eachQuietPeriodEndsABatch() {
        run(Set.of(A), QUIET_PERIOD_PASSED, Set.of(B), Set.of(SETTINGS), QUIET_PERIOD_PASSED);

        assertEquals(List.of(Set.of(A), Set.of(B, SETTINGS)), batches);
    }

    @Test
    void withNothingPendingItWaitsForAChangeWithoutLimitThenForTheQuietPeriod() {
        run(Set.of(A), QUIET_PERIOD_PASSED, Set.of(B), QUIET_PERIOD_PASSED);

        assertEquals(List.of("take", "poll PT0.3S", "take", "poll PT0.3S", "take"), waits);
    }

    @Test
    void eventsAllLeftOutMakeNoBatch() {
        // An editor's scratch file alone: the source reports nothing, and nothing is rebuilt.
        run(Set.of(), Set.of(A), Set.of(), QUIET_PERIOD_PASSED);

        assertEquals(List.of(Set.of(A)), batches);
    }

    /** Hands over the script's steps, one per wait; the end of the script stops the watcher as closing would. */
    private final class ScriptedSource implements DebouncingWatcher.ChangeSource {

        private final Deque<Set<Path>> steps;

        @SafeVarargs
        ScriptedSource(Set<Path>... steps) {
            this.steps = new ArrayDeque<>(List.of(steps));
        }

        @Override
        public Set<Path> take() throws InterruptedException {
            waits.add("take");
            Set<Path> next = next();
            assertEquals(false, next == QUIET_PERIOD_PASSED, "the quiet period is only waited for with changes pending");
            return next;
        }

        @Override
        public Set<Path> poll(Duration timeout) throws InterruptedException {
            waits.add("poll " + timeout);
            Set<Path> next = next();
            return next == QUIET_PERIOD_PASSED ? null : next;
        }

        private Set<Path> next() throws InterruptedException {
            if (steps.isEmpty()) {
                throw new InterruptedException("end of the script");
            }
            return steps.removeFirst();
        }

        @Override
        public void close() {
        }
    }
}
