package fr.gouv.diplomatie.daect.programme.mojo;

import fr.gouv.diplomatie.daect.programme.content.DisplayPath;
import fr.gouv.diplomatie.daect.programme.check.Problem;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import java.util.List;

/** Checks the baked site (links, structure, accessibility basics); lists every problem, then fails. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractProgrammeMojo {

    @Override
    public void execute() throws MojoFailureException {
        long started = System.nanoTime();
        String shown = DisplayPath.of(baseDir.toPath(), outputDirectory.toPath());
        List<Problem> problems = siteBuild().audit();
        problems.forEach(p -> getLog().error(p.format(shown)));
        getLog().info("Contrôle du site : " + problems.size() + " problème(s) (" + (System.nanoTime() - started) / 1_000_000 + " ms)");
        if (!problems.isEmpty()) {
            throw new MojoFailureException("Le site cuit a " + problems.size() + " problème(s) : voir ci-dessus.");
        }
    }
}
