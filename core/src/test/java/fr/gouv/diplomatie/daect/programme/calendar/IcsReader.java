package fr.gouv.diplomatie.daect.programme.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads generated calendars back with biweekly, a parser that shares no code with ical4j. */
final class IcsReader {

    private IcsReader() {
    }

    static ICalendar read(Path file) throws IOException {
        List<ICalendar> calendars = Biweekly.parse(Files.readString(file, StandardCharsets.UTF_8)).all();
        assertEquals(1, calendars.size(), file + " : un seul VCALENDAR attendu");
        ICalendar calendar = calendars.get(0);
        assertNotNull(calendar, file.toString());
        return calendar;
    }

    static VEvent onlyEvent(Path file) throws IOException {
        List<VEvent> events = read(file).getEvents();
        assertEquals(1, events.size(), file.toString());
        return events.get(0);
    }

    static VEvent event(ICalendar calendar, String uid) {
        return calendar.getEvents().stream().filter(e -> e.getUid().getValue().equals(uid)).findFirst()
                .orElseThrow(() -> new AssertionError("pas d'événement " + uid));
    }

    /** Every physical line ends with CRLF and is at most 75 octets long. */
    static void assertFolded(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int lineStart = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertTrue(i > 0 && bytes[i - 1] == '\r', file + " : fin de ligne sans CR à l'octet " + i);
                int length = i - 1 - lineStart;
                assertTrue(length <= 75, file + " : ligne de " + length + " octets");
                lineStart = i + 1;
            }
        }
        assertEquals(bytes.length, lineStart, file + " : la dernière ligne doit finir par CRLF");
    }
}
