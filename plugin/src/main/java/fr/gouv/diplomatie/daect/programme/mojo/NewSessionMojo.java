package fr.gouv.diplomatie.daect.programme.mojo;

import fr.gouv.diplomatie.daect.programme.authoring.InvalidSessionException;
import fr.gouv.diplomatie.daect.programme.authoring.NewSession;
import fr.gouv.diplomatie.daect.programme.authoring.SessionFileWriter;
import fr.gouv.diplomatie.daect.programme.settings.BuildSettings;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.view.SitePaths;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Creates {@code content/webinaires/<date>-<slug>.md} for a new session, header filled and explained,
 * with a fresh UUID; never over an existing file. From a fresh clone:
 * {@code mvn -Pnew-session -Dtitle="…" -Ddate=2021-03-10 -Dstart=10:00 -Dend=12:30}.
 */
@Mojo(name = "new-session", threadSafe = true)
public class NewSessionMojo extends AbstractProgrammeMojo {

    @Parameter(property = "title")
    private String title;

    /** {@code yyyy-MM-dd}. */
    @Parameter(property = "date")
    private String date;

    /** {@code HH:mm}, local time of the programme. */
    @Parameter(property = "start")
    private String start;

    /** {@code HH:mm}. */
    @Parameter(property = "end")
    private String end;

    /** The file name after the date; made from the title when not given. */
    @Parameter(property = "slug")
    private String slug;

    /** Comma-separated themes of tags.properties. */
    @Parameter(property = "tags")
    private String tags;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        SiteSettings settings = settings();
        Path sessions = BuildSettings.of(baseDir.toPath(), settings).contentDir().resolve(SitePaths.SESSIONS_DIR);
        SessionFileWriter writer = new SessionFileWriter(baseDir.toPath(), sessions, settings.timeZone().getId(), UUID::randomUUID);
        try {
            Path file = writer.write(new NewSession(title, date, start, end, slug, tags));
            getLog().info("Nouveau webinaire écrit dans " + writer.shown(file));
            getLog().info("Complétez-le (présentation, thèmes…), puis prévisualisez le site : mvn -Ppreview package");
        } catch (InvalidSessionException e) {
            e.problems().forEach(getLog()::error);
            throw new MojoFailureException("Aucun fichier créé : corrigez la commande (voir ci-dessus). Exemple : "
                    + "mvn -Pnew-session -Dtitle=\"La santé\" -Ddate=2021-03-10 -Dstart=10:00 -Dend=12:30");
        } catch (IOException e) {
            throw new MojoExecutionException("Impossible d'écrire le fichier du webinaire : " + e.getMessage(), e);
        }
    }
}
