package fr.gouv.diplomatie.daect.programme.bake;

import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.site.ValidatedContent;
import fr.gouv.diplomatie.daect.programme.site.SiteBuild;
import fr.gouv.diplomatie.daect.programme.site.ValidationFailedException;
import fr.gouv.diplomatie.daect.programme.testing.SampleProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteBakerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-10-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private SiteBuild build(SampleProject project, Map<String, String> commandLine) {
        return new SiteBuild(project.dir(), project.output(), SiteSettings.load(project.dir(), commandLine), CLOCK, false, BuildLog.silent())
                .withoutFrontEnd();
    }

    @Test
    void bakesTheHomePageAndOnePagePerSession() throws Exception {
        SampleProject project = SampleProject.create(dir);
        BakeReport report = build(project, Map.of()).bake();

        String home = read(project.output().resolve("index.html"));
        assertTrue(home.contains("Le Maroc — Lundi 26 octobre 2020, de 14\u00a0h\u00a000 à 16\u00a0h\u00a000"), home);
        String session = read(project.output().resolve("webinaires/2020-10-26-maroc.html"));
        assertTrue(session.contains("<h1>Le Maroc</h1>"), session);
        assertFalse(session.contains("uid="), "an empty body must not show the header: " + session);
        assertEquals(2, report.pages());
        assertTrue(report.summary().contains("2 pages HTML"), report.summary());
    }

    @Test
    void theBakeTakesUpTheValidatedContentOnlyIfNothingChangedSince() throws Exception {
        SampleProject project = SampleProject.create(dir);
        java.util.List<String> log = new java.util.ArrayList<>();
        SiteBuild build = new SiteBuild(project.dir(), project.output(), SiteSettings.load(project.dir(), Map.of()), CLOCK, false, BuildLog.to(log::add))
                .withoutFrontEnd();
        ValidatedContent validated = build.validate();

        build.bake(validated);
        assertTrue(log.contains("Les " + validated.files().size() + " fichiers vérifiés à l'étape précédente n'ont pas changé : ils ne sont pas relus."),
                log.toString());

        log.clear();
        project.write("content/webinaires/2020-10-26-maroc.md", read(project.dir().resolve("content/webinaires/2020-10-26-maroc.md"))
                .replace("start=14:00", "start=17:00"));
        ValidationFailedException failure = assertThrows(ValidationFailedException.class, () -> build.bake(validated),
                "a file changed after the validation: validated again, and the new error found");
        assertTrue(failure.report().diagnostics().stream().anyMatch(d -> d.format().contains("2020-10-26-maroc.md")), failure.report().toString());
        assertFalse(log.stream().anyMatch(line -> line.startsWith("Contenu inchangé")), log.toString());
    }

    @Test
    void aDraftSessionIsNotPublished() throws Exception {
        SampleProject project = SampleProject.create(dir);
        project.write("content/webinaires/2021-03-10-brouillon.md", SampleProject.session("En préparation", "2021-03-10", "10:00", "12:00",
                "0b9d2c8e-7f1a-4c3b-9e5d-6a7f8b9c0d1e").replace("status=published", "status=draft"));

        BakeReport report = build(project, Map.of()).bake();

        assertEquals(2, report.pages(), report.summary());
        try (Stream<Path> files = Files.walk(project.output())) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("brouillon")), "no page, no calendar for a draft");
        }
        assertFalse(read(project.output().resolve("index.html")).contains("En préparation"));
    }

    @Test
    void aTemplateErrorFailsNamingTheSourceAndTemplateAndKeepsThePreviousSite() throws Exception {
        SampleProject project = SampleProject.create(dir);
        Files.createDirectories(project.output());
        Files.writeString(project.output().resolve("previous.html"), "previous site");
        project.write("content/webinaires/2021-03-10-sante.md", SampleProject.session("La santé", "2021-03-10", "10:00", "12:00",
                "0b9d2c8e-7f1a-4c3b-9e5d-6a7f8b9c0d1e"));
        project.write("templates/session.ftl", "<#ftl output_format=\"HTML\">${session.noSuchProperty}\n");

        BakeException failure = assertThrows(BakeException.class, () -> build(project, Map.of()).bake());

        List<String> templateErrors = failure.problems().stream().filter(p -> p.contains("session.ftl")).toList();
        assertEquals(1, templateErrors.size(), "once, not once per session page: " + failure.problems());
        assertTrue(templateErrors.get(0).matches("(?s)content/webinaires/\\S+\\.md : erreur dans le gabarit session\\.ftl : .*session\\.noSuchProperty.*"
                + "\\(la même erreur pour 2 pages\\)"), templateErrors.get(0));
        assertEquals("previous site", read(project.output().resolve("previous.html")));
        assertFalse(Files.exists(project.output().resolve("index.html")), "nothing of the failed bake may be left");
        assertFalse(Files.exists(dir.resolve("target/www.tmp")));
    }

    @Test
    void rendersATagPageForEachTagAndNamesTheTemplateOfAFailingOne() throws Exception {
        SampleProject project = SampleProject.create(dir);
        project.write("jbake.properties", read(project.dir().resolve("jbake.properties")).replace("render.tags=false", "render.tags=true")
                + "template.tag.file=tag.ftl\n");
        project.write("tags.properties", "sante=Santé\nmaroc=Maroc\n");
        project.write("content/webinaires/2020-10-26-maroc.md", SampleProject.session("Le Maroc", "2020-10-26", "14:00", "16:00",
                "8758bf3a-9689-4087-86d8-c5c343fe098b").replace("~~~~~~", "tags=sante, maroc\n~~~~~~"));
        project.write("templates/tag.ftl", "<#ftl output_format=\"HTML\"><h1>${theme.label}</h1>"
                + "<p>${programme.listingOf(theme).sizeLabel}</p>\n");

        build(project, Map.of()).bake();

        assertTrue(read(project.output().resolve("themes/sante.html")).startsWith("<h1>Santé</h1><p>1 webinaire"),
                read(project.output().resolve("themes/sante.html")));
        assertTrue(read(project.output().resolve("themes/maroc.html")).startsWith("<h1>Maroc</h1>"));

        project.write("templates/tag.ftl", "<#ftl output_format=\"HTML\">${theme.noSuchProperty}\n");
        BakeException failure = assertThrows(BakeException.class, () -> build(project, Map.of()).bake());

        assertTrue(failure.problems().stream().anyMatch(p -> p.startsWith("erreur dans le gabarit tag.ftl") && p.contains("theme.noSuchProperty")),
                failure.problems().toString());
        assertEquals(1, failure.problems().stream().filter(p -> p.contains("tag.ftl")).count(), "once, not once per theme page: " + failure.problems());
        assertTrue(failure.problems().get(0).endsWith("(la même erreur pour 2 pages)"), failure.problems().toString());
    }

    @Test
    void aMissingTemplateFailsNamingTheContentFile() {
        SampleProject project = SampleProject.create(dir);
        project.write("jbake.properties", read(project.dir().resolve("jbake.properties"))
                .replace("template.session.file=session.ftl", "template.session.file=absent.ftl"));

        BakeException failure = assertThrows(BakeException.class, () -> build(project, Map.of()).bake());

        assertTrue(failure.problems().stream().anyMatch(p -> p.contains("content/webinaires/2020-10-26-maroc.md")),
                failure.problems().toString());
    }

    @Test
    void aFileJBakeWouldSkipFailsTheBakeWithItsName() {
        SampleProject project = SampleProject.create(dir);
        // A type with no template: JBake only logs a warning and leaves the page out.
        project.write("content/brouillon.md", "title=Brouillon\ntype=billet\nstatus=published\n~~~~~~\nTexte.\n");

        BakeException failure = assertThrows(BakeException.class,
                () -> new SiteBaker(project.dir(), project.output(), SiteSettings.load(project.dir(), Map.of()))
                        .bake(new fr.gouv.diplomatie.daect.programme.view.ProgrammeView(
                                        new fr.gouv.diplomatie.daect.programme.programme.Programme(java.util.List.of(), CLOCK.instant()),
                                        new fr.gouv.diplomatie.daect.programme.view.SitePaths()),
                                new fr.gouv.diplomatie.daect.programme.content.ContentFileReader(project.dir()).readAll(project.dir().resolve("content")),
                                java.util.List.of()));

        assertTrue(failure.problems().stream().anyMatch(p -> p.startsWith("content/brouillon.md : ignoré par JBake")),
                failure.problems().toString());
    }

    @Test
    void commandLineValuesOverrideTheSettingsFile() throws Exception {
        SampleProject project = SampleProject.create(dir);
        project.write("templates/home.ftl", "<#ftl output_format=\"HTML\"><p>${settings.site_name}</p>\n");

        build(project, Map.of("site.name", "Nom de la ligne de commande")).bake();

        assertTrue(read(project.output().resolve("index.html")).contains("Nom de la ligne de commande"));
    }

    @Test
    void templatesReadJBakesVariablesBesideOurs() throws Exception {
        SampleProject project = SampleProject.create(dir);
        project.write("templates/home.ftl", "<#ftl output_format=\"HTML\"><p>${published_sessions?size} ${db.getDocumentCount(\"session\")}"
                + " ${config.site_host} ${version?has_content?c} ${content.title} ${settings.site_name} [${root}]</p>\n");

        build(project, Map.of("site.name", "Nom")).bake();

        String home = read(project.output().resolve("index.html"));
        assertEquals("<p>1 1 https://example.org/ true Accueil Nom []</p>\n", home);
    }

    @Test
    void onOneThreadTheBakeMakesTheSameSite() throws Exception {
        SampleProject parallel = SampleProject.create(dir.resolve("parallele"));
        build(parallel, Map.of()).bake();
        SampleProject single = SampleProject.create(dir.resolve("un-fil"));
        build(single, Map.of(Workers.THREADS, "1")).bake();

        assertEquals(tree(parallel.output()), tree(single.output()));
    }

    @Test
    void theSamePagesWhateverTheMachineTimeZoneAndLocale() throws Exception {
        Map<String, String> paris = bakeIn("Europe/Paris", Locale.FRANCE);
        Map<String, String> tokyo = bakeIn("Asia/Tokyo", Locale.US);
        Map<String, String> newYork = bakeIn("America/New_York", Locale.ROOT);

        assertTrue(paris.get("webinaires/2020-10-26-maroc.html").contains("JBake: 2020-10-26"), paris.toString());
        assertEquals(paris, tokyo);
        assertEquals(paris, newYork);
    }

    private Map<String, String> bakeIn(String zone, Locale locale) throws Exception {
        TimeZone previousZone = TimeZone.getDefault();
        Locale previousLocale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            Locale.setDefault(locale);
            SampleProject project = SampleProject.create(dir.resolve(zone.replace('/', '-')));
            build(project, Map.of()).bake();
            return tree(project.output());
        } finally {
            TimeZone.setDefault(previousZone);
            Locale.setDefault(previousLocale);
        }
    }

    private static Map<String, String> tree(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), read(file));
            }
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
