package fr.gouv.diplomatie.daect.programme.calendar;

import fr.gouv.diplomatie.daect.programme.calendar.lock.LockEntry;
import fr.gouv.diplomatie.daect.programme.programme.Session;

/** A session with what its event needs besides it: its line of the lock, and its free text. */
public record CalendarEntry(Session session, LockEntry lock, SessionText text) {
}
