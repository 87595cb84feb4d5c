package fr.gouv.diplomatie.daect.programme.mojo;

import fr.gouv.diplomatie.daect.programme.site.SiteBuild;
import fr.gouv.diplomatie.daect.programme.validation.ValidationReport;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Checks every content file and the settings; prints every problem, then fails on any error. */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractProgrammeMojo {

    /** Make warnings fatal too. */
    @Parameter(property = "programme.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    @Override
    public void execute() throws MojoFailureException {
        long started = System.nanoTime();
        SiteBuild build = siteBuild();
        ValidationReport report = build.validate().report();
        print(report);
        getLog().info("Validation du programme : " + report.summary() + " (" + (System.nanoTime() - started) / 1_000_000 + " ms)");
        if (report.errors() > 0) {
            throw new MojoFailureException("Le programme contient des erreurs (" + report.summary() + ") : corrigez les lignes ci-dessus.");
        }
        if (report.fails(failOnWarning)) {
            throw new MojoFailureException("Le programme contient des avertissements, bloquants avec -Dprogramme.failOnWarning=true ("
                    + report.summary() + ") : corrigez les lignes ci-dessus.");
        }
    }
}
