package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.HeaderLine;
import fr.gouv.diplomatie.daect.programme.programme.SessionHeader;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.Suggestions;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/** A key the site does not know is almost always a typo, whose value would be silently ignored. */
public final class UnknownKeyRule implements Rule {

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        Set<String> known = new HashSet<>(SessionHeader.KNOWN);
        for (ContentFile file : context.files()) {
            if (!file.hasSeparator()) {
                continue;
            }
            for (HeaderLine line : file.header()) {
                if (line.isAssignment() && !known.contains(line.key())) {
                    report.accept(Diagnostic.error(file.displayPath(), line.line(), message(line.key())));
                }
            }
        }
    }

    private static String message(String key) {
        return Suggestions.nearest(key, SessionHeader.KNOWN)
                .map(nearest -> "clé inconnue `" + key + "` ; vouliez-vous dire `" + nearest + "` ?")
                .orElseGet(() -> "clé inconnue `" + key + "` ; les clés possibles sont : " + String.join(", ", SessionHeader.KNOWN));
    }
}
