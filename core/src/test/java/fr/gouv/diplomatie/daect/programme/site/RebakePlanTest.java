package fr.gouv.diplomatie.daect.programme.site;

import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.site.SiteBuild.Sources;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.view.SitePaths;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the preview rebakes after a change, found by comparing the sources before and after it. */
class RebakePlanTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2021-03-12T09:00:00Z"), ZoneOffset.UTC);
    static final SitePaths PATHS = new SitePaths("https://example.org/webinaires/");

    @TempDir
    Path dir;
    Sources before;

    @BeforeEach
    void aProgrammeOfThreeSessionsAndAPage() throws Exception {
        write(SiteSettings.FILE_NAME, "site.host=https://example.org/webinaires/\nprogramme.timezone=Europe/Paris\ncontact.email=secretariat@example.org\n");
        write("tags.properties", "sante=Santé\nmaroc=Maroc\n");
        write("content/a-propos.md", "title=À propos\ntype=page\nstatus=published\n~~~~~~\nLe programme.\n");
        session("a", "2021-03-03", "tags=sante");
        session("b", "2021-03-17", "tags=sante,maroc");
        session("c", "2021-03-24", "tags=sante");
        before = sources();
    }

    @Test
    void aChangedBodyRendersThatPageAndItsCalendarOnly() throws Exception {
        session("b", "2021-03-17", "tags=sante,maroc", "Un paragraphe ajouté.");
        RebakePlan plan = RebakePlan.of(before, sources(), PATHS, Set.of(), assets(), Set.of());

        assertEquals(Set.of("b.md"), names(plan.change().pagesToRender()));
        assertEquals(Set.of("b.md"), names(plan.change().changedSources()));
        assertEquals(Set.of(uid("b")), plan.calendars());
        assertTrue(plan.programmeCalendar(), "the programme's calendar carries the session's text too");
        assertFalse(plan.change().tagPages(), "the lists show no body");
        assertFalse(plan.sitemap());
        assertTrue(plan.searchIndex(), "the index holds the session's text");
    }

    @Test
    void aPageThatIsNoSessionLeavesTheSearchIndexAlone() throws Exception {
        write("content/a-propos.md", "title=À propos\ntype=page\nstatus=published\n~~~~~~\nLe programme, autrement dit.\n");
        RebakePlan plan = RebakePlan.of(before, sources(), PATHS, Set.of(), assets(), Set.of());

        assertEquals(Set.of("a-propos.md"), names(plan.change().pagesToRender()));
        assertFalse(plan.searchIndex(), "only the session pages are indexed");
    }

    @Test
    void aNewTitleRendersTheNeighboursAndEveryListingPage() throws Exception {
        session("b", "2021-03-17", "tags=sante,maroc", "title=Un autre titre");
        RebakePlan plan = RebakePlan.of(before, sources(), PATHS, Set.of(), assets(), Set.of());

        assertEquals(Set.of("a.md", "b.md", "c.md", "a-propos.md"), names(plan.change().pagesToRender()));
        assertTrue(plan.change().tagPages());
        assertEquals(Set.of(uid("b")), plan.calendars());
        assertFalse(plan.sitemap(), "no page appeared or changed status");
    }

    @Test
    void nothingChangedMeansNothingToDo() throws Exception {
        RebakePlan plan = RebakePlan.of(before, sources(), PATHS, Set.of(), assets(), Set.of());

        assertEquals(Set.of(), plan.change().pagesToRender());
        assertEquals(Set.of(), plan.calendars());
        assertFalse(plan.programmeCalendar());
        assertFalse(plan.sitemap());
        assertFalse(plan.searchIndex());
        assertEquals(Set.of(), plan.change().deletedOutputs());
    }

    @Test
    void aDeletedSessionTakesItsCalendarAndItsLastTagsPageAlong() throws Exception {
        Files.delete(dir.resolve("content/webinaires/b.md"));
        RebakePlan plan = RebakePlan.of(before, sources(), PATHS, Set.of(), assets(), Set.of());

        assertEquals(Set.of("b.md"), names(plan.change().removedSources()));
        assertEquals(Set.of("webinaires/b.ics", PATHS.themePage("maroc")), plan.change().deletedOutputs());
        assertEquals(Set.of("a.md", "c.md", "a-propos.md"), names(plan.change().pagesToRender()));
        assertTrue(plan.programmeCalendar());
        assertTrue(plan.sitemap(), "a page is gone");
        assertTrue(plan.searchIndex(), "its page is no longer to be found");
    }

    @Test
    void aNewSessionIsIndexed() throws Exception {
        session("d", "2021-03-31", "tags=maroc");
        RebakePlan plan = RebakePlan.of(before, sources(), PATHS, Set.of(), assets(), Set.of());

        assertTrue(names(plan.change().pagesToRender()).contains("d.md"));
        assertTrue(plan.searchIndex());
    }

    @Test
    void aDraftLeavesTheSitemap() throws Exception {
        session("c", "2021-03-24", "tags=sante", "status=draft");
        RebakePlan plan = RebakePlan.of(before, sources(), PATHS, Set.of(), assets(), Set.of());

        assertTrue(plan.sitemap());
        assertTrue(plan.searchIndex(), "its page is no longer published");
    }

    @Test
    void theSessionThatBecomesPastIsRenderedAgainWithItsNeighbours() throws Exception {
        Sources later = sources(Clock.fixed(Instant.parse("2021-03-18T09:00:00Z"), ZoneOffset.UTC));
        RebakePlan plan = RebakePlan.of(before, later, PATHS, Set.of(), assets(), Set.of());

        assertTrue(names(plan.change().pagesToRender()).contains("b.md"), "b is past now");
        assertTrue(plan.change().tagPages(), "the lists show which sessions are past");
        assertEquals(Set.of(), plan.change().changedSources(), "no file changed");
    }

    @Test
    void aChangedDocumentRendersThePagesThatOfferIt() throws Exception {
        write("assets/documents/support.pdf", "%PDF-1.4");
        session("b", "2021-03-17", "tags=sante,maroc", "documents=[Support](./documents/support.pdf)");
        before = sources();
        RebakePlan plan = RebakePlan.of(before, sources(), PATHS, Set.of(dir.resolve("assets/documents/support.pdf")),
                assets(), Set.of());

        assertEquals(Set.of("b.md"), names(plan.change().pagesToRender()), "b's page shows the document's size");
        assertFalse(plan.change().tagPages());
        assertEquals(Set.of(), plan.calendars());
    }

    @Test
    void aPastSessionsPageIsRenderedAgainWhenTheSessionItAnnouncesChanges() throws Exception {
        // b is cancelled: a's page, over, announces c (Programme.nextAfter), which is not its neighbour.
        session("b", "2021-03-17", "tags=sante,maroc", "eventStatus=cancelled");
        before = sources();
        session("c", "2021-03-24", "tags=sante", "title=Un autre titre");
        RebakePlan plan = RebakePlan.of(before, sources(), PATHS, Set.of(), assets(), Set.of());

        assertTrue(names(plan.change().pagesToRender()).contains("a.md"), "a's page names c");
    }

    @Test
    void aSessionThatBeginsIsRenderedAgainWithTheListingPages() throws Exception {
        // b begins at 10:00 in Paris (09:00 UTC); registration closed the day before: neither past nor open, both times.
        Sources beforeItBegins = sources(Clock.fixed(Instant.parse("2021-03-17T08:30:00Z"), ZoneOffset.UTC));
        Sources whileItTakesPlace = sources(Clock.fixed(Instant.parse("2021-03-17T09:30:00Z"), ZoneOffset.UTC));
        RebakePlan plan = RebakePlan.of(beforeItBegins, whileItTakesPlace, PATHS, Set.of(), assets(), Set.of());

        assertTrue(names(plan.change().pagesToRender()).contains("b.md"), "its page is baked for its phase");
        assertTrue(names(plan.change().pagesToRender()).contains("a-propos.md"), "« En ce moment » and the next session");
        assertTrue(plan.change().tagPages());
    }

    private Path assets() {
        return dir.resolve("assets");
    }

    private Sources sources() throws Exception {
        return sources(CLOCK);
    }

    private Sources sources(Clock clock) throws Exception {
        try {
            return new SiteBuild(dir, dir.resolve("target/www"), SiteSettings.load(dir, Map.of()), clock, false, BuildLog.silent()).prepare();
        } catch (ValidationFailedException e) {
            throw new AssertionError(e.report().diagnostics().stream().map(Diagnostic::format).toList().toString(), e);
        }
    }

    private void session(String slug, String date, String... lines) throws IOException {
        StringBuilder header = new StringBuilder();
        Map<String, String> values = new java.util.LinkedHashMap<>(Map.of("title", "Session " + slug, "type", "session",
                "status", "published", "date", date, "start", "10:00", "end", "12:00", "uid", uid(slug).toString()));
        String body = "Présentation.\n";
        for (String line : lines) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.put(line.substring(0, equals), line.substring(equals + 1));
            } else {
                body = line + "\n";
            }
        }
        values.forEach((key, value) -> header.append(key).append('=').append(value).append('\n'));
        write("content/webinaires/" + slug + ".md", header + "~~~~~~\n" + body);
    }

    private static UUID uid(String slug) {
        return UUID.nameUUIDFromBytes(slug.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static Set<String> names(Set<Path> paths) {
        return paths.stream().map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
}
