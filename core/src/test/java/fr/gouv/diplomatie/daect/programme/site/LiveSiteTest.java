package fr.gouv.diplomatie.daect.programme.site;

import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.bake.BakeException;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import fr.gouv.diplomatie.daect.programme.testing.RepositorySite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview's rebuilds, over a copy of this repository's site: what each change renders, and that the result is the full bake's. */
class LiveSiteTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2020-12-01T09:00:00Z"), ZoneOffset.UTC);
    static final String SANTE = "content/webinaires/2021-01-13-sante.md";
    static final String SPORT = "content/webinaires/2021-01-20-sport-jeux-olympiques.md";

    @TempDir
    Path dir;
    final List<String> log = new ArrayList<>();
    LiveSite site;

    @BeforeEach
    void copyTheSite() throws Exception {
        RepositorySite.copyTo(dir);
        site = liveSite(dir.resolve("target/www"));
        site.rebuild(Set.of());
    }

    @AfterEach
    void close() {
        site.close();
    }

    LiveSite liveSite(Path output) {
        return new LiveSite(dir, output, () -> SiteSettings.load(dir, Map.of()), CLOCK, false, BuildLog.to(log::add));
    }

    @Test
    void aChangedBodyRendersThatPageAloneAndItsCalendars() throws Exception {
        Path home = page("index.html");
        Files.setLastModifiedTime(home, FileTime.fromMillis(0));

        edit(SANTE, "~~~~~~\n", "~~~~~~\nUn paragraphe ajouté dans l'aperçu.\n\n");
        LiveSite.Rebuild rebuild = site.rebuild(Set.of(dir.resolve(SANTE)));

        assertEquals(1, rebuild.report().pages(), rebuild.describe());
        assertTrue(read("webinaires/2021-01-13-sante.html").contains("Un paragraphe ajouté dans l'aperçu."));
        assertTrue(read("webinaires/2021-01-13-sante.ics").contains("Un paragraphe ajouté dans l"), "the calendar shows the body too");
        assertEquals(FileTime.fromMillis(0), Files.getLastModifiedTime(home), "the home page does not show bodies: left alone");
        assertTrue(rebuild.describe().matches(SANTE + " : 1 page HTML, 1 calendriers en \\d+ ms \\(lecture et validation \\d+ ms, "
                + "pages \\d+ ms, autres fichiers \\d+ ms\\)"), rebuild.describe());
    }

    @Test
    void aNewTitleShowsOnItsPageTheNeighboursAndTheProgrammeLists() throws Exception {
        Path farAway = page("webinaires/2020-10-26-cooperation-franco-marocaine.html");
        Files.setLastModifiedTime(farAway, FileTime.fromMillis(0));
        edit(SANTE, "title=La santé", "title=La santé mondiale");
        LiveSite.Rebuild rebuild = site.rebuild(Set.of(dir.resolve(SANTE)));

        assertTrue(read("webinaires/2021-01-13-sante.html").contains("La santé mondiale"));
        assertTrue(read("webinaires/2020-12-16-afrique-anglophone.html").contains("La santé mondiale"), "previous session's link");
        assertTrue(read("webinaires/2021-01-20-sport-jeux-olympiques.html").contains("La santé mondiale"), "next session's link");
        assertTrue(read("index.html").contains("La santé mondiale"));
        assertTrue(read("inscription.html").contains("La santé mondiale"));
        assertTrue(read("webinaires/2021-01-13-sante.ics").contains("La santé mondiale"));
        assertTrue(read("themes/sante.html").contains("La santé mondiale"), "its theme's page");
        assertEquals(FileTime.fromMillis(0), Files.getLastModifiedTime(farAway), "the other session pages are left alone: " + rebuild.describe());

        assertFalse(read("programme.ics").contains("La santé mondiale"), "the whole programme's files are left for later");
        assertTrue(site.hasDeferredFiles());
        assertTrue(site.writeDeferred().orElseThrow().describe().startsWith("fichiers du programme entier : 1 calendriers, 1 flux Atom en "));
        assertTrue(read("programme.ics").contains("La santé mondiale"));
        assertTrue(read("webinaires.atom").contains("La santé mondiale"));
        assertFalse(site.hasDeferredFiles());
    }

    @Test
    void changeByChangeTheSiteIsByteForByteTheFullBake() throws Exception {
        edit(SANTE, "title=La santé", "title=La santé mondiale");
        site.rebuild(Set.of(dir.resolve(SANTE)));
        site.writeDeferred();
        Files.writeString(dir.resolve("content/webinaires/2021-03-10-nouveau.md"), String.join("\n",
                "title=Un nouveau webinaire", "type=session", "status=published", "date=2021-03-10", "start=10:00", "end=12:30",
                "uid=4e0f2d52-8a7e-4d5b-9a4c-2f0c8d6b1e77", "~~~~~~", "Présentation.", ""), StandardCharsets.UTF_8);
        site.rebuild(Set.of(dir.resolve("content/webinaires/2021-03-10-nouveau.md")));
        edit(SPORT, "status=published", "status=published\neventStatus=cancelled");
        site.rebuild(Set.of(dir.resolve(SPORT)));
        edit(SANTE, "tags=sante", "tags=jeunesse");
        site.rebuild(Set.of(dir.resolve(SANTE)));
        Path draft = dir.resolve("content/webinaires/2021-03-24-brouillon.md");
        Files.writeString(draft, String.join("\n", "title=En préparation", "type=session", "status=draft", "date=2021-03-24",
                "start=10:00", "end=12:00", "uid=0b9d2c8e-7f1a-4c3b-9e5d-6a7f8b9c0d1e", "tags=maroc", "~~~~~~", ""), StandardCharsets.UTF_8);
        site.rebuild(Set.of(draft));
        assertFalse(Files.exists(page("webinaires/2021-03-24-brouillon.html")), "a draft is not published");
        assertFalse(Files.exists(page("webinaires/2021-03-24-brouillon-draft.html")));
        edit("content/webinaires/2021-03-24-brouillon.md", "status=draft", "status=published");
        site.rebuild(Set.of(draft));
        assertTrue(read("webinaires/2021-03-24-brouillon.html").contains("En préparation"));
        edit("assets/css/site.css", "", "/* modifié dans l'aperçu */\n");
        Files.writeString(dir.resolve("assets/css/nouveau.css"), "p{}\n");
        site.rebuild(Set.of(dir.resolve("assets/css/site.css"), dir.resolve("assets/css/nouveau.css")));
        Files.delete(dir.resolve("assets/css/nouveau.css"));
        site.rebuild(Set.of(dir.resolve("assets/css/nouveau.css")));
        site.writeDeferred();

        try (LiveSite fresh = liveSite(dir.resolve("target/full"))) {
            fresh.rebuild(Set.of());
        }
        assertEquals(tree(dir.resolve("target/full")), tree(dir.resolve("target/www")));
        assertTrue(read("webinaires/2021-03-10-nouveau.html").contains("Un nouveau webinaire"));
        assertFalse(Files.exists(page("css/nouveau.css")));
        assertFalse(Files.exists(page("themes/sante.html")), "no session has this theme any more");
        assertTrue(read("themes/jeunesse.html").contains("La santé mondiale"));
    }

    @Test
    void aPastSessionsPageFollowsTheSessionItAnnounces() throws Exception {
        // On 1 December 2020 the page of 18 November, over, announces the next session after it: once 2 December is
        // cancelled, 9 December, which is not its neighbour.
        edit("content/webinaires/2020-12-02-appels-a-projets.md", "status=published", "status=published\neventStatus=cancelled");
        site.rebuild(Set.of(dir.resolve("content/webinaires/2020-12-02-appels-a-projets.md")));
        String senegal = "content/webinaires/2020-12-09-senegal-developpement-durable.md";
        edit(senegal, "title=Coopérer avec le Sénégal pour le développement durable", "title=Le Sénégal et le développement durable");
        site.rebuild(Set.of(dir.resolve(senegal)));
        site.writeDeferred();

        assertTrue(read("webinaires/2020-11-18-egalite-femmes-hommes.html").contains("Le Sénégal et le développement durable"));
        try (LiveSite fresh = liveSite(dir.resolve("target/full"))) {
            fresh.rebuild(Set.of());
        }
        assertEquals(tree(dir.resolve("target/full")), tree(dir.resolve("target/www")));
    }

    @Test
    void aDocumentReplacedByABiggerOneShowsItsNewSizeOnItsSessionsPage() throws Exception {
        Path pdf = dir.resolve("assets/documents/support.pdf");
        Files.createDirectories(pdf.getParent());
        Files.write(pdf, new byte[2_000]);
        edit(SANTE, "tags=sante", "tags=sante\ndocuments=[Support de présentation](documents/support.pdf)");
        site.rebuild(Set.of(dir.resolve(SANTE), pdf));
        String before = read("webinaires/2021-01-13-sante.html");

        Files.write(pdf, new byte[40_000]);
        site.rebuild(Set.of(pdf));
        site.writeDeferred();

        assertNotEquals(before, read("webinaires/2021-01-13-sante.html"), "« PDF – 2 Ko » is no longer true");
        try (LiveSite fresh = liveSite(dir.resolve("target/full"))) {
            fresh.rebuild(Set.of());
        }
        assertEquals(tree(dir.resolve("target/full")), tree(dir.resolve("target/www")));
    }

    @Test
    void aSessionMovedToANewYearGivesTheSiteMapItsArchivePage() throws Exception {
        edit(SANTE, "date=2021-01-13", "date=2022-01-12");
        site.rebuild(Set.of(dir.resolve(SANTE)));
        site.writeDeferred();

        assertTrue(Files.exists(page("archives/2022.html")));
        try (LiveSite fresh = liveSite(dir.resolve("target/full"))) {
            fresh.rebuild(Set.of());
        }
        assertEquals(tree(dir.resolve("target/full")), tree(dir.resolve("target/www")));
    }

    @Test
    void theListingPagesAChangeNoLongerNeedsAreDeletedAndOnlyThey() throws Exception {
        // 31 sessions in 2022, 30 of them about health (32 with the site's own): each listing needs a second page.
        Set<Path> added = new java.util.TreeSet<>();
        for (int day = 1; day <= 31; day++) {
            String date = String.format("2022-01-%02d", day);
            Path file = dir.resolve("content/webinaires/" + date + "-essai.md");
            Files.writeString(file, String.join("\n", "title=Essai du " + date, "type=session", "status=published", "date=" + date,
                    "start=10:00", "end=12:00", "uid=" + java.util.UUID.nameUUIDFromBytes(date.getBytes(StandardCharsets.UTF_8)),
                    "tags=" + (day == 31 ? "maroc" : "sante"), "~~~~~~", "Présentation.", ""), StandardCharsets.UTF_8);
            added.add(file);
        }
        site.rebuild(added);
        assertTrue(Files.exists(page("archives/2022/page-2.html")));
        assertTrue(Files.exists(page("themes/sante/page-2.html")));

        // One of them moves to 2023, about Morocco: 2022 and health have one page each again.
        edit("content/webinaires/2022-01-05-essai.md", "date=2022-01-05", "date=2023-01-05");
        edit("content/webinaires/2022-01-05-essai.md", "tags=sante", "tags=maroc");
        site.rebuild(Set.of(dir.resolve("content/webinaires/2022-01-05-essai.md")));

        assertFalse(Files.exists(page("archives/2022/page-2.html")));
        assertFalse(Files.exists(page("archives/2022")), "no empty folder left behind");
        assertFalse(Files.exists(page("themes/sante/page-2.html")));
        assertTrue(read("archives/2023.html").contains("Essai du 2022-01-05"));
        assertTrue(read("archives/2022.html").contains("Essai du 2022-01-31"));
        assertTrue(site.hasDeferredFiles());
        site.writeDeferred();
        assertFalse(read("sitemap.xml").contains("page-2.html"), "the sitemap no longer lists them");

        try (LiveSite fresh = liveSite(dir.resolve("target/full"))) {
            fresh.rebuild(Set.of());
        }
        assertEquals(tree(dir.resolve("target/full")), tree(dir.resolve("target/www")));
    }

    @Test
    void aMistakeKeepsTheSiteAsItWasAndItsFixRebuilds() throws Exception {
        String before = read("webinaires/2021-01-13-sante.html");
        edit(SANTE, "date=2021-01-13", "date=2021-13-01");

        ValidationFailedException failure = assertThrows(ValidationFailedException.class, () -> site.rebuild(Set.of(dir.resolve(SANTE))));

        List<String> lines = failure.report().diagnostics().stream().map(Diagnostic::format).toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(SANTE + ":4: erreur: ")), lines.toString());
        assertEquals(before, read("webinaires/2021-01-13-sante.html"));

        edit(SANTE, "date=2021-13-01", "date=2021-01-14");
        site.rebuild(Set.of(dir.resolve(SANTE)));
        assertTrue(read("webinaires/2021-01-13-sante.html").contains("Jeudi 14 janvier 2021"));
    }

    @Test
    void aTemplateMistakeKeepsTheSiteAndItsFixBakesEverything() throws Exception {
        String before = read("webinaires/2021-01-13-sante.html");
        edit("templates/session.ftl", "<h1>${s.title}</h1>", "<h1>${s.titre}</h1>");

        BakeException failure = assertThrows(BakeException.class, () -> site.rebuild(Set.of(dir.resolve("templates/session.ftl"))));

        assertTrue(failure.problems().stream().anyMatch(p -> p.contains("session.ftl")), failure.problems().toString());
        assertEquals(before, read("webinaires/2021-01-13-sante.html"));

        edit("templates/session.ftl", "<h1>${s.titre}</h1>", "<h1 class=\"corrige\">${s.title}</h1>");
        LiveSite.Rebuild rebuild = site.rebuild(Set.of(dir.resolve("templates/session.ftl")));
        assertTrue(rebuild.describe().startsWith("site entier (templates/session.ftl)"), rebuild.describe());
        assertTrue(read("webinaires/2021-01-20-sport-jeux-olympiques.html").contains("<h1 class=\"corrige\">"));
    }

    @Test
    void aComponentInASubfolderIsNamedInItsMistakeAndItsFixShowsOnEveryPageThatUsesIt() throws Exception {
        String card = "templates/components/card.ftl";
        edit(card, "<a href=\"${href}\">${title}</a>", "<a href=\"${href}\">${titre}</a>");

        BakeException failure = assertThrows(BakeException.class, () -> site.rebuild(Set.of(dir.resolve(card))));
        assertTrue(failure.problems().stream().anyMatch(p -> p.contains("components/card.ftl")), failure.problems().toString());

        edit(card, "<a href=\"${href}\">${titre}</a>", "<a class=\"corrige\" href=\"${href}\">${title}</a>");
        LiveSite.Rebuild rebuild = site.rebuild(Set.of(dir.resolve(card)));
        assertTrue(rebuild.describe().startsWith("site entier (" + card + ")"), rebuild.describe());
        assertTrue(read("index.html").contains("<a class=\"corrige\" href=\"webinaires/2021-01-13-sante.html\">"));
        // Theme pages reuse each card they share (FragmentCache): none may keep the card of the previous bake.
        assertTrue(read("themes/sante.html").contains("<a class=\"corrige\" href=\"../webinaires/2021-01-13-sante.html\">"));
    }

    @Test
    void aDeletedSessionIsRefusedAndItsPageStays() throws Exception {
        Files.delete(dir.resolve(SANTE));

        BakeException failure = assertThrows(BakeException.class, () -> site.rebuild(Set.of(dir.resolve(SANTE))));

        assertTrue(failure.problems().stream().anyMatch(p -> p.startsWith("programme.lock:")), failure.problems().toString());
        assertTrue(Files.exists(page("webinaires/2021-01-13-sante.html")));
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = dir.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " should contain " + from);
        Files.writeString(path, from.isEmpty() ? to + text : text.replace(from, to), StandardCharsets.UTF_8);
    }

    private Path page(String path) {
        return dir.resolve("target/www").resolve(path);
    }

    private String read(String path) throws IOException {
        return Files.readString(page(path), StandardCharsets.UTF_8);
    }

    static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
