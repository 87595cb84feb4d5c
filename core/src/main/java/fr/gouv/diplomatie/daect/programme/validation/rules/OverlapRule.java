package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.programme.SessionHeader;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ScheduledSession;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Two sessions at the same time: the DAECT runs one webinar at a time, so one of the two is wrong.
 * Sorted by start, each session is compared with the one that ends last among those before it:
 * O(n log n), however large the programme. Instants are compared, so sessions in different zones
 * are compared correctly.
 */
public final class OverlapRule implements Rule {

    private static final Comparator<ScheduledSession> BY_START = Comparator.comparing(ScheduledSession::startInstant)
            .thenComparing(s -> s.file().displayPath());

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        List<ScheduledSession> sessions = context.scheduledSessions().stream().sorted(BY_START).toList();
        ScheduledSession latest = null;
        for (ScheduledSession session : sessions) {
            if (latest != null && session.startInstant().isBefore(latest.endInstant())) {
                report.accept(Diagnostic.error(session.file().displayPath(), session.file().lineOf(SessionHeader.START),
                        "cette session (" + session.when() + ") a lieu en même temps que " + latest.file().displayPath()
                                + " (" + latest.when() + ") ; corrigez la date ou les heures de l'une des deux"));
            }
            if (latest == null || session.endInstant().isAfter(latest.endInstant())) {
                latest = session;
            }
        }
    }
}
