package fr.gouv.diplomatie.daect.programme.programme;

import fr.gouv.diplomatie.daect.programme.content.ContentFileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one reading of a session header, lenient, shared by validation and the domain. */
class SessionFieldsTest {

    @TempDir
    Path dir;

    @Test
    void eachValueComesWithItsLine() throws IOException {
        SessionFields fields = read("title=La santé", "type=session", "status=published", "date=2021-03-10", "start=10:00",
                "end=12:30", "timezone=America/Martinique", "eventStatus=rescheduled");

        assertEquals(new Located<>("2021-03-10", 4, Optional.of(LocalDate.of(2021, 3, 10))), fields.date().orElseThrow());
        assertEquals(Optional.of(LocalTime.of(12, 30)), fields.end().orElseThrow().value());
        assertEquals(Optional.of(ZoneId.of("America/Martinique")), fields.zone().orElseThrow().value());
        assertEquals(EventStatus.RESCHEDULED, fields.status());
        assertTrue(fields.published());
    }

    @Test
    void anUnreadableValueKeepsItsTextAndLineButNoValue() throws IOException {
        SessionFields fields = read("title=X", "type=session", "status=draft", "date=2021-02-30", "start=9h", "uid=pas-un-uid");

        assertEquals(new Located<>("2021-02-30", 4, Optional.empty()), fields.date().orElseThrow());
        assertEquals(new Located<>("9h", 5, Optional.empty()), fields.start().orElseThrow());
        assertFalse(fields.uid().orElseThrow().value().isPresent());
        assertFalse(fields.end().isPresent(), "absent");
        assertEquals(EventStatus.SCHEDULED, fields.status(), "the default");
        assertFalse(fields.published());
    }

    @Test
    void theDomainReaderNamesTheUnreadableValue() throws IOException {
        Path file = write("title=X", "type=session", "status=published", "date=2021-03-10", "start=10:00", "end=25:00",
                "uid=7d3f3e0e-4b4f-4e43-9c0e-2b7c6f1f1a11");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new SessionReader(ZoneId.of("Europe/Paris")).read(new ContentFileReader(dir).read(file)));
        assertTrue(e.getMessage().contains("« end » illisible ligne 6 : 25:00"), e.getMessage());
    }

    private SessionFields read(String... header) throws IOException {
        return SessionFields.read(new ContentFileReader(dir).read(write(header)));
    }

    private Path write(String... header) throws IOException {
        Path file = dir.resolve("content/webinaires/s.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", header) + "\n~~~~~~\nTexte.\n");
        return file;
    }
}
