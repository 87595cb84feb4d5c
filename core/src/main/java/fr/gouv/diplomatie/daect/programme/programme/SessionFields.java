package fr.gouv.diplomatie.daect.programme.programme;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.HeaderLine;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The header of a session file read leniently, once for both its readers: validation, which reports what is missing or
 * unreadable at its line, and {@link SessionReader}, which builds the domain's {@link Session} once validation passed.
 * Each field is empty when the key is absent or blank; its {@link Located#value()} is empty when the text is unreadable.
 */
public record SessionFields(ContentFile file, Optional<Located<String>> title, Optional<Located<UUID>> uid,
                            Optional<Located<LocalDate>> date, Optional<Located<LocalTime>> start, Optional<Located<LocalTime>> end,
                            Optional<Located<ZoneId>> zone, Optional<Located<EventStatus>> eventStatus, boolean published) {

    public static SessionFields read(ContentFile file) {
        return new SessionFields(file,
                field(file, SessionHeader.TITLE, Optional::of),
                parsed(file, SessionHeader.UID, SessionFields::uuid),
                parsed(file, SessionHeader.DATE, HeaderValues::date),
                parsed(file, SessionHeader.START, HeaderValues::time),
                parsed(file, SessionHeader.END, HeaderValues::time),
                parsed(file, SessionHeader.TIMEZONE, ZoneId::of),
                field(file, SessionHeader.EVENT_STATUS, EventStatus::fromHeader),
                "published".equals(file.value(SessionHeader.STATUS).orElse("")));
    }

    /** The session's event status: {@code scheduled} when not given (or unreadable). */
    public EventStatus status() {
        return eventStatus.flatMap(Located::value).orElse(EventStatus.SCHEDULED);
    }

    private static <T> Optional<Located<T>> parsed(ContentFile file, String key, ThrowingParser<T> parser) {
        return field(file, key, text -> {
            try {
                return Optional.of(parser.parse(text));
            } catch (DateTimeException | IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    private static <T> Optional<Located<T>> field(ContentFile file, String key, Function<String, Optional<T>> reader) {
        Optional<HeaderLine> line = file.line(key);
        if (line.isEmpty() || line.get().value().isBlank()) {
            return Optional.empty();
        }
        String text = line.get().value();
        return Optional.of(new Located<>(text, line.get().line(), reader.apply(text)));
    }

    private static UUID uuid(String text) {
        return UUID.fromString(text);
    }

    /** A parser that throws on unreadable text, as {@link HeaderValues} and {@link ZoneId#of} do. */
    @FunctionalInterface
    private interface ThrowingParser<T> {
        T parse(String text);
    }
}
