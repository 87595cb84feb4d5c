package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.programme.SessionHeader;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ScheduledSession;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The same title twice on one day is a session entered twice (a copied file left behind), which
 * visitors would see, and register for, twice.
 */
public final class SameDayTitleRule implements Rule {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        Map<String, ScheduledSession> seen = new HashMap<>();
        for (ScheduledSession session : context.scheduledSessions()) {
            String key = session.date() + "|" + SPACES.matcher(session.title().strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
            ScheduledSession first = seen.putIfAbsent(key, session);
            if (first != null) {
                report.accept(Diagnostic.error(session.file().displayPath(), session.file().lineOf(SessionHeader.TITLE),
                        "le titre « " + session.title() + " » est déjà celui de " + first.file().displayPath() + " le même jour ("
                                + session.date() + ") ; si c'est la même session, supprimez l'un des deux fichiers, sinon distinguez les titres"));
            }
        }
    }
}
