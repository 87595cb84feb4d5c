package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.HeaderLine;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** A key given twice: JBake would keep one of the two values without a word. */
public final class DuplicateKeyRule implements Rule {

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        for (ContentFile file : context.files()) {
            if (!file.hasSeparator()) {
                continue;
            }
            Map<String, Integer> firstLines = new HashMap<>();
            for (HeaderLine line : file.header()) {
                if (!line.isAssignment()) {
                    continue;
                }
                Integer first = firstLines.putIfAbsent(line.key(), line.line());
                if (first != null) {
                    report.accept(Diagnostic.error(file.displayPath(), line.line(),
                            "la clé `" + line.key() + "` est déjà donnée ligne " + first
                                    + " ; gardez une seule ligne `" + line.key() + "=…` et supprimez l'autre"));
                }
            }
        }
    }
}
