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
 * @param speakers   who speaks (header {@code speakers}), possibly none
 * @param replay     the https address of the recording (header {@code replay}), or null
 * @param documents  the files offered on its page (header {@code documents}), possibly none
 */
public record Session(String sourcePath, String slug, UUID uid, String title, LocalDate date,
                      LocalTime start, LocalTime end, ZoneId zone, EventStatus eventStatus,
                      List<String> tags, String note, boolean published, boolean registration,
                      List<Speaker> speakers, String replay, List<SessionDocument> documents) {

    public Session {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(title, "title");
        tags = List.copyOf(tags);
        speakers = List.copyOf(speakers);
        documents = List.copyOf(documents);
    }

    /** A session without speakers, recording or documents. */
    public Session(String sourcePath, String slug, UUID uid, String title, LocalDate date,
                   LocalTime start, LocalTime end, ZoneId zone, EventStatus eventStatus,
                   List<String> tags, String note, boolean published, boolean registration) {
        this(sourcePath, slug, uid, title, date, start, end, zone, eventStatus, tags, note, published, registration,
                List.of(), null, List.of());
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

    /** It has something to watch or read once over. */
    public boolean hasMaterial() {
        return replay != null || !documents.isEmpty();
    }

    public boolean isUnderWayAt(Instant now) {
        return !startInstant().isAfter(now) && endInstant().isAfter(now);
    }
}
