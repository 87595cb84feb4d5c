package fr.gouv.diplomatie.daect.programme.mojo;

import fr.gouv.diplomatie.daect.programme.preview.FormReceiver;
import fr.gouv.diplomatie.daect.programme.preview.PreviewServer;
import fr.gouv.diplomatie.daect.programme.preview.SubmissionLog;
import fr.gouv.diplomatie.daect.programme.registration.FormProtocol;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * Bakes the site, then serves it on {@code http://localhost:PORT/} with the local form receiver,
 * until interrupted (Ctrl+C). {@code mvn -Ppreview package} runs it after the bake.
 */
@Mojo(name = "serve", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class ServeMojo extends AbstractProgrammeMojo {

    @Parameter(property = "preview.port", defaultValue = "8820")
    private int port;

    /** Serve what is already baked (the preview profile bakes just before). */
    @Parameter(property = "preview.skipBake", defaultValue = "false")
    private boolean skipBake;

    /** Where the local receiver appends each accepted registration, one JSON line each. */
    @Parameter(property = "preview.submissions", defaultValue = "${project.build.directory}/inscriptions.jsonl")
    private File submissions;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (!skipBake) {
            bake(siteBuild());
        }
        SiteSettings settings = settings();
        FormProtocol protocol = FormProtocol.from(settings);
        FormReceiver receiver = new FormReceiver(protocol, new SubmissionLog(submissions.toPath()), Clock.systemUTC(), getLog()::info);
        PreviewServer server;
        try {
            server = PreviewServer.bind(port).serveSite(outputDirectory.toPath()).receiveForms(receiver).start();
        } catch (IOException e) {
            throw new MojoExecutionException("Impossible d'ouvrir le port " + port + " (" + e.getMessage()
                    + ") : un autre aperçu tourne peut-être déjà ; choisissez un autre port avec -Dpreview.port=…", e);
        }
        getLog().info("Aperçu du site : " + server.url() + " (Ctrl+C pour arrêter)");
        if (protocol.isLocal()) {
            getLog().info("Formulaire d'inscription : réception locale, les inscriptions sont ajoutées à " + submissions);
        } else {
            getLog().info("Formulaire d'inscription : envoyé au service " + protocol.action().orElseThrow()
                    + " (form.action) ; la réception locale reste disponible sur " + server.url() + FormProtocol.LOCAL_RECEIVER);
        }
        awaitInterruption(server);
    }

    private void awaitInterruption(PreviewServer server) {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "apercu-arret");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
            Runtime.getRuntime().removeShutdownHook(hook);
        }
    }
}
