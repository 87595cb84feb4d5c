package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.programme.SessionDocument;
import fr.gouv.diplomatie.daect.programme.programme.SessionHeader;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Each file of {@code documents} is a site path of a file under {@code assets/} (copied as is to the site), so
 * that its download link works and its size can be measured; a path leading out of {@code assets/} is refused.
 */
public final class DocumentsRule implements Rule {

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        for (ContentFile file : context.files()) {
            if (!file.hasSeparator()) {
                continue;
            }
            file.line(SessionHeader.DOCUMENTS).filter(l -> !l.value().isBlank()).ifPresent(line -> {
                List<SessionDocument> documents = SessionDocument.parseAll(line.value());
                if (documents == null) {
                    report.accept(Diagnostic.error(file.displayPath(), line.line(), "`documents=" + line.value()
                            + "` est illisible : séparez les fichiers par des virgules, chacun avec un titre facultatif, par exemple `"
                            + SessionDocument.EXAMPLE + "`"));
                    return;
                }
                for (SessionDocument document : documents) {
                    problem(context.assetDir(), document).ifPresent(problem -> report.accept(
                            Diagnostic.error(file.displayPath(), line.line(), problem)));
                }
            });
        }
    }

    private static java.util.Optional<String> problem(Path assets, SessionDocument document) {
        String path = document.path();
        String example = " ; par exemple `documents=documents/support-maroc.pdf` pour le fichier `assets/documents/support-maroc.pdf`";
        if (path.isEmpty()) {
            return java.util.Optional.of("document sans chemin « " + document.label() + " »" + example);
        }
        Path resolved = resolve(assets, path);
        if (resolved == null) {
            return java.util.Optional.of("document `" + path + "` : donnez un chemin sous `assets/`, sans `..` ni `/` au début" + example);
        }
        if (!Files.isRegularFile(resolved, LinkOption.NOFOLLOW_LINKS)) {
            return java.util.Optional.of("document `" + path + "` introuvable : le fichier `assets/" + path
                    + "` n'existe pas ; ajoutez-le au dépôt ou corrigez le chemin" + example);
        }
        return java.util.Optional.empty();
    }

    /** The file of a site path under the asset folder, or null when the path would lead out of it. */
    public static Path resolve(Path assets, String path) {
        if (path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            return null;
        }
        Path root = assets.toAbsolutePath().normalize();
        Path resolved = root.resolve(path).normalize();
        return resolved.startsWith(root) && !resolved.equals(root) && !List.of(path.split("/")).contains("..") ? resolved : null;
    }
}
