package fr.gouv.diplomatie.daect.programme.calendar.lock;

import fr.gouv.diplomatie.daect.programme.programme.Session;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares the committed lock with the sessions. The clock enters here only, as the moment of a
 * change: an unchanged session keeps its line as it is, so the same commit builds the same bytes.
 * A changed or new session gets its sequence from {@link SequenceFloor}, so that one whose line was
 * lost never goes back to a smaller sequence than the one calendars already have.
 */
public final class LockReconciler {

    private final String lockFile;

    /** @param lockFile the lock's path from the repository root, for the messages */
    public LockReconciler(String lockFile) {
        this.lockFile = lockFile;
    }

    /**
     * @param committed the lock as read
     * @param published the published sessions (those of the calendars)
     * @param all       every session file, drafts included (to tell a session unpublished from one deleted)
     * @param now       the moment of this build, for the sessions that changed
     */
    public LockReconciliation reconcile(ProgrammeLock committed, List<Session> published, List<Session> all, Instant now) {
        Instant changedAt = now.truncatedTo(ChronoUnit.SECONDS);
        List<LockEntry> entries = new ArrayList<>();
        List<LockChange> changes = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (Session session : published) {
            String digest = SessionFingerprint.of(session);
            Optional<LockEntry> before = committed.entry(session.uid());
            if (before.isPresent() && before.get().digest().equals(digest) && before.get().page().equals(session.slug())) {
                entries.add(before.get());
                continue;
            }
            OptionalInt sequence = SequenceFloor.next(before.map(LockEntry::sequence).orElse(-1), changedAt);
            if (sequence.isEmpty()) {
                problems.add(Diagnostic.error(lockFile, committed.lineOf(session.uid()), "la séquence du webinaire « " + session.slug()
                        + " » est déjà au maximum (" + SequenceFloor.MAX + ", le plus grand nombre que permettent les calendriers) : "
                        + "les agendas ne pourraient plus être avertis de ses changements. Une construction n'atteint jamais ce nombre : "
                        + ProgrammeLock.restoreHint(lockFile)));
                entries.add(before.get());
                continue;
            }
            LockEntry after = new LockEntry(session.uid(), session.slug(), digest, sequence.getAsInt(), changedAt);
            entries.add(after);
            changes.add(new LockChange(session, before.orElse(null), after));
        }
        Map<UUID, Session> publishedByUid = published.stream().collect(Collectors.toMap(Session::uid, Function.identity(), (a, b) -> a));
        Map<UUID, Session> allByUid = all.stream().collect(Collectors.toMap(Session::uid, Function.identity(), (a, b) -> a));
        for (LockEntry entry : committed.entries()) {
            if (publishedByUid.containsKey(entry.uid())) {
                continue;
            }
            Session draft = allByUid.get(entry.uid());
            String message = draft != null
                    ? "le webinaire « " + entry.page() + " » (uid " + entry.uid() + ") a été publié : ne le repassez pas en brouillon, "
                    + "remettez status=published dans " + draft.sourcePath() + " et annoncez son annulation avec eventStatus=cancelled"
                    : "le webinaire « " + entry.page() + " » (uid " + entry.uid() + ") a été publié puis son fichier supprimé : "
                    + "les agendas abonnés le garderaient sans jamais apprendre qu'il n'a plus lieu. Restaurez son fichier "
                    + "(content/webinaires/" + entry.page() + ".md, avec le même uid) et écrivez eventStatus=cancelled";
            problems.add(Diagnostic.error(lockFile, committed.lineOf(entry.uid()), message));
        }
        return new LockReconciliation(ProgrammeLock.of(entries), changes, problems);
    }
}
