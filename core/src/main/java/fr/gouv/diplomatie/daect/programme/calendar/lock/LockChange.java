package fr.gouv.diplomatie.daect.programme.calendar.lock;

import fr.gouv.diplomatie.daect.programme.programme.Session;

/**
 * A published session that the lock does not describe as it is now.
 *
 * @param before its line in the lock, or null for a session published for the first time
 * @param after  its new line
 */
public record LockChange(Session session, LockEntry before, LockEntry after) {

    public boolean isNew() {
        return before == null;
    }

    /** What happened, in French, for the build log and for the CI's failure. */
    public String describe() {
        String who = "« " + session.title() + " » (" + session.sourcePath() + ")";
        if (isNew()) {
            return who + " : nouveau webinaire, SEQUENCE " + after.sequence();
        }
        String what = before.page().equals(after.page()) ? "titre, date, horaires, fuseau, statut ou thèmes modifiés"
                : "page renommée de " + before.page() + " en " + after.page();
        return who + " : " + what + ", SEQUENCE " + before.sequence() + " → " + after.sequence()
                + " (maintenant le " + session.date() + " de " + session.start() + " à " + session.end()
                + " " + session.zone().getId() + ", " + session.eventStatus().label().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
