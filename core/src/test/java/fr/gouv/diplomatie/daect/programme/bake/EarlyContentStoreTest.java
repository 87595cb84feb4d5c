package fr.gouv.diplomatie.daect.programme.bake;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** JBake's store, started while the build prepares the bake: one bake takes it, or the build releases it. */
class EarlyContentStoreTest {

    @Test
    void theFirstBakeTakesTheStoreAndAnotherStartsItsOwn() {
        try (EarlyContentStore early = EarlyContentStore.start()) {
            InMemoryContentStore store = early.take();
            assertNotNull(store);
            // The bake's own start waits for the early one and does not start OrientDB twice.
            store.startup();
            store.updateSchema();
            assertNull(early.take(), "a second bake (after a failed incremental one) starts a store of its own");
            store.release();
        }
    }

    @Test
    void aStoreNoBakeTookIsReleased() {
        EarlyContentStore early = EarlyContentStore.start();
        early.close();
        assertNull(early.take(), "released: no bake may take it any more");
    }
}
