package fr.gouv.diplomatie.daect.programme.bake;

import fr.gouv.diplomatie.daect.programme.content.SymbolicLinks;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The bake's own refusal of symbolic links, behind the validation's ({@code SymbolicLinkRule}): should a link
 * reach the bake anyway (validation skipped, a link made during the preview), JBake must not read through it.
 */
final class LinkGuard {

    private final Path projectDir;

    LinkGuard(File projectDir) {
        this.projectDir = projectDir.toPath().toAbsolutePath().normalize();
    }

    /** One problem per link in {@code dir} and below (none when there is none, or no such folder). */
    List<String> linksUnder(File dir) {
        return SymbolicLinks.under(dir.toPath()).stream().map(this::problem).toList();
    }

    /** The problem when {@code file}, or a folder on the way to it from the project, is a link. */
    Optional<String> linkTo(File file) {
        return SymbolicLinks.onTheWay(projectDir, file.toPath()).map(this::problem);
    }

    private String problem(Path link) {
        Path absolute = link.toAbsolutePath().normalize();
        String shown = (absolute.startsWith(projectDir) ? projectDir.relativize(absolute) : absolute).toString().replace('\\', '/');
        return shown + " : lien symbolique refusé, rien n'est publié à travers un lien ; remplacez-le par le fichier lui-même";
    }
}
