package fr.gouv.diplomatie.daect.programme.preview;

import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.bake.BakeException;
import fr.gouv.diplomatie.daect.programme.site.LiveSite;
import fr.gouv.diplomatie.daect.programme.site.ValidationFailedException;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.ValidationReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
            return BuildResult.failure("Le programme contient des erreurs (" + e.report().summary() + ")",
                    e.report().diagnostics().stream().map(Diagnostic::format).toList());
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

    private void warnings(ValidationReport report) {
        report.diagnostics().stream().filter(d -> !d.isError()).map(Diagnostic::format).forEach(terminal::warn);
    }
}
