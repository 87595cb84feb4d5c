package fr.gouv.diplomatie.daect.programme.calendar.lock;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What the lock remembers of one published session.
 *
 * @param uid        the session's calendar identity
 * @param page       the session's slug (its page and {@code .ics} are named after it), to name it in messages
 * @param digest     the SHA-256 of what matters to a calendar ({@link SessionFingerprint})
 * @param sequence   the event's {@code SEQUENCE}: how many times it changed since it was first published
 * @param lastChange when it last changed (UTC, to the second): its {@code DTSTAMP} and {@code LAST-MODIFIED}
 */
public record LockEntry(UUID uid, String page, String digest, int sequence, Instant lastChange) {

    public LockEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(lastChange, "lastChange");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence < 0");
        }
    }
}
