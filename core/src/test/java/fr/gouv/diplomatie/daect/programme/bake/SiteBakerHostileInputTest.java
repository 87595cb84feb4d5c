package fr.gouv.diplomatie.daect.programme.bake;

import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.testing.SampleProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bake given what validation would have refused (links out of the repository, Markdown nested beyond what the
 * engine can render): it fails, naming the files, without a stack trace, and leaves the previous site as it was.
 */
class SiteBakerHostileInputTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-10-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** Validation bypassed: the bake itself reads nothing through a link, to a file or a folder, in content/ or assets/. */
    @Test
    void theBakeNeverReadsThroughASymbolicLink(@TempDir Path elsewhere) throws Exception {
        SampleProject project = SampleProject.create(dir.resolve("depot"));
        Files.delete(project.dir().resolve("content/webinaires/2020-10-26-maroc.md")); // the baker is given no programme
        Path site = project.output();
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "site précédent");
        Path secret = Files.writeString(elsewhere.resolve("secret.txt"), "SECRET-HORS-DEPOT");
        Files.writeString(elsewhere.resolve("page.md"), "title=Secret\ntype=page\nstatus=published\n~~~~~~\nSECRET-HORS-DEPOT\n");
        Files.writeString(dir.resolve("voisin.txt"), "SECRET-HORS-DEPOT");
        Files.createSymbolicLink(project.dir().resolve("content/secret.md"), elsewhere.resolve("page.md"));
        Files.createSymbolicLink(project.dir().resolve("content/dossier"), elsewhere);
        Files.createDirectories(project.dir().resolve("assets"));
        Files.createSymbolicLink(project.dir().resolve("assets/image.png"), secret);
        Files.createSymbolicLink(project.dir().resolve("assets/notes.txt"), Path.of("../../voisin.txt"));
        SiteSettings settings = SiteSettings.load(project.dir(), Map.of());
        SiteBaker baker = new SiteBaker(project.dir(), site, settings);
        var view = new fr.gouv.diplomatie.daect.programme.view.ProgrammeView(
                new fr.gouv.diplomatie.daect.programme.programme.Programme(List.of(), CLOCK.instant()),
                new fr.gouv.diplomatie.daect.programme.view.SitePaths());
        var files = new fr.gouv.diplomatie.daect.programme.content.ContentFileReader(project.dir()).readAll(project.dir().resolve("content"));
        assertTrue(files.stream().noneMatch(f -> f.body().contains("SECRET")), "a linked page is never read");

        BakeException failure = assertThrows(BakeException.class, () -> baker.bake(view, files, List.of()));

        String refused = " : lien symbolique refusé, rien n'est publié à travers un lien ; remplacez-le par le fichier lui-même";
        assertEquals(List.of("content/dossier" + refused, "content/secret.md" + refused), failure.problems());
        assertEquals(List.of(site.resolve("index.html")), filesUnder(dir.resolve("depot/target")));
        assertEquals("site précédent", Files.readString(site.resolve("index.html")));

        // Without the content links, the assets' links are refused, one by one, and nothing is copied through them.
        Files.delete(project.dir().resolve("content/secret.md"));
        Files.delete(project.dir().resolve("content/dossier"));
        BakeException assets = assertThrows(BakeException.class, () -> baker.bake(view,
                new fr.gouv.diplomatie.daect.programme.content.ContentFileReader(project.dir()).readAll(project.dir().resolve("content")), List.of()));
        assertEquals(List.of("assets/image.png" + refused, "assets/notes.txt" + refused), assets.problems());
        assertEquals(List.of(site.resolve("index.html")), filesUnder(dir.resolve("depot/target")));
    }

    private static List<Path> filesUnder(Path dir) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void markdownTooDeepForTheEngineFailsTheBakeNamingTheFileWithoutAStackTrace() throws Exception {
        // Validation refuses such text (MarkdownDepthRule); the bake must still fail cleanly on what got past it.
        SampleProject project = SampleProject.create(dir);
        project.write("content/index.md", "title=Accueil\ntype=home\nstatus=published\n~~~~~~\nBienvenue.\n\n" + ">".repeat(5000) + " citation\n");
        project.write("content/webinaires/2020-10-26-maroc.md", SampleProject.session("Le Maroc", "2020-10-26", "14:00", "16:00",
                "8758bf3a-9689-4087-86d8-c5c343fe098b") + "- ".repeat(3000) + "x\n");
        var files = new fr.gouv.diplomatie.daect.programme.content.ContentFileReader(project.dir()).readAll(project.dir().resolve("content"));
        var sessions = new fr.gouv.diplomatie.daect.programme.programme.SessionReader(java.time.ZoneId.of("Europe/Paris")).readAll(files);

        BakeException failure = assertThrows(BakeException.class,
                () -> new SiteBaker(project.dir(), project.output(), SiteSettings.load(project.dir(), Map.of()))
                        .bake(new fr.gouv.diplomatie.daect.programme.view.ProgrammeView(
                                        new fr.gouv.diplomatie.daect.programme.programme.Programme(sessions, CLOCK.instant()),
                                        new fr.gouv.diplomatie.daect.programme.view.SitePaths()),
                                files, List.of()));

        String deep = " : le texte imbrique trop de niveaux (citations `>`, listes ou emphases les unes dans les autres) "
                + "pour être mis en page ; réduisez l'imbrication";
        assertEquals(List.of("content/index.md" + deep, "content/webinaires/2020-10-26-maroc.md" + deep),
                failure.problems().stream().sorted().toList());
        assertFalse(Files.exists(project.output()), "no half-baked site");
    }

    @Test
    void markdownTooDeepFailsTheWarmRebakeOfThePreviewToo() throws Exception {
        SampleProject project = SampleProject.create(dir);
        var reader = new fr.gouv.diplomatie.daect.programme.content.ContentFileReader(project.dir());
        var files = reader.readAll(project.dir().resolve("content"));
        var view = new fr.gouv.diplomatie.daect.programme.view.ProgrammeView(new fr.gouv.diplomatie.daect.programme.programme.Programme(
                new fr.gouv.diplomatie.daect.programme.programme.SessionReader(java.time.ZoneId.of("Europe/Paris")).readAll(files),
                CLOCK.instant()), new fr.gouv.diplomatie.daect.programme.view.SitePaths());
        try (WarmSite warm = new SiteBaker(project.dir(), project.output(), SiteSettings.load(project.dir(), Map.of()))
                .bakeWarm(view, files, List.of())) {
            project.write("content/index.md", "title=Accueil\ntype=home\nstatus=published\n~~~~~~\n" + ">".repeat(5000) + " citation\n");
            Path index = project.dir().resolve("content/index.md");
            var changed = reader.readAll(project.dir().resolve("content"));

            BakeException failure = assertThrows(BakeException.class, () -> warm.rebake(view, changed,
                    new SiteChange(java.util.Set.of(index), java.util.Set.of(), java.util.Set.of(index), java.util.Set.of(), java.util.Set.of(), false),
                    List.of(), List.of()));

            assertEquals(List.of("content/index.md : le texte imbrique trop de niveaux (citations `>`, listes ou emphases les unes dans les autres) "
                    + "pour être mis en page ; réduisez l'imbrication"), failure.problems());
            assertTrue(Files.readString(project.output().resolve("index.html")).contains("<h1>Accueil</h1>"), "the previous page is kept");
        }
    }
}
