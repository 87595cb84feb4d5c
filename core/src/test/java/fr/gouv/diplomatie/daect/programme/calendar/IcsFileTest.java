package fr.gouv.diplomatie.daect.programme.calendar;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The build's check of every calendar it writes: an invalid one fails, naming the file. */
class IcsFileTest {

    @Test
    void anEventWithoutOrganizerOrStampIsRejectedWithTheFileNamed() {
        String calendar = String.join("\r\n", "BEGIN:VCALENDAR", "PRODID:-//test//FR", "VERSION:2.0", "METHOD:PUBLISH",
                "BEGIN:VEVENT", "UID:1f6b2a40-0d5c-4a63-9f1e-8b7c6d5e4f30", "DTSTART:20201026T130000Z", "SUMMARY:Sans organisateur",
                "END:VEVENT", "END:VCALENDAR", "");
        InvalidCalendarException failure = assertThrows(InvalidCalendarException.class,
                () -> IcsFile.validate(calendar.getBytes(StandardCharsets.UTF_8), "webinaires/2020-10-26-essai.ics"));
        assertTrue(failure.getMessage().startsWith("webinaires/2020-10-26-essai.ics : calendrier invalide selon ical4j"), failure.getMessage());
        assertTrue(failure.getMessage().contains("ORGANIZER") || failure.getMessage().contains("DTSTAMP"), failure.getMessage());
    }

    @Test
    void aTruncatedFileIsRejectedWithTheFileNamed() {
        String calendar = "BEGIN:VCALENDAR\r\nPRODID:-//test//FR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n";
        InvalidCalendarException failure = assertThrows(InvalidCalendarException.class,
                () -> IcsFile.validate(calendar.getBytes(StandardCharsets.UTF_8), "programme.ics"));
        assertTrue(failure.getMessage().startsWith("programme.ics : "), failure.getMessage());
    }
}
