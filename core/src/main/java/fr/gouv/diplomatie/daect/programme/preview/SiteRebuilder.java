package fr.gouv.diplomatie.daect.programme.preview;

import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.bake.BakeException;
import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.programme.FieldLabels;
import fr.gouv.diplomatie.daect.programme.site.LiveSite;
import fr.gouv.diplomatie.daect.programme.site.ValidationFailedException;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.ValidationReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One rebuild of the {@link LiveSite}, told in the terminal: what was rebuilt and how long it took,
 * or every problem, one line each, exactly as {@code mvn package} prints them.
 */
final class SiteRebuilder implements RebuildCoordinator.Rebuilder {

    private final LiveSite site;
    private final BuildLog terminal;

    SiteRebuilder(LiveSite site, BuildLog terminal) {
        this.site = site;
        this.terminal = terminal;
    }

    @Override
    public BuildResult rebuild(Set<Path> changed) {
        BuildResult result = attempt(changed);
        if (result.ok()) {
            terminal.info(result.summary());
        } else {
            result.problems().forEach(terminal::error);
            terminal.error(result.summary() + " ; l'aperçu garde la dernière version correcte du site.");
        }
        return result;
    }

    private BuildResult attempt(Set<Path> changed) {
        try {
            LiveSite.Rebuild rebuild = site.rebuild(changed);
            warnings(rebuild.sources().report());
            return BuildResult.success("Reconstruit : " + rebuild.describe());
        } catch (ValidationFailedException e) {
            return failure(e);
        } catch (BakeException e) {
            return BuildResult.failure("La cuisson du site a échoué (" + e.problems().size() + " problème(s))", e.problems());
        } catch (IOException | UncheckedIOException e) {
            return BuildResult.failure("La reconstruction du site a échoué", List.of(String.valueOf(e.getMessage())));
        }
    }

    @Override
    public Optional<BuildResult> writeDeferred() {
        try {
            Optional<LiveSite.Rebuild> written = site.writeDeferred();
            written.ifPresent(f -> terminal.info("Mis à jour : " + f.describe()));
            return written.map(f -> BuildResult.success("Mis à jour : " + f.describe()));
        } catch (IOException | RuntimeException e) {
            BuildResult failure = BuildResult.failure("L'écriture des fichiers du programme entier a échoué", List.of(String.valueOf(e.getMessage())));
            terminal.error(failure.summary() + " : " + e.getMessage());
            return Optional.of(failure);
        }
    }

    /** Each diagnostic as the build prints it, with the field its line is on. */
    static BuildResult failure(ValidationFailedException e) {
        Map<String, ContentFile> files = e.files().stream().collect(Collectors.toMap(ContentFile::displayPath, f -> f, (a, b) -> a));
        return new BuildResult(false, "Le programme contient des erreurs (" + e.report().summary() + ")",
                e.report().diagnostics().stream().map(d -> new BuildResult.Problem(d.format(), field(d, files))).toList());
    }

    /** The field a diagnostic is on, named as in the editing form, when its file is a content file. */
    private static Optional<String> field(Diagnostic diagnostic, Map<String, ContentFile> files) {
        return Optional.ofNullable(files.get(diagnostic.file())).flatMap(file -> FieldLabels.atLine(file, diagnostic.line()));
    }

    private void warnings(ValidationReport report) {
        report.diagnostics().stream().filter(d -> !d.isError()).map(Diagnostic::format).forEach(terminal::warn);
    }
}
