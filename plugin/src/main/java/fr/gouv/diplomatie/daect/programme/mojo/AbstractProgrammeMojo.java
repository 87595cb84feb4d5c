package fr.gouv.diplomatie.daect.programme.mojo;

import fr.gouv.diplomatie.daect.programme.bake.BakeException;
import fr.gouv.diplomatie.daect.programme.bake.BakeReport;
import fr.gouv.diplomatie.daect.programme.content.DisplayPath;
import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.site.SiteBuild;
import fr.gouv.diplomatie.daect.programme.site.ValidationFailedException;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.ValidationReport;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** What every goal shares: the project folder, the output folder, and the settings with the command line on top. */
abstract class AbstractProgrammeMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    protected File baseDir;

    /** Where the site is baked. */
    @Parameter(property = "programme.output", defaultValue = "${project.build.directory}/www")
    protected File outputDirectory;

    /** Production build: stricter checks of the settings (a real https form service). */
    @Parameter(property = "programme.production", defaultValue = "false")
    protected boolean production;

    @Parameter(defaultValue = "${session}", readonly = true)
    protected MavenSession session;

    protected SiteSettings settings() {
        Map<String, String> commandLine = new LinkedHashMap<>();
        session.getUserProperties().forEach((k, v) -> commandLine.put(String.valueOf(k), String.valueOf(v)));
        return SiteSettings.load(baseDir.toPath(), commandLine);
    }

    /** Maven's log, as the core's logging interface. */
    protected BuildLog mavenLog() {
        return new MavenBuildLog(getLog());
    }

    protected SiteBuild siteBuild() {
        return new SiteBuild(baseDir.toPath(), outputDirectory.toPath(), settings(), Clock.systemUTC(), production, mavenLog());
    }

    /** One line per diagnostic, errors as errors and warnings as warnings. */
    protected void print(ValidationReport report) {
        for (Diagnostic diagnostic : report.diagnostics()) {
            if (diagnostic.isError()) {
                getLog().error(diagnostic.format());
            } else {
                getLog().warn(diagnostic.format());
            }
        }
    }

    /**
     * Bakes, printing every problem one line each before failing (shared by the goals that bake); the core takes up
     * the content validated earlier in the build if unchanged.
     */
    protected void bake(SiteBuild build) throws MojoExecutionException, MojoFailureException {
        try {
            BakeReport report = build.bake();
            getLog().info("Site construit dans " + DisplayPath.of(baseDir.toPath(), report.site()) + " : " + report.contents());
            getLog().debug("Durée de chaque étape : " + report.summary());
        } catch (ValidationFailedException e) {
            print(e.report());
            throw new MojoFailureException(e.getMessage());
        } catch (BakeException e) {
            e.problems().forEach(getLog()::error);
            throw new MojoFailureException("La cuisson du site a échoué : " + e.problems().size() + " problème(s), voir ci-dessus.");
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
