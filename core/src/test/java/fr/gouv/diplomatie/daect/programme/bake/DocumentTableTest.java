package fr.gouv.diplomatie.daect.programme.bake;

import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table finds a document by the file it was read from: the warm rebake knows files, JBake knows addresses. */
class DocumentTableTest {

    private final DocumentTable table = new DocumentTable();

    private static DocumentModel document(String file, String uri, String type, int day) {
        DocumentModel document = new DocumentModel();
        document.setFile(file);
        document.setSourceUri(uri);
        document.setUri(uri);
        document.setType(type);
        document.setStatus("published");
        document.setDate(new Date(86_400_000L * day));
        return document;
    }

    @Test
    void aDocumentIsFoundByItsFileUntilItIsRemovedOrReplaced() {
        table.add(document("content/a.md", "a.html", "page", 1));
        table.add(document("content/webinaires/b.md", "webinaires/b.html", "session", 2));

        assertEquals(Optional.of("a.html"), table.sourceOf(Path.of("content/a.md")));
        assertEquals(Optional.of("webinaires/b.html"), table.sourceOf(Path.of("content/webinaires/../webinaires/b.md").toAbsolutePath()),
                "however the path is written");

        table.add(document("content/a.markdown", "a.html", "page", 1));
        assertEquals(Optional.empty(), table.sourceOf(Path.of("content/a.md")), "the address now comes from another file");
        assertEquals(Optional.of("a.html"), table.sourceOf(Path.of("content/a.markdown")));

        table.remove("a.html");
        table.removeType("session");
        assertEquals(Optional.empty(), table.sourceOf(Path.of("content/a.markdown")));
        assertEquals(Optional.empty(), table.sourceOf(Path.of("content/webinaires/b.md")));
        assertEquals(0, table.count("session"));
        assertEquals(Optional.of("webinaires/b.html"), table.lastSourceOf(Path.of("content/webinaires/b.md")), "its page is still known");
    }

    @Test
    void answersAreCopiesMostRecentFirst() {
        DocumentModel old = document("content/x.md", "x.html", "session", 1);
        table.add(old);
        table.add(document("content/y.md", "y.html", "session", 5));

        var all = table.all("session");
        assertEquals("y.html", all.get(0).getSourceuri());
        assertNotSame(old, table.withSource("x.html").get(0));
        table.withSource("x.html").get(0).setTitle("changé");
        assertTrue(table.withSource("x.html").get(0).getTitle() == null, "a change to an answer stays out of the table");
    }
}
