package fr.gouv.diplomatie.daect.programme.preview;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One rebuild at a time, changes gathered meanwhile, and a failure never stops the preview. */
class RebuildCoordinatorTest {

    private final List<Set<Path>> rebuilt = new CopyOnWriteArrayList<>();
    private final BlockingQueue<BuildResult> results = new LinkedBlockingQueue<>();
    private RebuildCoordinator coordinator;

    @AfterEach
    void stop() {
        if (coordinator != null) {
            coordinator.close(5_000);
        }
    }

    private BuildResult next() throws InterruptedException {
        BuildResult result = results.poll(10, TimeUnit.SECONDS);
        assertNotNull(result, "no rebuild reported");
        return result;
    }

    @Test
    void startsWithAFirstBuildOfEverything() throws Exception {
        coordinator = new RebuildCoordinator(changed -> {
            rebuilt.add(changed);
            return BuildResult.success("ok");
        }, results::add).start();

        assertTrue(next().ok());
        assertEquals(List.of(Set.of()), rebuilt);
    }

    @Test
    void changesDuringARebuildMakeOneMoreRebuildWithAllOfThem() {
        // Driven step by step, without the threads: "no more rebuild" is then a fact, not a wait.
        coordinator = new RebuildCoordinator(changed -> {
            rebuilt.add(changed);
            if (rebuilt.size() == 1) {
                // Saves made while the first rebuild runs.
                coordinator.request(Set.of(Path.of("content/a.md")));
                coordinator.request(Set.of(Path.of("content/b.md")));
                coordinator.request(Set.of(Path.of("content/a.md"), Path.of("templates/page.ftl")));
            }
            return BuildResult.success("ok");
        }, results::add);
        coordinator.request(Set.of());

        assertTrue(coordinator.rebuildIfRequested());
        assertTrue(coordinator.rebuildIfRequested());
        assertFalse(coordinator.rebuildIfRequested(), "two rebuilds, not four");
        assertEquals(List.of(Set.of(), Set.of(Path.of("content/a.md"), Path.of("content/b.md"), Path.of("templates/page.ftl"))), rebuilt);
        assertEquals(2, results.size());
    }

    @Test
    void aRebuildThatThrowsIsAFailureAndTheNextChangeIsRebuilt() throws Exception {
        coordinator = new RebuildCoordinator(changed -> {
            rebuilt.add(changed);
            if (rebuilt.size() == 2) {
                throw new IllegalStateException("gabarit illisible");
            }
            return BuildResult.success("ok");
        }, results::add).start();
        next();

        coordinator.request(Set.of(Path.of("templates/session.ftl")));
        BuildResult failure = next();
        coordinator.request(Set.of(Path.of("templates/session.ftl")));
        BuildResult after = next();

        assertFalse(failure.ok());
        assertEquals(List.of("IllegalStateException : gabarit illisible"), failure.problems());
        assertTrue(after.ok());
    }

    @Test
    void theWorkLeftForLaterIsShownOnlyWhenItFails() {
        List<String> calls = new ArrayList<>();
        coordinator = new RebuildCoordinator(new RebuildCoordinator.Rebuilder() {
            @Override
            public BuildResult rebuild(Set<Path> changed) {
                calls.add("rebuild " + changed);
                return BuildResult.success("pages");
            }

            @Override
            public Optional<BuildResult> writeDeferred() {
                calls.add("deferred");
                return Optional.of(calls.stream().filter("deferred"::equals).count() == 2
                        ? BuildResult.failure("programme.ics", List.of("calendrier invalide"))
                        : BuildResult.success("programme.ics"));
            }
        }, results::add);
        assertFalse(coordinator.writeDeferredIfAny(), "nothing deferred before a rebuild");
        coordinator.request(Set.of());
        coordinator.rebuildIfRequested();
        coordinator.writeDeferredIfAny();
        assertEquals(List.of("pages"), summaries(), "a successful deferred write is not announced: no reload for it");

        coordinator.request(Set.of(Path.of("content/a.md")));
        coordinator.rebuildIfRequested();
        coordinator.writeDeferredIfAny();
        BuildResult failed = results.stream().reduce((first, second) -> second).orElseThrow();
        assertFalse(failed.ok(), "a failure of the work left for later is shown");
        assertEquals(List.of("calendrier invalide"), failed.problems());

        coordinator.request(Set.of(Path.of("content/a.md")));
        coordinator.rebuildIfRequested();
        coordinator.writeDeferredIfAny();
        assertFalse(coordinator.writeDeferredIfAny(), "once per rebuild");
        assertEquals(List.of("pages", "pages", "programme.ics", "pages"), summaries(), "the next rebuild clears it, its deferred write is not announced");
        assertEquals(List.of("rebuild []", "deferred", "rebuild [content/a.md]", "deferred", "rebuild [content/a.md]", "deferred"), calls);
    }

    private List<String> summaries() {
        return results.stream().map(BuildResult::summary).toList();
    }
}
