package fr.gouv.diplomatie.daect.programme.publish;

import fr.gouv.diplomatie.daect.programme.calendar.lock.LockEntry;
import fr.gouv.diplomatie.daect.programme.calendar.lock.ProgrammeLock;
import fr.gouv.diplomatie.daect.programme.programme.EventStatus;
import fr.gouv.diplomatie.daect.programme.programme.Session;
import fr.gouv.diplomatie.daect.programme.view.SitePaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedStepTest {

    @TempDir
    Path site;

    @Test
    void carriesTheSessionsChangedLastMostRecentSessionFirst() throws Exception {
        // Session n takes place on day n; the first ten were changed last (n minutes after the others).
        List<Session> sessions = new ArrayList<>();
        List<LockEntry> entries = new ArrayList<>();
        for (int n = 0; n < FeedStep.ENTRIES + 20; n++) {
            String slug = "session-" + n;
            Session session = new Session("content/webinaires/" + slug + ".md", slug, UUID.nameUUIDFromBytes(slug.getBytes()), "Titre " + n,
                    LocalDate.parse("2030-01-01").plusDays(n), LocalTime.parse("10:00"), LocalTime.parse("12:00"), ZoneId.of("Europe/Paris"),
                    EventStatus.SCHEDULED, List.of(), null, true, true);
            sessions.add(session);
            Instant changed = Instant.parse("2029-06-01T08:00:00Z").plusSeconds(60L * (n < 10 ? 1000 + n : n));
            entries.add(new LockEntry(session.uid(), slug, "0".repeat(64), 0, changed));
        }

        new FeedStep(sessions, ProgrammeLock.of(entries), new SitePaths("https://example.org/"), "Webinaires", "Délégation (DAECT)").write(site);

        Document feed = Jsoup.parse(Files.readString(site.resolve(SitePaths.FEED)), "", Parser.xmlParser());
        List<String> titles = feed.select("entry > title").eachText();
        List<String> expected = new ArrayList<>();
        IntStream.iterate(FeedStep.ENTRIES + 19, n -> n >= 30, n -> n - 1).forEach(n -> expected.add("Titre " + n));
        IntStream.iterate(9, n -> n >= 0, n -> n - 1).forEach(n -> expected.add("Titre " + n));
        assertEquals(expected, titles, "the sessions changed last, the latest session first");
        assertEquals("2029-06-02T00:49:00Z", feed.selectFirst("feed > updated").text(), "session 9's change, 1,009 minutes after 08:00");
        assertEquals("Délégation (DAECT)", feed.selectFirst("feed > author > name").text(), "the organisation from the settings");
    }

    @Test
    void controlCharactersThatReachTheFeedAreReplacedAndTheFeedStaysWellFormedXml() throws Exception {
        // Validation refuses them first; the writer must hold whatever reaches it.
        String slug = "controles";
        Session session = new Session("content/webinaires/" + slug + ".md", slug, UUID.nameUUIDFromBytes(slug.getBytes()),
                "Titre\u000Bpartagé\u0000\u001B\u007F\u0085\uFFFE\uD83C fin", LocalDate.parse("2030-01-01"), LocalTime.parse("10:00"),
                LocalTime.parse("12:00"), ZoneId.of("Europe/Paris"), EventStatus.SCHEDULED, List.of("tag\fun"), "Note\u2028ici", true, true);

        new FeedStep(List.of(session), ProgrammeLock.of(List.of()), new SitePaths("https://example.org/"), "Webinaires\u000C", "DAECT").write(site);

        // A real XML parser: it refuses a control character, even written as a character reference.
        org.w3c.dom.Document feed = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(site.resolve(SitePaths.FEED).toFile());
        assertEquals("Titre partagé       fin", feed.getElementsByTagName("title").item(1).getTextContent());
        assertEquals("Webinaires ", feed.getElementsByTagName("title").item(0).getTextContent());
        assertEquals("tag un", ((org.w3c.dom.Element) feed.getElementsByTagName("category").item(0)).getAttribute("term"));
        String summary = feed.getElementsByTagName("summary").item(0).getTextContent();
        assertTrue(summary.endsWith(". Note ici"), summary);
    }
}
