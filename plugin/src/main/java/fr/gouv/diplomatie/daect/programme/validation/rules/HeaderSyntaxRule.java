package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.HeaderLine;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.util.function.Consumer;

/** The header must be {@code key=value} lines closed by {@code ~~~~~~}; the file must be UTF-8. */
public final class HeaderSyntaxRule implements Rule {

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        for (ContentFile file : context.files()) {
            if (!file.validUtf8()) {
                report.accept(Diagnostic.error(file.displayPath(), 1,
                        "le fichier n'est pas encodé en UTF-8 ; enregistrez-le en UTF-8 dans votre éditeur"));
            }
            if (!file.hasSeparator()) {
                report.accept(Diagnostic.error(file.displayPath(), 1,
                        "pas de ligne « " + ContentFile.SEPARATOR + " » pour fermer l'en-tête ; ajoutez-la après la dernière ligne clé=valeur"));
                continue;
            }
            for (HeaderLine line : file.header()) {
                if (!line.isBlank() && !line.isAssignment()) {
                    report.accept(Diagnostic.error(file.displayPath(), line.line(),
                            "« " + line.raw().strip() + " » n'est pas de la forme clé=valeur"));
                }
            }
        }
    }
}
