package fr.gouv.diplomatie.daect.programme.calendar.lock;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;

/**
 * The {@code SEQUENCE} a session gets when the lock records a change: one more than before, and never
 * less than the number of whole seconds between 2020-01-01T00:00Z and the change.
 *
 * <p>Why a floor from the clock: the lock is the only memory of the sequences already published. If it
 * is deleted, truncated or loses a line in a merge, the session looks new; counting from 0 again would
 * make subscribed calendars ignore every later change (they keep the copy with the higher sequence).
 * With the floor, a rebuilt line gets the seconds of the rebuild, later than any change recorded
 * before, so more than any sequence published from the lost line (each of which was at most the
 * seconds of its own change, plus the rare second changes made within the same second).
 *
 * <p>Seconds, not minutes: the floor only protects against changes recorded in an earlier unit, and an
 * editor can save several changes within a minute in the preview. They last until 2088, when the floor
 * reaches {@link #MAX}, the largest sequence RFC 5545 allows.
 *
 * <p>The guarantee rests on the building machine's clock being about right: one set hours behind could
 * rebuild a lost line below a sequence published from a right clock. Hence also CI's refusal of a
 * missing lock, and the advice, in every message about a damaged lock, to restore it from git.
 *
 * <p>The clock is only read for a change: a build over an up-to-date lock copies its sequences as they
 * are, so the same commit still builds the same bytes, and the sequences published before this rule
 * (0 for the programme's first sessions) stay as they were until their session changes.
 */
public final class SequenceFloor {

    /** RFC 5545, 3.8.7.4: SEQUENCE is an INTEGER, a signed 32-bit value. */
    public static final int MAX = Integer.MAX_VALUE;

    static final Instant EPOCH = Instant.parse("2020-01-01T00:00:00Z");

    private SequenceFloor() {
    }

    /** The floor at {@code moment}: its whole seconds since {@link #EPOCH}, between 0 and {@link #MAX}. */
    public static int at(Instant moment) {
        long seconds = Duration.between(EPOCH, moment).getSeconds();
        return (int) Math.max(0, Math.min(MAX, seconds));
    }

    /**
     * The sequence after a change at {@code changedAt}, for a session whose sequence was {@code before}
     * ({@code -1} for a session the lock does not know); empty when {@code before} is {@link #MAX} already.
     */
    public static OptionalInt next(int before, Instant changedAt) {
        long next = Math.max((long) before + 1, at(changedAt));
        return next > MAX ? OptionalInt.empty() : OptionalInt.of((int) next);
    }
}
