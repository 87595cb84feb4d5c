package fr.gouv.diplomatie.daect.programme.bake;

import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** JBake's renderer asks for every document of a type once per document: the store must answer from one query. */
class RecordingContentStoreTest {

    private final RecordingContentStore store = new RecordingContentStore("memory", "test-" + System.nanoTime());

    @BeforeEach
    void start() {
        store.startup();
    }

    @AfterEach
    void stop() {
        store.close();
        store.shutdown();
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
    void theCrawlersQuestionAboutAFileIsAnsweredAsTheDatabaseWould() {
        store.addDocument(session(1));

        assertEquals("sha-1", store.getDocumentStatus("webinaires/session-1.html").get(0).getSha1(), "a file already in the store");
        assertEquals(0, store.getDocumentStatus("webinaires/session-2.html").size(), "a new file");
        store.deleteContent("webinaires/session-1.html");
        assertEquals(0, store.getDocumentStatus("webinaires/session-1.html").size(), "a deleted file");
    }
}
