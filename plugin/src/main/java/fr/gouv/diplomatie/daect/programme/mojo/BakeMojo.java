package fr.gouv.diplomatie.daect.programme.mojo;

import fr.gouv.diplomatie.daect.programme.bake.BakeException;
import fr.gouv.diplomatie.daect.programme.bake.BakeReport;
import fr.gouv.diplomatie.daect.programme.site.ValidationFailedException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import fr.gouv.diplomatie.daect.programme.site.SiteBuild;

import java.io.IOException;

/** Bakes the site into {@code target/www} with JBake; the previous site stays if anything fails. */
@Mojo(name = "bake", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BakeMojo extends AbstractProgrammeMojo {

    /** Skip installing and shipping the DSFR (for the plugin's own sample projects only). */
    @Parameter(property = "programme.skipFrontEnd", defaultValue = "false")
    private boolean skipFrontEnd;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        try {
            SiteBuild build = siteBuild();
            BakeReport report = (skipFrontEnd ? build.withoutFrontEnd() : build).bake();
            getLog().info("Site cuit dans " + report.site() + " : " + report.summary());
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
