package fr.gouv.diplomatie.daect.programme.calendar.lock;

import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.programme.Session;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps {@code programme.lock} in step with the sessions, in the build's mode: {@link #prepare}
 * checks before the bake (a stale lock in verify mode, a vanished session in any mode, fail it);
 * {@link #commit} writes the updated lock once the site is baked.
 */
public final class LockKeeper {

    private final Path file;
    private final String displayName;
    private final LockMode mode;
    private final Clock clock;
    private final BuildLog log;

    public LockKeeper(Path projectDir, LockMode mode, Clock clock, BuildLog log) {
        this.file = projectDir.resolve(ProgrammeLock.FILE_NAME);
        this.displayName = ProgrammeLock.FILE_NAME;
        this.mode = mode;
        this.clock = clock;
        this.log = log;
    }

    public Path file() {
        return file;
    }

    /**
     * @throws LockFormatException for an unreadable lock, a vanished session, a sequence at its maximum,
     *                             or (verify mode) a missing or stale lock
     */
    public LockReconciliation prepare(List<Session> published, List<Session> all) throws LockFormatException {
        boolean missing = !Files.isRegularFile(file);
        ProgrammeLock committed = read();
        LockReconciliation reconciliation = new LockReconciler(displayName).reconcile(committed, published, all, clock.instant());
        List<Diagnostic> problems = new ArrayList<>(reconciliation.problems());
        if (mode == LockMode.VERIFY && missing && !published.isEmpty()) {
            problems.add(Diagnostic.error(displayName, 1, displayName + " est introuvable alors que " + published.size()
                    + " webinaire(s) sont publiés : sans lui, les agendas abonnés ne seraient plus avertis des changements. "
                    + "Restaurez-le depuis l'historique (« git checkout -- " + displayName + " », ou « git checkout origin/main -- "
                    + displayName + " » si sa suppression est commitée), puis relancez mvn package ; seulement si le site n'a jamais "
                    + "été publié, commitez le " + displayName + " que crée mvn package"));
        } else if (mode == LockMode.VERIFY && reconciliation.isStale()) {
            problems.add(Diagnostic.error(displayName, 1, staleMessage(reconciliation)));
        }
        if (!problems.isEmpty()) {
            throw new LockFormatException(problems);
        }
        return reconciliation;
    }

    /**
     * CI's refusal of a lock that does not describe the sessions. A session the lock does not know may
     * be new, or its line may have been lost: the fix is then the committed lock, not a new line.
     */
    private String staleMessage(LockReconciliation reconciliation) {
        StringBuilder message = new StringBuilder(displayName + " n'est pas à jour pour "
                + reconciliation.changes().size() + " webinaire(s) ; lancez « mvn package » sur votre poste, "
                + "puis commitez " + displayName + " avec vos webinaires :");
        reconciliation.changes().forEach(c -> message.append("\n    - ").append(c.describe()));
        if (!reconciliation.absent().isEmpty()) {
            message.append("\n  Un webinaire absent de ").append(displayName).append(" qui avait déjà été publié veut dire que ")
                    .append(displayName).append(" a perdu sa ligne : ").append(ProgrammeLock.restoreHint(displayName))
                    .append(" (ou reprenez-le de la branche principale : « git checkout origin/main -- ").append(displayName).append(" »).");
        }
        return message.toString();
    }

    /** In update mode, writes the lock when it changed and says what changed. */
    public void commit(LockReconciliation reconciliation) {
        if (mode != LockMode.UPDATE || (!reconciliation.isStale() && Files.isRegularFile(file))) {
            return;
        }
        boolean created = !Files.isRegularFile(file);
        try {
            Files.writeString(file, reconciliation.lock().format(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Impossible d'écrire " + file + " : " + e.getMessage(), e);
        }
        reconciliation.changes().forEach(c -> log.info("Calendriers : " + c.describe()));
        log.info(displayName + " mis à jour (" + reconciliation.changes().size()
                + " webinaire(s)) : commitez-le avec vos modifications.");
        if (created && !reconciliation.lock().entries().isEmpty()) {
            log.info(displayName + " créé : s'il existait déjà (supprimé par erreur), " + ProgrammeLock.restoreHint(displayName)
                    + " ; il garde ainsi les dates de dernière modification (les séquences recréées, tirées de l'heure, "
                    + "restent de toute façon plus grandes que celles déjà publiées).");
        }
    }

    private ProgrammeLock read() throws LockFormatException {
        if (!Files.isRegularFile(file)) {
            return ProgrammeLock.empty();
        }
        try {
            return ProgrammeLock.parse(Files.readString(file, StandardCharsets.UTF_8), displayName);
        } catch (IOException e) {
            throw new UncheckedIOException("Impossible de lire " + file + " : " + e.getMessage(), e);
        }
    }
}
