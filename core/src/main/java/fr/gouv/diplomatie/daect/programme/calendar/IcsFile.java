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
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A calendar as the bytes of an {@code .ics} file, checked by ical4j's validator. */
public final class IcsFile {

    /** Shared by every read-back: a zone's rules are built once, not once per file. */
    private static final ParsedZones ZONES = new ParsedZones();

    private IcsFile() {
    }

    /**
     * The text of {@code shell} (a calendar without events, as ical4j writes it) with these events'
     * texts added after its other components, where ical4j would have written them.
     */
    public static String withEvents(String shell, List<String> events) {
        String end = "END:VCALENDAR\r\n";
        if (!shell.endsWith(end)) {
            throw new IllegalStateException("calendrier sans fin « END:VCALENDAR »");
        }
        StringBuilder text = new StringBuilder(shell.length() + events.size() * 1024);
        text.append(shell, 0, shell.length() - end.length());
        events.forEach(text::append);
        return text.append(end).toString();
    }

    /**
     * Reads the bytes back with ical4j's parser and validates the result, properties and
     * components included: what is checked is the file as written, folding and escaping included.
     *
     * @param name the file, for the message
     */
    public static void validate(byte[] bytes, String name) {
        problem(bytes).ifPresent(message -> {
            throw new InvalidCalendarException(name + " : " + message);
        });
    }

    /** What is wrong with the file, read back and validated as {@link #validate} does, in French; empty if nothing. */
    public static Optional<String> problem(byte[] bytes) {
        Calendar parsed;
        try {
            parsed = new CalendarBuilder(ZONES).build(new ByteArrayInputStream(bytes));
        } catch (IOException | ParserException e) {
            return Optional.of("calendrier illisible par ical4j : " + e.getMessage());
        }
        ValidationResult result;
        try {
            result = parsed.validate(true);
            for (CalendarComponent component : parsed.getComponents()) {
                result = result.merge(component.validate(true));
            }
        } catch (ValidationException e) {
            return Optional.of("calendrier invalide selon ical4j : " + e.getMessage());
        }
        if (result.hasErrors()) {
            return Optional.of("calendrier invalide selon ical4j : " + result.getEntries().stream()
                    .filter(e -> e.getSeverity() == ValidationEntry.Severity.ERROR)
                    .map(e -> e.getContext() + " : " + e.getMessage()).sorted().collect(Collectors.joining(" ; ")));
        }
        return Optional.empty();
    }
}
