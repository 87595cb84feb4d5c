package fr.gouv.diplomatie.daect.site;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the search index holds of each session, as the search page shows it in its results: the session's own words
 * (title, date, themes, text), not the words every session page repeats (the calendar links and their explanation,
 * the registration button), which filled every result's excerpt with the same sentences.
 */
class SearchIndexTest {

    private static final Pattern CONTENT = Pattern.compile("\"content\":\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void eachSessionIsIndexedWithItsOwnWordsOnly() throws IOException {
        List<String> contents = fragments();
        long sessions = BakedSite.pages().stream().filter(page -> page.startsWith("webinaires/")).count();
        assertEquals(sessions, contents.size(), "one record per session page");
        for (String content : contents) {
            assertTrue(content.contains("(heure de Paris)"), "the session's date and hours: " + content);
            for (String repeated : List.of("agenda", "fuseau horaire", ".ics", "calendrier du programme", "S'inscrire")) {
                assertFalse(content.contains(repeated), "« " + repeated + " » is on every session page, not for the index: " + content);
            }
        }
    }

    /** The text of each record of the index (Pagefind's fragments: gzip, a signature, then JSON). */
    private static List<String> fragments() throws IOException {
        try (Stream<Path> files = Files.list(BakedSite.dir().resolve("pagefind/fragment"))) {
            return files.sorted().map(SearchIndexTest::content).toList();
        }
    }

    private static String content(Path fragment) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(fragment))) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher content = CONTENT.matcher(json);
            assertTrue(content.find(), fragment + " : " + json);
            return content.group(1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
