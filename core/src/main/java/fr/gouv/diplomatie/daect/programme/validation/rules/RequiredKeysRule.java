package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.HeaderLine;
import fr.gouv.diplomatie.daect.programme.programme.SessionHeader;
import fr.gouv.diplomatie.daect.programme.programme.SessionReader;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.HeaderExamples;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Every file needs {@code title}, {@code type}, {@code status}; a session also its date, hours and uid. */
public final class RequiredKeysRule implements Rule {

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        for (ContentFile file : context.files()) {
            if (!file.hasSeparator()) {
                continue;
            }
            List<String> required = new ArrayList<>(SessionHeader.REQUIRED);
            if (SessionReader.isSession(file)) {
                required.addAll(SessionHeader.REQUIRED_FOR_SESSION);
            }
            for (String key : required) {
                Optional<HeaderLine> line = file.line(key);
                if (line.isEmpty()) {
                    report.accept(Diagnostic.error(file.displayPath(), 1,
                            "clé obligatoire `" + key + "` absente ; ajoutez une ligne `" + HeaderExamples.line(key, file)
                                    + "` avant la ligne `" + ContentFile.SEPARATOR + "`"));
                } else if (line.get().value().isBlank()) {
                    report.accept(Diagnostic.error(file.displayPath(), line.get().line(),
                            "`" + key + "` est vide ; donnez-lui une valeur, par exemple `" + HeaderExamples.line(key, file) + "`"));
                }
            }
        }
    }
}
