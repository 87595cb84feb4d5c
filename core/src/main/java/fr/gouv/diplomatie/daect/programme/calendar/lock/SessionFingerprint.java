package fr.gouv.diplomatie.daect.programme.calendar.lock;

import fr.gouv.diplomatie.daect.programme.programme.Session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of what matters to a calendar about a session: when it is (day, hours, zone),
 * whether it holds (status), what it is called, its themes and its address. When it changes, the
 * event's {@code SEQUENCE} rises, so that clients replace their copy.
 *
 * <p>Left out on purpose: the free text (a typo fixed in a note is no news to announce) and
 * anything taken from the settings, such as {@code site.host}, so that a build with another host
 * finds the same lock.
 */
public final class SessionFingerprint {

    private SessionFingerprint() {
    }

    /** The text that is hashed, one {@code key=value} a line. */
    static String canonical(Session session) {
        return "title=" + session.title() + "\n"
                + "date=" + session.date() + "\n"
                + "start=" + session.start() + "\n"
                + "end=" + session.end() + "\n"
                + "zone=" + session.zone().getId() + "\n"
                + "status=" + session.eventStatus().headerValue() + "\n"
                + "tags=" + String.join(",", session.tags()) + "\n"
                + "page=" + session.slug() + "\n";
    }

    public static String of(Session session) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical(session).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
