package fr.gouv.diplomatie.daect.programme.bake;

import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The store answers JBake's questions as its OrientDB statements do, without being quadratic. */
class InMemoryContentStoreTest {

    private final InMemoryContentStore store = new InMemoryContentStore("memory", "test-" + System.nanoTime());

    @BeforeEach
    void start() {
        // The store's answers need no OrientDB: the Oven's call to startup() is left out.
        DocumentTypes.addDocumentType("session");
    }

    @AfterEach
    void stop() {
        store.close();
        store.shutdown();
        store.release();
    }

    private static DocumentModel session(int day) {
        DocumentModel document = new DocumentModel();
        String uri = "webinaires/session-" + day + ".html";
        document.setSourceUri(uri);
        document.setUri(uri);
        document.setType("session");
        document.setStatus("published");
        document.setSha1("sha-" + day);
        document.setCached(true);
        document.setRendered(false);
        document.setDate(new Date(86_400_000L * day));
        document.setTitle("Session " + day);
        return document;
    }

    @Test
    void theListOfATypeIsQueriedOncePerBakeWhateverTheNumberOfDocuments() {
        for (int day = 1; day <= 300; day++) {
            store.addDocument(session(day));
        }
        DocumentList<DocumentModel> first = store.getAllContent("session");
        for (DocumentModel document : store.getUnrenderedContent()) {
            // What JBake's DocumentsRenderer does for each document it renders.
            DocumentList<DocumentModel> typed = store.getAllContent(document.getType());
            int index = typed.indexOf(document);
            assertEquals(document.getSourceuri(), typed.get(index).getSourceuri());
            assertSame(first, typed);
        }
        assertEquals(1, store.allContentQueries());
        assertEquals("webinaires/session-300.html", first.get(0).getSourceuri(), "most recent first, as JBake orders it");
    }

    @Test
    void addingADocumentRefreshesTheList() {
        store.addDocument(session(1));
        assertEquals(1, store.getAllContent("session").size());
        store.addDocument(session(2));
        assertEquals(2, store.getAllContent("session").size());
    }

    @Test
    void unrenderedDocumentsComeMostRecentFirstAndLeaveOnceRenderedThenComeBackWhenTheTemplatesChange(@TempDir Path templates) throws Exception {
        store.updateAndClearCacheIfNeeded(false, templates.toFile());
        store.addDocument(session(2));
        store.addDocument(session(3));
        store.addDocument(session(1));
        assertEquals(List.of("Session 3", "Session 2", "Session 1"), titles(store.getUnrenderedContent()));

        store.markContentAsRendered(store.getUnrenderedContent().get(0));
        assertEquals(List.of("Session 2", "Session 1"), titles(store.getUnrenderedContent()));

        store.updateAndClearCacheIfNeeded(false, templates.toFile());
        assertEquals(3, store.getDocumentCount("session"), "same templates: the crawled documents stay");
        Files.writeString(templates.resolve("session.ftl"), "<h1>${content.title}</h1>");
        store.updateAndClearCacheIfNeeded(false, templates.toFile());
        assertEquals(0, store.getDocumentCount("session"), "changed templates: everything is crawled again");
    }

    @Test
    void whatTheRendererChangesInADocumentStaysOutOfTheStore() {
        store.addDocument(session(1));
        store.addDocument(session(2));
        DocumentModel rendered = store.getUnrenderedContent().get(0);
        rendered.setPreviousContent(store.getAllContent("session").get(1));
        rendered.setTitle("Changed");

        assertEquals("Session 2", store.getDocumentByUri("webinaires/session-2.html").get(0).getTitle());
        assertNull(store.getAllContent("session").get(0).get("previousContent"));
    }

    @Test
    void draftsAreCountedAndListedButNeverRenderedNorTagged() {
        DocumentModel draft = session(5);
        draft.setStatus("draft");
        draft.setTags(new String[] {"afrique"});
        DocumentModel published = session(4);
        published.setTags(new String[] {"europe", "climat"});
        store.addDocument(draft);
        store.addDocument(published);

        assertEquals(2, store.getDocumentCount("session"));
        assertEquals(1, store.getPublishedCount("session"));
        assertEquals(List.of("Session 5", "Session 4"), titles(store.getAllContent("session")));
        assertEquals(List.of("Session 4"), titles(store.getUnrenderedContent()));
        assertEquals(List.of("Session 4"), titles(store.getPublishedContent("session")));
        assertEquals(Set.of("europe", "climat"), store.getAllTags());
        assertEquals(List.of("Session 4"), titles(store.getPublishedDocumentsByTag("climat")));
        assertEquals(List.of(), titles(store.getPublishedDocumentsByTag("afrique")));
    }

    @Test
    void aPageOfTheListFollowsStartAndLimit() {
        for (int day = 1; day <= 5; day++) {
            store.addDocument(session(day));
        }
        store.setStart(1);
        store.setLimit(2);
        assertEquals(List.of("Session 4", "Session 3"), titles(store.getAllContent("session", true)));
        assertEquals(5, store.getAllContent("session", false).size());
        store.resetPagination();
        assertEquals(5, store.getAllContent("session", true).size());
    }

    private static List<String> titles(List<DocumentModel> documents) {
        return documents.stream().map(DocumentModel::getTitle).toList();
    }

    @Test
    void theCrawlersQuestionAboutAFileIsAnsweredAsTheDatabaseWould() {
        store.addDocument(session(1));

        assertEquals("sha-1", store.getDocumentStatus("webinaires/session-1.html").get(0).getSha1(), "a file already in the store");
        assertEquals(0, store.getDocumentStatus("webinaires/session-2.html").size(), "a new file");
        store.deleteContent("webinaires/session-1.html");
        assertEquals(0, store.getDocumentStatus("webinaires/session-1.html").size(), "a deleted file");
    }
}
