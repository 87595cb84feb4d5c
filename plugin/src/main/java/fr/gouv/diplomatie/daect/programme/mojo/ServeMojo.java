package fr.gouv.diplomatie.daect.programme.mojo;

import fr.gouv.diplomatie.daect.programme.preview.LivePreview;
import fr.gouv.diplomatie.daect.programme.registration.FormProtocol;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * The live preview: validates and bakes the site, serves it on {@code http://localhost:PORT/} with
 * the local form receiver, and rebuilds it on every save of content/, templates/, assets/ or the
 * settings, reloading the open pages; until interrupted (Ctrl+C). {@code mvn -Ppreview package} runs it.
 */
@Mojo(name = "serve", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class ServeMojo extends AbstractProgrammeMojo {

    @Parameter(property = "preview.port", defaultValue = "8820")
    private int port;

    /** Where the local receiver appends each accepted registration, one JSON line each. */
    @Parameter(property = "preview.submissions", defaultValue = "${project.build.directory}/inscriptions.jsonl")
    private File submissions;

    /** Skip installing and shipping the DSFR (for the plugin's own sample projects only). */
    @Parameter(property = "programme.skipFrontEnd", defaultValue = "false")
    private boolean skipFrontEnd;

    @Override
    public void execute() throws MojoExecutionException {
        LivePreview preview;
        try {
            preview = LivePreview.start(new LivePreview.Options(baseDir.toPath(), outputDirectory.toPath(), this::settings,
                    Clock.systemUTC(), !skipFrontEnd, port, submissions.toPath()), mavenLog());
        } catch (IOException e) {
            throw new MojoExecutionException("Impossible d'ouvrir le port " + port + " (" + e.getMessage()
                    + ") : un autre aperçu tourne peut-être déjà ; choisissez un autre port avec -Dpreview.port=…", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        getLog().info("Aperçu du site : " + preview.url() + " (Ctrl+C pour arrêter)");
        getLog().info("Chaque enregistrement dans content/, templates/, assets/ ou jbake.properties reconstruit le site "
                + "et recharge les pages ouvertes.");
        FormProtocol protocol = FormProtocol.from(settings());
        if (protocol.isLocal()) {
            getLog().info("Formulaire d'inscription : réception locale, les inscriptions sont ajoutées à " + submissions);
        } else {
            getLog().info("Formulaire d'inscription : envoyé au service " + protocol.action().orElseThrow()
                    + " (form.action) ; la réception locale reste disponible sur " + preview.url() + FormProtocol.LOCAL_RECEIVER);
        }
        awaitInterruption(preview);
    }

    /** Serves until Ctrl+C; the build does not go on to later goals, the JVM stops once the preview is closed. */
    private void awaitInterruption(LivePreview preview) {
        Thread hook = new Thread(preview::close, "apercu-arret");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            preview.close();
            Runtime.getRuntime().removeShutdownHook(hook);
        }
    }
}
