package fr.gouv.diplomatie.daect.programme.calendar.lock;

import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;

import java.util.List;

/**
 * The lock as the sessions require it now, what changed, and the sessions that vanished.
 *
 * @param lock     the lock to build the calendars from (and to write in update mode)
 * @param changes  new and changed sessions
 * @param problems errors: sessions of the lock that are no longer published, sequences at their maximum
 */
public record LockReconciliation(ProgrammeLock lock, List<LockChange> changes, List<Diagnostic> problems) {

    public LockReconciliation {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    /** Sessions the committed lock does not know: new ones, or ones whose line was lost. */
    public List<LockChange> absent() {
        return changes.stream().filter(LockChange::isNew).toList();
    }

    /** The committed lock does not describe the sessions as they are. */
    public boolean isStale() {
        return !changes.isEmpty();
    }
}
