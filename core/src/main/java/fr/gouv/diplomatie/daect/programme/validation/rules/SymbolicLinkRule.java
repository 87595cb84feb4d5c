package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.content.SymbolicLinks;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A symbolic link in {@code content/} or {@code assets/}, to a file or a folder, whatever it is named:
 * JBake would copy what it points at ({@code /etc/passwd}, a home folder) into the published site. Nothing
 * is read through a link, even one that stays inside the repository (a link checked out on Windows is a
 * small text file, and {@code ..} in it can leave the repository anyway).
 */
public final class SymbolicLinkRule implements Rule {

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        for (Path dir : List.of(context.contentDir(), context.assetDir())) {
            for (Path link : SymbolicLinks.under(dir)) {
                report.accept(Diagnostic.error(context.displayPath(link), 1, "c'est un lien symbolique (vers `" + SymbolicLinks.target(link)
                        + "`) : le site ne publie rien à travers un lien, qui pourrait montrer un fichier hors du dépôt ; "
                        + "remplacez le lien par le fichier (ou le dossier) lui-même, copié dans le dépôt, ou supprimez-le"));
            }
        }
    }
}
