package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.PortableNames;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A text file under {@code content/} that is not named {@code .md} ({@code session.md.txt}, saved so
 * by an editor that hides extensions, or {@code session.markdown}) would be copied as it is, and the
 * page would silently be missing.
 */
public final class CopiedContentFileRule implements Rule {

    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "markdown", "mdown", "mkd", "mkdn", "md", "htm", "html", "text");

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        for (Path file : context.copiedContentFiles()) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            if (dot <= 0 || !TEXT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
                continue; // an image or a document placed next to its page: copied, as intended
            }
            String base = name.substring(0, dot);
            String stem = base.toLowerCase(Locale.ROOT).endsWith(".md") ? base.substring(0, base.length() - 3) : base;
            // The name proposed must pass PortableNameRule too.
            String page = (PortableNames.isPortable(stem) ? stem : PortableNames.suggestion(stem, false)) + ".md";
            report.accept(Diagnostic.warning(context.displayPath(file), 1, "le fichier `" + name
                    + "` ne deviendra pas une page : seuls les fichiers `.md` (ou `.html`) de content/ sont publiés comme pages ; "
                    + "renommez-le `" + page + "`"));
        }
    }
}
