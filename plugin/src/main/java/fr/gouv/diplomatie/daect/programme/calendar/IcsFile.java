package fr.gouv.diplomatie.daect.programme.calendar;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.validate.ValidationEntry;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** A calendar as the bytes of an {@code .ics} file, checked by ical4j's validator. */
public final class IcsFile {

    private IcsFile() {
    }

    /** UTF-8, CRLF line ends, lines folded at 75 octets. */
    public static byte[] bytes(Calendar calendar) {
        return ContentLineFolder.fold(calendar.toString()).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads the bytes back with ical4j's parser and validates the result, properties and
     * components included: what is checked is the file as written, folding and escaping included.
     *
     * @param name the file, for the message
     */
    public static void validate(byte[] bytes, String name) {
        Calendar parsed;
        try {
            parsed = new CalendarBuilder().build(new ByteArrayInputStream(bytes));
        } catch (IOException | ParserException e) {
            throw new InvalidCalendarException(name + " : calendrier illisible par ical4j : " + e.getMessage());
        }
        ValidationResult result;
        try {
            result = parsed.validate(true);
            for (CalendarComponent component : parsed.getComponents()) {
                result = result.merge(component.validate(true));
            }
        } catch (ValidationException e) {
            throw new InvalidCalendarException(name + " : calendrier invalide selon ical4j : " + e.getMessage());
        }
        if (result.hasErrors()) {
            throw new InvalidCalendarException(name + " : calendrier invalide selon ical4j : " + result.getEntries().stream()
                    .filter(e -> e.getSeverity() == ValidationEntry.Severity.ERROR)
                    .map(e -> e.getContext() + " : " + e.getMessage()).sorted().collect(Collectors.joining(" ; ")));
        }
    }
}
