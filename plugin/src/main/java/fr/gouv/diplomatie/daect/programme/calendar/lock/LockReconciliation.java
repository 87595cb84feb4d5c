package fr.gouv.diplomatie.daect.programme.calendar.lock;

import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;

import java.util.List;

/**
 * The lock as the sessions require it now, what changed, and the sessions that vanished.
 *
 * @param lock     the lock to build the calendars from (and to write in update mode)
 * @param changes  new and changed sessions
 * @param removed  errors: sessions of the lock that are no longer published
 */
public record LockReconciliation(ProgrammeLock lock, List<LockChange> changes, List<Diagnostic> removed) {

    public LockReconciliation {
        changes = List.copyOf(changes);
        removed = List.copyOf(removed);
    }

    /** The committed lock does not describe the sessions as they are. */
    public boolean isStale() {
        return !changes.isEmpty();
    }
}
