package fr.gouv.diplomatie.daect.programme.site;

import fr.gouv.diplomatie.daect.programme.site.DeferredWork.Part;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the preview's deferred writer makes, and when what it made is dropped as stale. */
class DeferredWorkTest {

    final DeferredWork work = new DeferredWork();

    @Test
    void aRequestedSearchIndexIsTakenOnceAndPublishedIfNothingAskedForItSince() {
        assertTrue(work.isEmpty());
        work.request(Part.SEARCH_INDEX);
        work.request(Part.SEARCH_INDEX);

        DeferredWork.Taken taken = work.take();

        assertEquals(Set.of(Part.SEARCH_INDEX), taken.parts());
        assertTrue(work.isEmpty(), "taken: the next writer has nothing to do");
        assertTrue(work.isCurrent(taken, Part.SEARCH_INDEX));
        assertFalse(work.isCurrent(taken, Part.SITEMAP), "not taken");
    }

    @Test
    void aSearchIndexAskedForAgainWhileBeingBuiltIsDroppedAndTheNextWriterBuildsItAgain() {
        work.request(Part.SEARCH_INDEX);
        work.request(Part.PROGRAMME_FILES);
        DeferredWork.Taken taken = work.take();

        work.request(Part.SEARCH_INDEX); // a newer rebuild changed a session page meanwhile

        assertFalse(work.isCurrent(taken, Part.SEARCH_INDEX), "built from pages a newer rebuild replaced");
        assertTrue(work.isCurrent(taken, Part.PROGRAMME_FILES), "each part is dropped on its own");
        assertEquals(Set.of(Part.SEARCH_INDEX), work.take().parts());
    }

    @Test
    void aFullBakeMakesEverythingTakenBeforeItStaleAndAsksForWhatItDidNotWrite() {
        work.request(Part.SEARCH_INDEX);
        work.request(Part.SITEMAP);
        DeferredWork.Taken taken = work.take();

        work.fullBake(Set.of(Part.SEARCH_INDEX));

        assertFalse(work.isCurrent(taken, Part.SITEMAP), "the full bake wrote its own");
        assertFalse(work.isCurrent(taken, Part.SEARCH_INDEX));
        assertEquals(Set.of(Part.SEARCH_INDEX), work.take().parts(), "a bake without the front end leaves the index for later");
        work.fullBake(Set.of());
        assertTrue(work.isEmpty());
    }

    @Test
    void aFailedWriterGivesItsPartsBackUnlessAFullBakeWroteThemSince() {
        work.request(Part.SEARCH_INDEX);
        work.request(Part.PROGRAMME_FILES);
        DeferredWork.Taken taken = work.take();

        work.giveBack(taken);

        assertEquals(Set.of(Part.SEARCH_INDEX, Part.PROGRAMME_FILES), work.take().parts());
        work.request(Part.SITEMAP);
        DeferredWork.Taken older = work.take();
        work.fullBake(Set.of());
        work.giveBack(older);
        assertTrue(work.isEmpty());
    }
}
