package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.HeaderLine;
import fr.gouv.diplomatie.daect.programme.programme.SessionHeader;
import fr.gouv.diplomatie.daect.programme.programme.SessionReader;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.HeaderExamples;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Two sessions with one {@code uid} would be one event in visitors' calendars (typically a file
 * copied to start a new session). The first file, in path order, keeps it; the others are named.
 */
public final class UniqueUidRule implements Rule {

    private record Owner(ContentFile file, int line) {
    }

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        Map<String, Owner> owners = new HashMap<>();
        for (ContentFile file : context.files()) {
            if (!file.hasSeparator() || !SessionReader.isSession(file)) {
                continue;
            }
            Optional<HeaderLine> uid = file.line(SessionHeader.UID).filter(l -> UidFormatRule.UUID_TEXT.matcher(l.value()).matches());
            if (uid.isEmpty()) {
                continue;
            }
            HeaderLine line = uid.get();
            Owner owner = owners.putIfAbsent(line.value().toLowerCase(Locale.ROOT), new Owner(file, line.line()));
            if (owner != null) {
                report.accept(Diagnostic.error(file.displayPath(), line.line(), "`uid=" + line.value() + "` est déjà celui de "
                        + owner.file().displayPath() + " (ligne " + owner.line() + ") ; chaque session a son propre uid : "
                        + "si ce fichier est une copie, donnez-lui un nouvel uid, par exemple `uid=" + HeaderExamples.uuidFor(file) + "`"));
            }
        }
    }
}
