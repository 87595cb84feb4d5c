package fr.gouv.diplomatie.daect.programme.programme;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns validated session files into {@link Session}s. Validation runs first and reports every
 * mistake with its line; this reader assumes the header is well-formed and fails fast otherwise.
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
            Optional<String> zone = file.value(SessionHeader.TIMEZONE);
            return new Session(
                    file.displayPath(),
                    slug(file),
                    UUID.fromString(required(file, SessionHeader.UID)),
                    required(file, SessionHeader.TITLE),
                    LocalDate.parse(required(file, SessionHeader.DATE), SessionHeader.DATE_FORMAT),
                    LocalTime.parse(required(file, SessionHeader.START), SessionHeader.TIME_FORMAT),
                    LocalTime.parse(required(file, SessionHeader.END), SessionHeader.TIME_FORMAT),
                    zone.filter(z -> !z.isBlank()).map(ZoneId::of).orElse(defaultZone),
                    file.value(SessionHeader.EVENT_STATUS).filter(v -> !v.isBlank())
                            .map(v -> EventStatus.fromHeader(v).orElseThrow()).orElse(EventStatus.SCHEDULED),
                    SessionHeader.splitTags(file.value(SessionHeader.TAGS).orElse("")),
                    file.value(SessionHeader.NOTE).filter(v -> !v.isBlank()).orElse(null),
                    "published".equals(required(file, SessionHeader.STATUS)),
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

    private static String required(ContentFile file, String key) {
        return file.value(key).filter(v -> !v.isBlank())
                .orElseThrow(() -> new IllegalStateException("« " + key + " » manquant"));
    }
}
