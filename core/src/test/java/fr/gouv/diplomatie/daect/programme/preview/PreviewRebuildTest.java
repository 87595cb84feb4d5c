package fr.gouv.diplomatie.daect.programme.preview;

import fr.gouv.diplomatie.daect.programme.testing.RecordedLog;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.site.LiveSite;
import fr.gouv.diplomatie.daect.programme.testing.RepositorySite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the preview shows after a save, over a copy of this repository's site: each rebuild is run
 * here, on the test's thread, and the page read as the preview serves it, so that no test waits
 * for a watcher, a thread or a port ({@link LivePreviewTest} runs the whole chain once).
 */
class PreviewRebuildTest {

    private static final String SANTE = LivePreviewTest.SANTE;

    @TempDir
    Path dir;
    private final List<String> terminal = new CopyOnWriteArrayList<>();
    private final BuildStatus status = new BuildStatus();
    private final PreviewPages pages = new PreviewPages(status);
    private LiveSite site;
    private SiteRebuilder rebuilder;

    @BeforeEach
    void firstBuild() throws IOException {
        RepositorySite.copyTo(dir);
        site = new LiveSite(dir, dir.resolve("target/www"), () -> SiteSettings.load(dir, Map.of()), LivePreviewTest.CLOCK, false,
                new RecordedLog(terminal));
        rebuilder = new SiteRebuilder(site, new RecordedLog(terminal));
        status.publish(rebuilder.rebuild(Set.of()));
    }

    @AfterEach
    void close() {
        site.close();
    }

    /** Saves the change, and rebuilds as the preview does once the watcher reports it. */
    private void save(String file, String from, String to) throws IOException {
        Path path = dir.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " should contain " + from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
        status.publish(rebuilder.rebuild(Set.of(path.toAbsolutePath().normalize())));
    }

    /** The page at {@code address} as the preview serves it. */
    private String served(String address) throws IOException {
        return pages.apply(Files.readString(dir.resolve("target/www").resolve(address + ".html"), StandardCharsets.UTF_8));
    }

    @Test
    void theLiveReloadScriptIsInTheServedPagesOnly() throws Exception {
        String served = served("inscription");
        assertTrue(served.contains("<script src=\"/_apercu/apercu.js\" data-build=\"" + status.id() + "\" defer></script></head>"), served);

        try (Stream<Path> baked = Files.walk(dir.resolve("target/www"))) {
            for (Path page : baked.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertFalse(Files.readString(page).contains("_apercu"), page + " must not carry the preview's script");
            }
        }
    }

    @Test
    void aMistakeShowsTheErrorsOverTheLastGoodSiteUntilItIsFixed() throws Exception {
        save(SANTE, "date=2021-01-13", "date=2021-13-01");
        String page = served("webinaires/2021-01-13-sante");

        assertTrue(page.contains("role=\"alert\""), page);
        assertTrue(page.contains("<h1>La santé</h1>"), "the last good page is still served");
        String overlay = page.substring(page.indexOf("<div id=\"apercu-erreurs\""), page.indexOf("</div></div>", page.indexOf("apercu-erreurs")));
        assertTrue(overlay.contains("tabindex=\"-1\""), overlay);
        assertTrue(overlay.contains("<strong>Champ « Date » :</strong> <code>" + SANTE + ":4: erreur: "), "the field is named: " + overlay);
        assertTrue(terminal.stream().anyMatch(l -> l.startsWith("ERROR " + SANTE + ":4: erreur: ")), terminal.toString());
        assertTrue(served("guide").contains("apercu-erreurs"), "over every page");
        assertTrue(served("404").contains("apercu-erreurs"), "the 404 page too");

        save(SANTE, "date=2021-13-01", "date=2021-01-14");
        String fixed = served("webinaires/2021-01-13-sante");
        assertFalse(fixed.contains("apercu-erreurs\""), fixed);
        assertTrue(fixed.contains("Jeudi 14 janvier 2021"), fixed);
    }

    @Test
    void aTemplateMistakeShowsTooAndItsFixClearsIt() throws Exception {
        save("templates/session.ftl", "<h1>${s.title}</h1>", "<h1>${s.titre}</h1>");
        String page = served("webinaires/2021-01-13-sante");
        assertTrue(page.contains("role=\"alert\""), page);
        assertTrue(page.contains("session.ftl"), page);
        assertTrue(page.contains("<h1>La santé</h1>"));

        save("templates/session.ftl", "<h1>${s.titre}</h1>", "<h1 class=\"corrige\">${s.title}</h1>");
        String fixed = served("webinaires/2021-01-13-sante");
        assertTrue(fixed.contains("<h1 class=\"corrige\">La santé</h1>"), fixed);
        assertFalse(fixed.contains("role=\"alert\""), fixed);
    }
}
