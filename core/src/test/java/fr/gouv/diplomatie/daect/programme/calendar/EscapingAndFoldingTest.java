package fr.gouv.diplomatie.daect.programme.calendar;

import biweekly.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 5545 text: escaping of {@code , ; \} and newlines, and folding at 75 octets, read back exactly. */
class EscapingAndFoldingTest {

    static final String TITLE = "Virgules, points-virgules ; barres obliques \\ et « guillemets » : tout y passe";

    @TempDir
    Path dir;

    @Test
    void specialCharactersAndNewlinesRoundTripExactly() throws Exception {
        Map<String, String> header = CalendarProject.sessionHeader(TITLE);
        header.put("tags", "égalité, jeunesse");
        String body = "Premier paragraphe ; avec une virgule, un \\ et de l'**emphase**.\n"
                + "Même paragraphe, ligne suivante.\n\nSecond paragraphe avec un [lien](https://example.org/).\n";
        CalendarProject project = new CalendarProject(dir.resolve("project")).session("2021-03-17-caracteres", header, body);
        Path site = project.build(Instant.parse("2026-01-05T10:00:00Z"), dir.resolve("site"));
        Path file = site.resolve("webinaires/2021-03-17-caracteres.ics");

        VEvent event = IcsReader.onlyEvent(file);
        assertEquals(TITLE, event.getSummary().getValue());
        String description = event.getDescription().getValue();
        assertTrue(description.startsWith("Premier paragraphe ; avec une virgule, un \\ et de l'emphase. Même paragraphe, ligne suivante."
                + "\n\nSecond paragraphe avec un lien.\n\n"), description);
        assertEquals(java.util.List.of("égalité", "jeunesse"), event.getCategories().get(0).getValues());

        String raw = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(raw.contains("\\,") && raw.contains("\\;") && raw.contains("\\\\") && raw.contains("\\n\\n"), raw);
        IcsReader.assertFolded(file);
        IcsFile.validate(Files.readAllBytes(file), "webinaires/2021-03-17-caracteres.ics");
    }

    @Test
    void foldingNeverCutsACharacterInTwo() throws Exception {
        // Accents take two octets, the emoji four: a fold by characters would overflow, a fold by octets could split them.
        String title = "Éé".repeat(30) + " 🌍 " + "àç".repeat(30);
        CalendarProject project = new CalendarProject(dir.resolve("project"))
                .session("2021-03-18-accents", title, "2021-03-18", "10:00", "12:00", "3b8e4f0a-1c2d-4e5f-8a9b-0c1d2e3f4a5b");
        Path file = project.build(Instant.parse("2026-01-05T10:00:00Z"), dir.resolve("site")).resolve("webinaires/2021-03-18-accents.ics");

        byte[] bytes = Files.readAllBytes(file);
        // Each physical line, cut out of the bytes, must be valid UTF-8 on its own: no character was cut in two.
        int start = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                byte[] line = java.util.Arrays.copyOfRange(bytes, start, i);
                assertTrue(line.length <= 75, new String(line, StandardCharsets.UTF_8));
                decodeStrictly(line);
                start = i + 2;
            }
        }
        IcsReader.assertFolded(file);
        assertEquals(title, IcsReader.onlyEvent(file).getSummary().getValue());
    }

    private static String decodeStrictly(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
