package fr.gouv.diplomatie.daect.programme.site;

import fr.gouv.diplomatie.daect.programme.bake.BakeException;
import fr.gouv.diplomatie.daect.programme.bake.BakeReport;
import fr.gouv.diplomatie.daect.programme.bake.CrawledContent;
import fr.gouv.diplomatie.daect.programme.bake.SiteBaker;
import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.ContentFileReader;
import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.testing.RepositorySite;
import fr.gouv.diplomatie.daect.programme.validation.ValidationBenchmark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editors' build ({@code mvn package}) keeps from the previous site what did not change: after any of the week's
 * edits, the site it leaves must be, byte for byte, the one a full bake makes of the same files.
 */
class IncrementalBuildTest {

    private static final int EDITS = 10;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 8, 18})
    void afterEachEditTheBuildIsTheFullBake(long seed) throws Exception {
        RepositorySite.copyTo(dir);
        Random random = new Random(seed);
        List<String> done = new ArrayList<>();
        EditorEdits.MovingClock clock = new EditorEdits.MovingClock(EditorEdits.START);
        build(clock, "target/www", Map.of());
        for (int step = 0; step < EDITS; step++) {
            EditorEdits.Applied edit = EditorEdits.apply(dir, step, random, clock);
            try {
                build(clock, "target/www", Map.of());
                done.add(edit.name());
            } catch (ValidationFailedException | BakeException refused) {
                edit.undo();
                build(clock, "target/www", Map.of());
                done.add(edit.name() + " (refusée, annulée)");
            }
            build(clock, "target/full", Map.of(BuildKey.INCREMENTAL, "false"));
            assertEquals(LiveSiteTest.tree(dir.resolve("target/full")), LiveSiteTest.tree(dir.resolve("target/www")),
                    "seed " + seed + ", after: " + done);
        }
    }

    @Test
    void aSessionEditedRendersItsPagesAndKeepsTheOthers() throws Exception {
        RepositorySite.copyTo(dir);
        Clock clock = new EditorEdits.MovingClock(EditorEdits.START);
        BakeReport first = build(clock, "target/www", Map.of());
        assertFalse(first.stepFiles().containsKey(SiteBaker.KEPT), "the first build has nothing to keep");

        Path session = dir.resolve("content/webinaires/2021-01-13-sante.md");
        Files.writeString(session, Files.readString(session, StandardCharsets.UTF_8) + "\nUn paragraphe de plus.\n", StandardCharsets.UTF_8);
        List<String> log = new ArrayList<>();
        BakeReport second = build(clock, "target/www", Map.of(), log);

        int kept = second.stepFiles().getOrDefault(SiteBaker.KEPT, 0);
        assertTrue(kept > 10, "pages and calendars of the other sessions kept: " + second.stepFiles());
        assertTrue(Files.readString(dir.resolve("target/www/webinaires/2021-01-13-sante.html")).contains("Un paragraphe de plus."));
        // JBake reads again the edited file only: the others' documents come from the previous build's record.
        assertTrue(log.stream().anyMatch(line -> line.startsWith("Construction incrémentale : 1 fichier de contenu relu, 1 page refaite,")),
                String.join("\n", log));
    }

    /**
     * A hundred sessions in 2021 (four pages of thirty in the year's archive, two or more per theme): a renamed session
     * renders the few listing pages that show it, a session moved to June shifts every page after it, a month later every
     * page whose sessions went by; after each, the site is the full bake's.
     */
    @Test
    void aLargerProgrammeRendersTheListingPagesThatShowTheChange() throws Exception {
        RepositorySite.copyTo(dir);
        Path generated = dir.resolve("target/generated");
        ValidationBenchmark.generate(generated, 100);
        try (Stream<Path> sessions = Files.list(dir.resolve("content/webinaires"))) {
            for (Path session : sessions.toList()) {
                Files.delete(session);
            }
        }
        try (Stream<Path> sessions = Files.list(generated.resolve("content/webinaires"))) {
            for (Path session : sessions.toList()) {
                Files.copy(session, dir.resolve("content/webinaires").resolve(session.getFileName()));
            }
        }
        Files.deleteIfExists(dir.resolve("programme.lock"));
        EditorEdits.MovingClock clock = new EditorEdits.MovingClock(EditorEdits.START);
        List<String> log = new ArrayList<>();
        build(clock, "target/www", Map.of(), log);

        Path renamed = dir.resolve("content/webinaires/session-00040.md");
        Files.writeString(renamed, Files.readString(renamed, StandardCharsets.UTF_8).replaceFirst("(?m)^title=.*$", "title=Un titre revu"),
                StandardCharsets.UTF_8);
        assertSameAsFullBake(clock, log, "titre revu");
        String incremental = log.stream().filter(line -> line.startsWith("Construction incrémentale")).reduce((a, b) -> b).orElseThrow();
        int pages = Integer.parseInt(incremental.replaceAll("^Construction incrémentale : .*?(\\d+) pages? refaites?.*$", "$1"));
        // The session, its two neighbours, the pages without a session of their own (home, guide…), one year page
        // and one page of each of its two themes; not the dozens of listing pages of the programme.
        assertTrue(pages < 20, incremental);

        Path moved = dir.resolve("content/webinaires/session-00020.md");
        Files.writeString(moved, Files.readString(moved, StandardCharsets.UTF_8).replaceFirst("(?m)^date=.*$", "date=2021-06-30"),
                StandardCharsets.UTF_8);
        assertSameAsFullBake(clock, log, "séance reportée en juin");

        clock.now = clock.now.plus(java.time.Duration.ofDays(40));
        assertSameAsFullBake(clock, log, "quarante jours plus tard");
    }

    private void assertSameAsFullBake(Clock clock, List<String> log, String after) throws Exception {
        build(clock, "target/www", Map.of(), log);
        build(clock, "target/full", Map.of(BuildKey.INCREMENTAL, "false"), List.of());
        assertEquals(LiveSiteTest.tree(dir.resolve("target/full")), LiveSiteTest.tree(dir.resolve("target/www")), after);
    }

    @Test
    void theRecordOfABakeReadsBackIntoTheSameSources() throws Exception {
        RepositorySite.copyTo(dir);
        SiteSettings settings = SiteSettings.load(dir, Map.of());
        SiteBuild build = new SiteBuild(dir, dir.resolve("target/www"), settings, new EditorEdits.MovingClock(EditorEdits.START), false,
                BuildLog.silent());
        SiteBuild.Sources valid = build.prepare(new ContentFileReader(dir).readAll(dir.resolve("content")));
        // Files the validation would refuse read back the same too: no header, no separator, other line breaks.
        ContentFileReader reader = new ContentFileReader(dir);
        List<ContentFile> files = new ArrayList<>(valid.files());
        files.add(reader.parse(dir.resolve("content/sans-entete.md"), "~~~~~~\r\nUn texte\r\n\r\n sans en-tête  \n".getBytes(StandardCharsets.UTF_8)));
        files.add(reader.parse(dir.resolve("content/sans-separateur.md"), "\ntitle=Rien\n  \n".getBytes(StandardCharsets.UTF_8)));
        SiteBuild.Sources sources = new SiteBuild.Sources(files, valid.report(), valid.programme(), valid.lock());
        Files.createDirectories(dir.resolve("target/www"));
        PreviousBake.record(dir.resolve("target/www"), "clé", sources, CrawledContent.NONE);

        PreviousBake read = PreviousBake.read(dir.resolve("target/www"), "clé", new ContentFileReader(dir), List.of()).orElseThrow();
        assertEquals(sources.files(), read.files());
        assertEquals(sources.programme().now(), read.now());
        assertEquals(sources.lock().lock().format(), read.lock().format());
        assertEquals(RebakePlan.listing(sources.programme()), RebakePlan.listing(read.sources(settings).programme()));
        assertTrue(PreviousBake.read(dir.resolve("target/www"), "autre clé", new ContentFileReader(dir), List.of()).isEmpty());
        // A file unchanged since is the current one; a changed one reads back as it was.
        List<ContentFile> edited = new ArrayList<>(files);
        edited.set(0, reader.parse(files.get(0).path(), "title=Changé\n~~~~~~\n".getBytes(StandardCharsets.UTF_8)));
        PreviousBake again = PreviousBake.read(dir.resolve("target/www"), "clé", reader, edited).orElseThrow();
        assertEquals(sources.files(), again.files());
        assertTrue(again.files().get(1) == edited.get(1), "an unchanged file is not parsed again");
    }

    @Test
    void aSettingChangedOrTheStateLostMeansAFullBake() throws Exception {
        RepositorySite.copyTo(dir);
        Clock clock = new EditorEdits.MovingClock(EditorEdits.START);
        build(clock, "target/www", Map.of());
        assertTrue(build(clock, "target/www", Map.of()).stepFiles().containsKey(SiteBaker.KEPT));
        assertFalse(build(clock, "target/www", Map.of("site.name", "Autre nom")).stepFiles().containsKey(SiteBaker.KEPT),
                "a setting changes every page");
        Files.delete(PreviousBake.fileFor(dir.resolve("target/www")));
        assertFalse(build(clock, "target/www", Map.of("site.name", "Autre nom")).stepFiles().containsKey(SiteBaker.KEPT),
                "without the record of the previous bake");
        assertFalse(build(clock, "target/www", Map.of(BuildKey.INCREMENTAL, "false")).stepFiles().containsKey(SiteBaker.KEPT));
    }

    @Test
    void afterThePreviewTheNextBuildIsAFullOne() throws Exception {
        RepositorySite.copyTo(dir);
        Clock clock = new EditorEdits.MovingClock(EditorEdits.START);
        build(clock, "target/www", Map.of());
        // The preview bakes into the same folder, then changes it in place: its pages are not the record's.
        try (LiveSite preview = new LiveSite(dir, dir.resolve("target/www"), () -> SiteSettings.load(dir, Map.of()), clock, false,
                BuildLog.silent())) {
            preview.rebuild(java.util.Set.of());
        }
        assertFalse(Files.exists(PreviousBake.fileFor(dir.resolve("target/www"))));
        assertFalse(build(clock, "target/www", Map.of()).stepFiles().containsKey(SiteBaker.KEPT));
        assertTrue(build(clock, "target/www", Map.of()).stepFiles().containsKey(SiteBaker.KEPT));
    }

    /**
     * A page of the previous site deleted, or edited in place by a tool (kept files are shared with the new site): the
     * next build makes every page again, says why, and does not carry the edit over.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aPageMissingOrChangedInPlaceSinceTheBuildMeansAFullBake(boolean changedInPlace) throws Exception {
        RepositorySite.copyTo(dir);
        Clock clock = new EditorEdits.MovingClock(EditorEdits.START);
        build(clock, "target/www", Map.of());
        Path page = dir.resolve("target/www/webinaires/2021-01-13-sante.html");
        String baked = Files.readString(page);
        if (changedInPlace) {
            Files.writeString(page, baked.replace("</main>", "<p>Ajouté à la main</p></main>"));
            Files.setLastModifiedTime(page, java.nio.file.attribute.FileTime.from(java.time.Instant.now().plusSeconds(5)));
        } else {
            Files.delete(page);
        }
        List<String> log = new ArrayList<>();
        BakeReport report = build(clock, "target/www", Map.of(), log);
        assertFalse(report.stepFiles().containsKey(SiteBaker.KEPT), "every page made again");
        assertEquals(baked, Files.readString(page));
        String why = "2021-01-13-sante.html" + (changedInPlace ? " : modifié depuis la construction précédente" : ": absent du site précédent");
        assertTrue(log.stream().anyMatch(line -> line.startsWith("Le site précédent ne peut pas être repris (") && line.contains(why)),
                String.join("\n", log));
    }

    private BakeReport build(Clock clock, String output, Map<String, String> commandLine) throws Exception {
        return build(clock, output, commandLine, new ArrayList<>());
    }

    private BakeReport build(Clock clock, String output, Map<String, String> commandLine, List<String> log) throws Exception {
        return new SiteBuild(dir, dir.resolve(output), SiteSettings.load(dir, commandLine), clock, false, BuildLog.to(log::add))
                .withoutFrontEnd().bake(null);
    }
}
