package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.HeaderLine;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The header must be {@code key=value} lines closed by {@code ~~~~~~}. */
public final class HeaderSyntaxRule implements Rule {

    /** {@code title: Foo}, the way YAML front matter is written elsewhere. */
    private static final Pattern COLON = Pattern.compile("([A-Za-z][A-Za-z0-9_.-]*)\\s*:\\s*(.*)");

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        for (ContentFile file : context.files()) {
            if (!file.hasSeparator()) {
                report.accept(Diagnostic.error(file.displayPath(), 1,
                        "l'en-tête n'est pas fermé : ajoutez une ligne `" + ContentFile.SEPARATOR
                                + "` après la dernière ligne `clé=valeur`, avant le texte de la page"));
                continue;
            }
            for (HeaderLine line : file.header()) {
                if (!line.isBlank() && !line.isAssignment()) {
                    report.accept(Diagnostic.error(file.displayPath(), line.line(), advice(line.raw().strip())));
                }
            }
        }
    }

    private static String advice(String raw) {
        Matcher colon = COLON.matcher(raw);
        if (colon.matches()) {
            return "`" + raw + "` : séparez la clé de la valeur par `=` et non par `:` ; écrivez `"
                    + colon.group(1) + "=" + colon.group(2).strip() + "`";
        }
        return "`" + raw + "` n'est pas une ligne `clé=valeur` ; écrivez-la sous cette forme, "
                + "ou placez ce texte après la ligne `" + ContentFile.SEPARATOR + "`";
    }
}
