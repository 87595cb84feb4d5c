package fr.gouv.diplomatie.daect.programme.validation;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.programme.EventStatus;
import fr.gouv.diplomatie.daect.programme.programme.SessionHeader;
import fr.gouv.diplomatie.daect.programme.programme.SessionReader;

import java.time.DateTimeException;
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
        if (!"published".equals(file.value(SessionHeader.STATUS).orElse(""))) {
            return Optional.empty();
        }
        String status = file.value(SessionHeader.EVENT_STATUS).filter(v -> !v.isBlank()).orElse(EventStatus.SCHEDULED.headerValue());
        if (status.equals(EventStatus.CANCELLED.headerValue()) || status.equals(EventStatus.POSTPONED.headerValue())) {
            return Optional.empty();
        }
        try {
            String title = file.value(SessionHeader.TITLE).orElse("");
            LocalDate date = HeaderValues.date(file.value(SessionHeader.DATE).orElse(""));
            LocalTime start = HeaderValues.time(file.value(SessionHeader.START).orElse(""));
            LocalTime end = HeaderValues.time(file.value(SessionHeader.END).orElse(""));
            Optional<String> ownZone = file.value(SessionHeader.TIMEZONE).filter(z -> !z.isBlank());
            Optional<ZoneId> zone = ownZone.isPresent()
                    ? ownZone.filter(Zones::isKnown).map(ZoneId::of)
                    : defaultZone;
            if (title.isBlank() || zone.isEmpty() || !end.isAfter(start)) {
                return Optional.empty();
            }
            return Optional.of(new ScheduledSession(file, title, date, start, end,
                    date.atTime(start).atZone(zone.get()).toInstant(), date.atTime(end).atZone(zone.get()).toInstant()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "2021-01-13 de 10:00 à 12:30", as the editor wrote it. */
    public String when() {
        return date + " de " + SessionHeader.TIME_FORMAT.format(start) + " à " + SessionHeader.TIME_FORMAT.format(end);
    }
}
