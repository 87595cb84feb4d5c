package fr.gouv.diplomatie.daect.programme.bake;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkersTest {

    @Test
    void withOneThreadEveryTaskRunsInTheCallersThreadWhenHandedOver() {
        Set<Thread> ran = ConcurrentHashMap.newKeySet();
        try (Workers workers = Workers.of(1)) {
            workers.submit(() -> ran.add(Thread.currentThread()));
            assertEquals(Set.of(Thread.currentThread()), ran, "already run, here");
            workers.runEach(3, worker -> ran.add(Thread.currentThread()));
        }
        assertEquals(Set.of(Thread.currentThread()), ran);
    }

    @Test
    void withSeveralThreadsTasksRunBesideTheCallerAndAFailureReachesIt() throws Exception {
        try (Workers workers = Workers.of(2)) {
            CountDownLatch both = new CountDownLatch(2);
            Set<Thread> ran = ConcurrentHashMap.newKeySet();
            workers.runEach(2, worker -> {
                ran.add(Thread.currentThread());
                both.countDown();
                try {
                    assertTrue(both.await(10, TimeUnit.SECONDS), "the two copies run at once");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertEquals(2, ran.size());
            assertFalse(ran.contains(Thread.currentThread()));

            IllegalStateException failure = assertThrows(IllegalStateException.class,
                    () -> workers.runEach(2, worker -> { throw new IllegalStateException("copie " + worker); }));
            assertTrue(List.of("copie 0", "copie 1").contains(failure.getMessage()));
        }
    }

    @Test
    void theSettingNamesTheThreadsAndAWrongValueIsRefusedInFrench() {
        try (Workers workers = Workers.of(fr.gouv.diplomatie.daect.programme.settings.SiteSettings.of(java.util.Map.of(Workers.THREADS, "1")))) {
            assertFalse(workers.parallel());
        }
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Workers.of(fr.gouv.diplomatie.daect.programme.settings.SiteSettings.of(java.util.Map.of(Workers.THREADS, "deux"))));
        assertTrue(refused.getMessage().contains("programme.threads"), refused.getMessage());
    }
}
