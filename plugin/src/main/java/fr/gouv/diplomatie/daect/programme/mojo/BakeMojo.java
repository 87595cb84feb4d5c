package fr.gouv.diplomatie.daect.programme.mojo;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import fr.gouv.diplomatie.daect.programme.site.SiteBuild;

/** Bakes the site into {@code target/www} with JBake; the previous site stays if anything fails. */
@Mojo(name = "bake", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BakeMojo extends AbstractProgrammeMojo {

    /** Skip installing and shipping the DSFR (for the plugin's own sample projects only). */
    @Parameter(property = "programme.skipFrontEnd", defaultValue = "false")
    private boolean skipFrontEnd;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        SiteBuild build = siteBuild();
        bake(skipFrontEnd ? build.withoutFrontEnd() : build);
    }
}
