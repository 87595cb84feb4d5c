package fr.gouv.diplomatie.daect.programme.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One webinar of the programme, as its content file describes it. Times are local to {@code zone}.
 *
 * @param sourcePath the content file, from the repository root
 * @param slug       the file name without its extension: the session's address on the site
 * @param note       the optional {@code note} header (for example the "dispositif conjoint" sentence)
 * @param published  false for a {@code status=draft} file
 * @param registration whether the session is open for registration (header {@code registration}, open by default)
 */
public record Session(String sourcePath, String slug, UUID uid, String title, LocalDate date,
                      LocalTime start, LocalTime end, ZoneId zone, EventStatus eventStatus,
                      List<String> tags, String note, boolean published, boolean registration) {

    public Session {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(title, "title");
        tags = List.copyOf(tags);
    }

    public ZonedDateTime startDateTime() {
        return ZonedDateTime.of(date, start, zone);
    }

    public ZonedDateTime endDateTime() {
        return ZonedDateTime.of(date, end, zone);
    }

    public Instant startInstant() {
        return startDateTime().toInstant();
    }

    public Instant endInstant() {
        return endDateTime().toInstant();
    }

    public boolean isCancelled() {
        return eventStatus == EventStatus.CANCELLED;
    }

    /** Over once its end has passed. */
    public boolean isPastAt(Instant now) {
        return !endInstant().isAfter(now);
    }

    public boolean isUnderWayAt(Instant now) {
        return !startInstant().isAfter(now) && endInstant().isAfter(now);
    }
}
