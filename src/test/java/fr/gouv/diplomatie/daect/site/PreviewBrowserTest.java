package fr.gouv.diplomatie.daect.site;

import fr.gouv.diplomatie.daect.programme.preview.LivePreview;
import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.site.browser.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The live preview in headless Chromium, over a copy of this repository's site: an open page reloads
 * by itself after a save, a mistake shows the error overlay over it (visible, focused, with the
 * build's lines), and the fix clears it — also on the registration page and its strict
 * Content-Security-Policy; the search page finds a session added while previewing, and once it is
 * deleted, neither the search nor its pages know it any more.
 */
class PreviewBrowserTest {

    static final String SANTE = "content/webinaires/2021-01-13-sante.md";
    static final Pattern RECORD_URL = Pattern.compile("\"url\":\"([^\"]*)\"");

    private ProjectCopy copy;
    private Path site;
    private final List<String> terminal = new CopyOnWriteArrayList<>();
    private LivePreview preview;
    private Browser browser;

    @BeforeEach
    void start() throws Exception {
        // Pagefind installed, as in a real preview: the search index follows the saves (the DSFR is not shipped).
        copy = new ProjectCopy("apercu").withFrontEndPackages();
        site = copy.dir().resolveSibling("www");
        preview = LivePreview.start(new LivePreview.Options(copy.dir(), site,
                () -> SiteSettings.load(copy.dir(), Map.of()), Clock.systemUTC(), false, 0,
                copy.dir().resolveSibling("inscriptions.jsonl")), BuildLog.to(terminal::add));
        browser = Browser.withJavaScript();
    }

    @AfterEach
    void stop() {
        browser.close();
        preview.close();
    }

    @Test
    void aSavedFileReloadsTheOpenPage() {
        browser.open(preview.url() + "webinaires/2021-01-13-sante");
        assertEquals("La santé", browser.find("h1").getText());

        copy.edit(SANTE, text -> text.replace("title=La santé", "title=La santé mondiale"));

        browser.waitFor(driver -> browser.find("h1").getText().equals("La santé mondiale"));
    }

    @Test
    void aMistakeShowsOverThePageFocusedAndItsFixClearsIt() {
        browser.open(preview.url() + "webinaires/2021-01-13-sante");
        assertTrue(browser.findAll("#apercu-erreurs").isEmpty());

        copy.edit(SANTE, text -> text.replace("date=2021-01-13", "date=2021-13-01"));

        WebElement overlay = browser.waitFor(driver -> {
            List<WebElement> found = driver.findElements(By.id("apercu-erreurs"));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
        assertEquals("fixed", overlay.getCssValue("position"), "the overlay's stylesheet is loaded");
        assertEquals(((Number) browser.script("return document.documentElement.clientWidth")).intValue(), overlay.getSize().getWidth(),
                "over the whole page");
        assertEquals("alert", overlay.getAttribute("role"));
        assertEquals("apercu-erreurs", browser.focusedId(), "the keyboard focus is on the errors");
        assertTrue(overlay.getText().contains(SANTE + ":4: erreur: `date=2021-13-01`"), overlay.getText());
        assertEquals("La santé", browser.find("main h1").getText(), "the last good page is still shown below");

        browser.find(".apercu-erreurs__masquer").click();
        assertFalse(overlay.isDisplayed());

        copy.edit(SANTE, text -> text.replace("date=2021-13-01", "date=2021-01-14"));
        browser.waitFor(driver -> driver.findElements(By.id("apercu-erreurs")).isEmpty()
                && driver.findElement(By.tagName("main")).getText().contains("Jeudi 14 janvier 2021"));
    }

    @Test
    void theRegistrationPageReloadsAndShowsTheOverlayUnderItsContentSecurityPolicy() {
        browser.open(preview.url() + "inscription");
        assertTrue(browser.cspViolations().isEmpty());

        copy.edit(SANTE, text -> text.replace("start=10:00", "start=10h00"));

        WebElement overlay = browser.waitFor(driver -> {
            List<WebElement> found = driver.findElements(By.id("apercu-erreurs"));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
        assertEquals("fixed", overlay.getCssValue("position"));
        assertEquals(List.of(), browser.cspViolations(), "the preview's script and stylesheet are the site's own files");
    }

    @Test
    void aSessionAddedWhilePreviewingIsFoundByTheSearchAndOnceDeletedItsPagesAndItsRecordAreGone() throws Exception {
        String page = "webinaires/2023-03-08-jumelages-arctiques.html";
        Path file = copy.dir().resolve("content/webinaires/2023-03-08-jumelages-arctiques.md");
        String lock = Files.readString(copy.dir().resolve("programme.lock"), StandardCharsets.UTF_8);

        // A visitor's search page, open since before the change: its index is then replaced under it.
        Browser visitor = Browser.withJavaScript();
        try {
            visitor.open(preview.url() + "recherche.html?q=sant%C3%A9");
            visitor.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-search-status]"), "trouvé"));

            addSessionAndFindIt(page, file, visitor);
        } finally {
            visitor.close();
        }

        // Deleted with programme.lock as it was before (git checkout -- programme.lock): as if it had never been published.
        Files.writeString(copy.dir().resolve("programme.lock"), lock, StandardCharsets.UTF_8);
        Files.delete(file);

        awaitIndexed(page, false);
        assertFalse(Files.exists(site.resolve(page)), "its page");
        assertFalse(Files.exists(site.resolve("webinaires/2023-03-08-jumelages-arctiques.ics")), "its calendar");
        assertFalse(Files.exists(site.resolve("archives/2023.html")), "the archive page of a year without sessions");
        assertTrue(Files.exists(site.resolve("archives/2021.html")));
    }

    private void addSessionAndFindIt(String page, Path file, Browser visitor) throws Exception {
        Files.writeString(file, String.join("\n", "title=Les jumelages arctiques", "type=session", "status=published",
                "date=2023-03-08", "start=10:00", "end=12:00", "uid=5d1c7f0e-3b2a-4c9d-8e6f-1a2b3c4d5e6f", "tags=jeunesse",
                "~~~~~~", "Un webinaire ajouté pendant l'aperçu.", ""), StandardCharsets.UTF_8);

        awaitIndexed(page, true);
        assertTrue(Files.exists(site.resolve("archives/2023.html")), "its year's archive page, a page of its own");
        browser.open(preview.url() + "recherche.html?q=arctiques");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-search-status]"), "trouvé"));
        assertEquals(List.of("Les jumelages arctiques"),
                browser.findAll("[data-search-results] li h2 a").stream().map(WebElement::getText).toList());

        // The page opened before: its next search, without reloading, asks the index as it is now.
        WebElement field = visitor.find("[data-search] input[name=q]");
        field.clear();
        field.sendKeys("arctiques", Keys.ENTER);
        visitor.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-search-status]"), "pour « arctiques »"));
        assertEquals("1 webinaire trouvé pour « arctiques ».", visitor.find("[data-search-status]").getText());
        assertEquals(List.of("Les jumelages arctiques"),
                visitor.findAll("[data-search-results] li h2 a").stream().map(WebElement::getText).toList());
        List<String> years = visitor.findAll("select[data-search-filter=year] option").stream().map(option -> option.getDomProperty("value")).toList();
        assertTrue(years.contains("2023") && years.size() == years.stream().distinct().count(), "the new index's years, each once: " + years);
        assertEquals(List.of(), visitor.cspViolations());
    }

    /** Waits until the served search index has (or no longer has) a record of {@code page}; the index is rebuilt a moment after the pages. */
    private void awaitIndexed(String page, boolean indexed) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (indexedPages().contains("/" + page) != indexed) {
            if (System.nanoTime() > deadline) {
                fail(page + (indexed ? " is not in the search index: " : " is still in the search index: ") + indexedPages()
                        + "\nterminal: " + terminal);
            }
            Thread.sleep(200);
        }
    }

    /** The page of each record of the served index (Pagefind's fragments: gzip, a signature, then JSON). */
    private List<String> indexedPages() throws IOException {
        Path fragments = site.resolve("pagefind/fragment");
        if (!Files.isDirectory(fragments)) {
            return List.of();
        }
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(fragments)) {
            for (Path fragment : files.toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(fragment))) {
                    Matcher url = RECORD_URL.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    if (url.find()) {
                        pages.add(url.group(1));
                    }
                } catch (NoSuchFileException e) {
                    return indexedPages(); // the index was being replaced: read the new one
                }
            }
        } catch (NoSuchFileException e) {
            return indexedPages();
        }
        return pages;
    }
}
