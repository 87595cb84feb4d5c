package fr.gouv.diplomatie.daect.site;

import fr.gouv.diplomatie.daect.programme.preview.PreviewServer;
import fr.gouv.diplomatie.daect.site.browser.Browser;
import fr.gouv.diplomatie.daect.site.browser.TestSite;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** axe-core, in headless Chromium, finds no violation on any page of the site. */
class AccessibilityTest {

    @Test
    void noPageHasAnAxeViolationWhileRegistrationIsOpen() throws Exception {
        TestSite site = TestSite.external();
        // On the morning it was baked: by today's clock, the pages' scripts would find every session over.
        assertEquals(List.of(), violations(site.siteDir(), site::url, Browser.withJavaScript().withClockAt(TestSite.VISIT)));
    }

    @Test
    void noPageHasAnAxeViolationOnceTheProgrammeIsOver() throws Exception {
        // The project's own bake: every session past, no form on the registration page.
        try (PreviewServer server = PreviewServer.bind(0).serveSite(BakedSite.dir()).start()) {
            assertEquals(List.of(), violations(BakedSite.dir(), page -> "http://127.0.0.1:" + server.port() + "/" + page, Browser.withJavaScript()));
        }
    }

    private static List<String> violations(Path root, Function<String, String> url, Browser opened) {
        List<String> pages = pages(root);
        assertTrue(pages.size() > 15, pages.toString());
        List<String> violations = new ArrayList<>();
        try (Browser browser = opened) {
            for (String page : pages) {
                browser.open(url.apply(page));
                browser.axeViolations().forEach(violation -> violations.add(page + " : " + violation));
            }
        }
        return violations;
    }

    private static List<String> pages(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> root.relativize(f).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
