package fr.gouv.diplomatie.daect.programme.calendar;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Summary;
import fr.gouv.diplomatie.daect.programme.view.SitePaths;
import net.fortuna.ical4j.model.property.Uid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The last defence: whatever control characters reach the calendar writer (validation refuses them first), the
 * .ics it writes holds none, and reads back with ical4j and biweekly.
 */
class ControlCharactersTest {

    @TempDir
    Path dir;

    @Test
    void controlCharactersInASessionAndTheSettingsNeverReachTheCalendar() throws Exception {
        Map<String, String> header = CalendarProject.sessionHeader("Coopération\u000Bdécentralisée\u0000 \u001B[31m\u007F\u0085fin");
        header.put("note", "Dispositif\fconjoint\u2028ici");
        CalendarProject project = new CalendarProject(dir.resolve("project"))
                .setting("contact.secretariat", "Secrétariat\r\nde la \"DAECT\"")
                .setting("site.name", "Webinaires\nDAECT\u000B")
                .session("2021-03-17-controles", header, "Texte\u000Bsuivant\u0000.\n\nFin\uFFFE.\n");
        Path site = project.build(Instant.parse("2026-01-05T10:00:00Z"), dir.resolve("site"));

        for (Path file : new Path[] {site.resolve("webinaires/2021-03-17-controles.ics"), site.resolve(SitePaths.PROGRAMME_CALENDAR)}) {
            byte[] bytes = Files.readAllBytes(file);
            assertNoControlCharacter(new String(bytes, StandardCharsets.UTF_8), file.toString());
            IcsFile.validate(bytes, file.toString());
            IcsReader.assertFolded(file);
            VEvent event = IcsReader.event(IcsReader.read(file), "0f4c2a8e-5b1d-4e7a-9c3f-2d6b8a1e4f70");
            assertEquals("Coopération décentralisée   [31m  fin", event.getSummary().getValue());
            assertEquals("Secrétariat de la 'DAECT'", event.getOrganizer().getCommonName());
            assertTrue(event.getDescription().getValue().startsWith("Dispositif conjoint ici"), event.getDescription().getValue());
        }
        assertEquals("Webinaires DAECT ", IcsReader.read(site.resolve(SitePaths.PROGRAMME_CALENDAR)).getExperimentalProperty("X-WR-CALNAME").getValue());
    }

    @Test
    void theTextWriterReplacesWhatRfc5545ForbidsAndKeepsLineBreaksEscaped() {
        net.fortuna.ical4j.model.component.VEvent event = new net.fortuna.ical4j.model.component.VEvent();
        event.add(new Uid("0f4c2a8e-5b1d-4e7a-9c3f-2d6b8a1e4f70"));
        event.add(new Summary("Nul\u0000, échappement\u001B, moitié\uD83C seule, ligne\u2028, 🌍 entier"));
        event.add(new Description("Un retour\rseul, puis CRLF\r\net LF\nfin"));

        String text = IcsText.of(event);

        assertNoControlCharacter(text, text);
        assertTrue(text.contains("SUMMARY:Nul \\, échappement \\, moitié  seule\\, ligne \\, 🌍 entier\r\n"), text);
        assertTrue(text.contains("DESCRIPTION:Un retour\\nseul\\, puis CRLF\\net LF\\nfin\r\n"), text);
        biweekly.component.VEvent read = Biweekly.parse("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//FR\r\n" + text + "END:VCALENDAR\r\n")
                .first().getEvents().get(0);
        assertEquals("Un retour\nseul, puis CRLF\net LF\nfin", read.getDescription().getValue());
    }

    /** Only CRLF line ends: no other C0 or C1 control, DEL, line separator, non-character or lone surrogate. */
    private static void assertNoControlCharacter(String text, String name) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') || (c == '\n' && i > 0 && text.charAt(i - 1) == '\r');
            boolean control = (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFFFE' || c == '\uFFFF';
            boolean lone = (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))))
                    || (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))));
            assertTrue(lineEnd || !(control || lone), name + " : U+" + Integer.toHexString(c) + " à l'index " + i);
        }
    }
}
