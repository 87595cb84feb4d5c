package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.programme.SessionHeader;
import fr.gouv.diplomatie.daect.programme.programme.SessionReader;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.HeaderExamples;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.util.function.Consumer;
import java.util.regex.Pattern;

/** A session's {@code uid} is its identity in visitors' calendars: it must be a UUID. */
public final class UidFormatRule implements Rule {

    static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        for (ContentFile file : context.files()) {
            if (!file.hasSeparator() || !SessionReader.isSession(file)) {
                continue;
            }
            file.line(SessionHeader.UID).filter(l -> !l.value().isBlank()).ifPresent(line -> {
                if (!UUID_TEXT.matcher(line.value()).matches()) {
                    report.accept(Diagnostic.error(file.displayPath(), line.line(), "`uid=" + line.value()
                            + "` n'est pas un UUID (32 chiffres ou lettres de a à f, en groupes 8-4-4-4-12) ; "
                            + "remplacez-le, par exemple par `uid=" + HeaderExamples.uuidFor(file) + "`"));
                }
            });
        }
    }
}
