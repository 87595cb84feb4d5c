package fr.gouv.diplomatie.daect.programme.bake;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.ContentFileReader;
import fr.gouv.diplomatie.daect.programme.programme.Programme;
import fr.gouv.diplomatie.daect.programme.programme.SessionReader;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.testing.SampleProject;
import fr.gouv.diplomatie.daect.programme.view.ProgrammeView;
import fr.gouv.diplomatie.daect.programme.view.SitePaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview's warm site: a rebake renders what the change lists, from the files as they are now. */
class WarmSiteTest {

    private static final Instant NOW = Instant.parse("2020-10-01T08:00:00Z");

    @TempDir
    Path dir;

    private SampleProject project;
    private ContentFileReader reader;

    private List<ContentFile> files() {
        return reader.readAll(project.dir().resolve("content"));
    }

    private static ProgrammeView view(List<ContentFile> files) {
        return new ProgrammeView(new Programme(new SessionReader(ZoneId.of("Europe/Paris")).readAll(files), NOW), new SitePaths());
    }

    private WarmSite bakeWarm(Map<String, String> commandLine) throws BakeException {
        project = SampleProject.create(dir);
        reader = new ContentFileReader(project.dir());
        List<ContentFile> files = files();
        return new SiteBaker(project.dir(), project.output(), SiteSettings.load(project.dir(), commandLine)).bakeWarm(view(files), files, List.of());
    }

    private BakeReport rebake(WarmSite warm, Set<Path> changed, Set<Path> removed, Set<Path> pages) throws BakeException {
        List<ContentFile> files = files();
        return warm.rebake(view(files), files, new SiteChange(changed, removed, pages, Set.of(), Set.of(), false), List.of(), List.of());
    }

    @Test
    void aChangedPageIsReadAgainAndRenderedAloneTheOthersStayAsTheyWere() throws Exception {
        try (WarmSite warm = bakeWarm(Map.of())) {
            Path index = project.dir().resolve("content/index.md");
            Path session = project.output().resolve("webinaires/2020-10-26-maroc.html");
            long sessionWritten = Files.getLastModifiedTime(session).toMillis();
            project.write("content/index.md", "title=Bienvenue\ntype=home\nstatus=published\n~~~~~~\nUn texte neuf.\n");

            BakeReport report = rebake(warm, Set.of(index), Set.of(), Set.of(index));

            assertEquals(1, report.pages());
            String home = read(project.output().resolve("index.html"));
            assertTrue(home.contains("<h1>Bienvenue</h1>"), home);
            assertEquals(sessionWritten, Files.getLastModifiedTime(session).toMillis(), "the session's page was not rendered again");
        }
    }

    @Test
    void aRemovedPageLosesItsFileAndAPageWhoseHeaderBecameInvalidFailsTheRebakeByName() throws Exception {
        try (WarmSite warm = bakeWarm(Map.of(Workers.THREADS, "1"))) {
            Path page = project.dir().resolve("content/a-propos.md");
            project.write("content/a-propos.md", "title=À propos\ntype=home\nstatus=published\n~~~~~~\nTexte.\n");
            rebake(warm, Set.of(page), Set.of(), Set.of(page));
            assertTrue(Files.isRegularFile(project.output().resolve("a-propos.html")));

            project.write("content/a-propos.md", "title=À propos\nTexte sans séparateur.\n");
            BakeException failure = assertThrows(BakeException.class, () -> rebake(warm, Set.of(page), Set.of(), Set.of(page)));
            assertTrue(failure.problems().get(0).startsWith("content/a-propos.md : ignoré par JBake"), failure.problems().toString());

            Files.delete(page);
            rebake(warm, Set.of(), Set.of(page), Set.of());
            assertFalse(Files.exists(project.output().resolve("a-propos.html")));
        }
    }

    @Test
    void aLinkPutUnderContentFailsTheRebakeNamingIt(@TempDir Path elsewhere) throws Exception {
        try (WarmSite warm = bakeWarm(Map.of())) {
            Path target = Files.writeString(elsewhere.resolve("ailleurs.md"), "title=Ailleurs\ntype=home\nstatus=published\n~~~~~~\n");
            Path link = Files.createSymbolicLink(project.dir().resolve("content/lien.md"), target);

            BakeException failure = assertThrows(BakeException.class, () -> rebake(warm, Set.of(link), Set.of(), Set.of(link)));

            assertTrue(failure.problems().stream().anyMatch(problem -> problem.contains("lien.md")), failure.problems().toString());
            assertFalse(Files.exists(project.output().resolve("lien.html")));
        }
    }

    private static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
