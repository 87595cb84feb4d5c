package fr.gouv.diplomatie.daect.programme.validation;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.programme.SessionHeader;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** A sample line for each required header key, shown in messages so that an editor can copy it. */
public final class HeaderExamples {

    private static final Map<String, String> VALUES = Map.of(
            SessionHeader.TITLE, "Titre du webinaire",
            SessionHeader.TYPE, SessionHeader.SESSION_TYPE,
            SessionHeader.STATUS, "published",
            SessionHeader.DATE, "2021-03-10",
            SessionHeader.START, "10:00",
            SessionHeader.END, "12:30");

    private HeaderExamples() {
    }

    /** {@code key=value}, with a real value: for {@code uid}, a UUID that no other file gets. */
    public static String line(String key, ContentFile file) {
        return key + "=" + value(key, file);
    }

    public static String value(String key, ContentFile file) {
        if (SessionHeader.UID.equals(key)) {
            return uuidFor(file);
        }
        return VALUES.getOrDefault(key, "…");
    }

    /**
     * A UUID proposed for a file: derived from its path, so that the message is the same on every
     * build and two files never get the same proposal.
     */
    public static String uuidFor(ContentFile file) {
        return UUID.nameUUIDFromBytes(file.displayPath().getBytes(StandardCharsets.UTF_8)).toString();
    }
}
