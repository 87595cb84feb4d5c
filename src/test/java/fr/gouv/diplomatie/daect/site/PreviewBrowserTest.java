package fr.gouv.diplomatie.daect.site;

import fr.gouv.diplomatie.daect.programme.preview.LivePreview;
import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.site.browser.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live preview in headless Chromium, over a copy of this repository's site: an open page reloads
 * by itself after a save, a mistake shows the error overlay over it (visible, focused, with the
 * build's lines), and the fix clears it — also on the registration page and its strict
 * Content-Security-Policy.
 */
class PreviewBrowserTest {

    static final String SANTE = "content/webinaires/2021-01-13-sante.md";

    private ProjectCopy copy;
    private LivePreview preview;
    private Browser browser;

    @BeforeEach
    void start() throws Exception {
        copy = new ProjectCopy("apercu");
        preview = LivePreview.start(new LivePreview.Options(copy.dir(), copy.dir().resolveSibling("www"),
                () -> SiteSettings.load(copy.dir(), Map.of()), Clock.systemUTC(), false, 0,
                copy.dir().resolveSibling("inscriptions.jsonl")), new Silent());
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

    private static final class Silent implements BuildLog {

        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }

        @Override
        public void error(String message) {
        }
    }
}
