package fr.gouv.diplomatie.daect.programme.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a small site project (settings, templates, content) into a folder, for tests that bake for real. */
public final class SampleProject {

    private final Path dir;

    private SampleProject(Path dir) {
        this.dir = dir;
    }

    /** A project with a home page, one session and the templates they need. */
    public static SampleProject create(Path dir) {
        SampleProject project = new SampleProject(dir);
        project.write("jbake.properties", String.join("\n",
                "site.host=https://example.org/",
                "site.name=Essai",
                "contact.secretariat=Secrétariat", "contact.email=secretariat@example.org",
                "programme.timezone=Europe/Paris",
                "template.home.file=home.ftl",
                "template.session.file=session.ftl",
                "render.index=false", "render.archive=false", "render.feed=false", "render.tags=false",
                "render.sitemap=false", "render.error404=false", "default.status=draft", "jvm.locale=fr_FR", ""));
        project.write("templates/home.ftl", "<#ftl output_format=\"HTML\"><h1>${content.title}</h1>"
                + "<#list programme.sessions as s><p>${s.title} — ${s.whenLabel}</p></#list>\n");
        project.write("templates/session.ftl", "<#ftl output_format=\"HTML\"><h1>${session.title}</h1>"
                + "<p>${session.whenLabel}</p><p>JBake: ${content.date?string(\"yyyy-MM-dd\")}</p>${content.body?no_esc}\n");
        project.write("content/index.md", "title=Accueil\ntype=home\nstatus=published\n~~~~~~\nBienvenue.\n");
        project.write("content/webinaires/2020-10-26-maroc.md", session("Le Maroc", "2020-10-26", "14:00", "16:00",
                "8758bf3a-9689-4087-86d8-c5c343fe098b"));
        return project;
    }

    public static String session(String title, String date, String start, String end, String uid) {
        return "title=" + title + "\ntype=session\nstatus=published\ndate=" + date + "\nstart=" + start + "\nend=" + end
                + "\nuid=" + uid + "\n~~~~~~\n";
    }

    public SampleProject write(String relative, String text) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    public Path output() {
        return dir.resolve("target/www");
    }
}
