package fr.gouv.diplomatie.daect.programme.validation;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.programme.Located;
import fr.gouv.diplomatie.daect.programme.programme.SessionFields;
import fr.gouv.diplomatie.daect.programme.programme.SessionHeader;
import fr.gouv.diplomatie.daect.programme.programme.SessionReader;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A session that takes place, as the programme-wide rules see it: published, neither cancelled
 * nor postponed (its slot is free), with a readable date and hours. Files with unreadable values
 * are left out: the per-file rules report them.
 */
public record ScheduledSession(ContentFile file, String title, LocalDate date, LocalTime start, LocalTime end,
                               Instant startInstant, Instant endInstant) {

    static List<ScheduledSession> of(ValidationContext context) {
        List<ScheduledSession> sessions = new ArrayList<>();
        Optional<ZoneId> defaultZone = context.defaultZone();
        for (ContentFile file : context.files()) {
            if (file.hasSeparator() && SessionReader.isSession(file)) {
                read(file, defaultZone).ifPresent(sessions::add);
            }
        }
        return sessions;
    }

    static Optional<ScheduledSession> read(ContentFile file, Optional<ZoneId> defaultZone) {
        SessionFields fields = SessionFields.read(file);
        if (!fields.published() || !fields.status().takesPlace()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = fields.date().flatMap(Located::value);
        Optional<LocalTime> start = fields.start().flatMap(Located::value);
        Optional<LocalTime> end = fields.end().flatMap(Located::value);
        // An unknown zone of its own leaves the session out (the per-file rules report it); none: the programme's.
        Optional<ZoneId> zone = fields.zone().isPresent()
                ? fields.zone().filter(z -> Zones.isKnown(z.text())).flatMap(Located::value)
                : defaultZone;
        String title = fields.title().map(Located::text).orElse("");
        if (title.isBlank() || date.isEmpty() || start.isEmpty() || end.isEmpty() || zone.isEmpty() || !end.get().isAfter(start.get())) {
            return Optional.empty();
        }
        return Optional.of(new ScheduledSession(file, title, date.get(), start.get(), end.get(),
                date.get().atTime(start.get()).atZone(zone.get()).toInstant(), date.get().atTime(end.get()).atZone(zone.get()).toInstant()));
    }

    /** "2021-01-13 de 10:00 à 12:30", as the editor wrote it. */
    public String when() {
        return date + " de " + SessionHeader.TIME_FORMAT.format(start) + " à " + SessionHeader.TIME_FORMAT.format(end);
    }
}
