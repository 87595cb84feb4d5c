package fr.gouv.diplomatie.daect.programme.content;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A body parsed once for the page's HTML and the calendar's plain text. */
class MarkdownBodiesTest {

    private static final List<String> SITE_EXTENSIONS = List.of("AUTOLINKS", "FENCED_CODE_BLOCKS", "DEFINITIONS", "TABLES");

    @Test
    void markdownLosesItsMarkupButKeepsItsWordsAndParagraphs() {
        String markdown = "Un **texte** avec un [lien](https://example.org/) et du `code`.\nSuite du paragraphe.\n\n"
                + "## Un titre\n\n- premier point\n- *second* point\n";
        MarkdownBodies.Body body = MarkdownBodies.of(SITE_EXTENSIONS).get(markdown);
        assertEquals("Un texte avec un lien et du code. Suite du paragraphe.\n\nUn titre\n\n- premier point\n- second point",
                body.plainText());
        assertTrue(body.html().contains("<strong>texte</strong>"), body.html());
        assertEquals("", MarkdownBodies.of(SITE_EXTENSIONS).get("  \n").plainText());
    }

    @Test
    void theCalendarSaysWhatThePageShows() {
        // With the site's TABLES extension the page shows a table: the calendar gives its cells' words, not its pipes.
        MarkdownBodies.Body body = MarkdownBodies.of(SITE_EXTENSIONS).get("| Ville | Pays |\n|---|---|\n| Dakar | Sénégal |\n");
        assertTrue(body.html().contains("<table>"), body.html());
        assertFalse(body.plainText().contains("|"), body.plainText());
        assertTrue(body.plainText().contains("Dakar") && body.plainText().contains("Sénégal"), body.plainText());
    }

    @Test
    void eachBodyIsParsedOnceWhicheverThreadAsksFirst() {
        MarkdownBodies bodies = MarkdownBodies.of(SITE_EXTENSIONS);
        List<String> texts = IntStream.range(0, 200).mapToObj(i -> "Séance *" + i + "*.\n").toList();
        CompletableFuture<?> calendars = CompletableFuture.runAsync(() -> texts.forEach(bodies::get));
        CompletableFuture<?> pages = CompletableFuture.runAsync(() -> IntStream.range(0, texts.size()).map(i -> texts.size() - 1 - i)
                .forEach(i -> bodies.get(texts.get(i))));
        CompletableFuture.allOf(calendars, pages).join();
        assertEquals(texts.size(), bodies.parses());
        assertSame(bodies.get(texts.get(7)), bodies.get(texts.get(7)));
        assertEquals(texts.size(), bodies.parses());

        bodies.forget();
        bodies.get(texts.get(7));
        assertEquals(texts.size() + 1, bodies.parses(), "once forgotten, a body is parsed again");
    }

    @Test
    void markdownNestedTooDeepHasNoHtmlButKeepsItsWords() {
        String deep = ">".repeat(5000) + " fin\n";
        MarkdownBodies.Body body = MarkdownBodies.of(SITE_EXTENSIONS).get(deep);
        assertNull(body.html());
        assertFalse(body.parsed());
        assertTrue(body.plainText().endsWith("fin"), body.plainText());
    }

    @Test
    void aBodyIsTakenAsJBakeHandsItOver() {
        assertEquals("texte\n", MarkdownBodies.asJBakeReadsIt("texte"));
        assertEquals("texte\n", MarkdownBodies.asJBakeReadsIt("texte\n"));
    }
}
