package fr.gouv.diplomatie.daect.programme.programme;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Turns validated session files into {@link Session}s. Validation runs first over the same {@link SessionFields} and
 * reports every mistake with its line; this reader assumes the header is well-formed and fails fast otherwise.
 */
public final class SessionReader {

    private final ZoneId defaultZone;

    public SessionReader(ZoneId defaultZone) {
        this.defaultZone = defaultZone;
    }

    public static boolean isSession(ContentFile file) {
        return SessionHeader.SESSION_TYPE.equals(file.value(SessionHeader.TYPE).orElse(null));
    }

    public List<Session> readAll(List<ContentFile> files) {
        return files.stream().filter(SessionReader::isSession).map(this::read).toList();
    }

    public Session read(ContentFile file) {
        try {
            SessionFields fields = SessionFields.read(file);
            return new Session(
                    file.displayPath(),
                    slug(file),
                    required(fields.uid(), SessionHeader.UID),
                    required(fields.title(), SessionHeader.TITLE),
                    required(fields.date(), SessionHeader.DATE),
                    required(fields.start(), SessionHeader.START),
                    required(fields.end(), SessionHeader.END),
                    fields.zone().isPresent() ? required(fields.zone(), SessionHeader.TIMEZONE) : defaultZone,
                    fields.eventStatus().isPresent() ? required(fields.eventStatus(), SessionHeader.EVENT_STATUS) : EventStatus.SCHEDULED,
                    SessionHeader.splitTags(file.value(SessionHeader.TAGS).orElse("")),
                    file.value(SessionHeader.NOTE).filter(v -> !v.isBlank()).orElse(null),
                    fields.published(),
                    !"closed".equals(file.value(SessionHeader.REGISTRATION).orElse("open")),
                    Speaker.parseAll(file.value(SessionHeader.SPEAKERS).orElse("")),
                    file.value(SessionHeader.REPLAY).map(String::strip).filter(v -> !v.isEmpty()).orElse(null),
                    Optional.ofNullable(SessionDocument.parseAll(file.value(SessionHeader.DOCUMENTS).orElse(""))).orElse(List.of()));
        } catch (RuntimeException e) {
            throw new IllegalStateException(file.displayPath() + " : en-tête de session illisible (" + e.getMessage() + ")", e);
        }
    }

    /** The file name without its extension: also the last segment of the session's address. */
    public static String slug(ContentFile file) {
        String name = file.fileName();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static <T> T required(Optional<Located<T>> field, String key) {
        Located<T> located = field.orElseThrow(() -> new IllegalStateException("« " + key + " » manquant"));
        return located.value().orElseThrow(() -> new IllegalStateException(
                "« " + key + " » illisible ligne " + located.line() + " : " + located.text()));
    }
}
