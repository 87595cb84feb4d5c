package fr.gouv.diplomatie.daect.site.programme;

import fr.gouv.diplomatie.daect.site.browser.Browser;
import fr.gouv.diplomatie.daect.site.browser.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search of the programme's site, in a real browser: the header's search bar leads to the search page, which
 * finds sessions by the words of their title and by their theme (in French, with its date and themes), without
 * loading the index before the visitor searches and within the pages' security policy; without JavaScript the search
 * bar leads to the archives.
 */
class SearchBrowserTest {

    private static TestSite site;
    private Browser browser;

    @BeforeAll
    static void bake() throws Exception {
        site = TestSite.external();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private void searchFromTheHeader(String words) {
        WebElement field = browser.find("#recherche-entete");
        browser.leaveBy(() -> field.sendKeys(words, Keys.ENTER));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-search-status]"), "trouvé"));
    }

    private List<String> results() {
        return browser.findAll("[data-search-results] li h2 a").stream().map(WebElement::getText).toList();
    }

    @Test
    void theHeadersSearchBarFindsASessionByTheWordsOfItsTitle() {
        browser = Browser.withJavaScript().withClockAt(TestSite.VISIT);
        browser.open(site.url("guide.html"));
        assertEquals(0L, browser.script("return performance.getEntriesByType('resource').filter(e => e.name.includes('pagefind')).length"),
                "nothing of the index loads before the visitor searches");

        searchFromTheHeader("jeux olympiques");

        assertTrue(browser.driver().getCurrentUrl().contains("recherche.html?q=jeux+olympiques"), browser.driver().getCurrentUrl());
        assertEquals(List.of("Développer des coopérations en matière de sport dans la perspective des Jeux olympiques et paralympiques de 2024"), results());
        String result = browser.find("[data-search-results] li").getText();
        assertTrue(result.toLowerCase().contains("mercredi 20 janvier 2021") && result.contains("Sport"), "date and theme: " + result);
        assertEquals("1 webinaire trouvé pour « jeux olympiques ».", browser.find("[data-search-status]").getText());
        assertEquals("status", browser.find("[data-search-status]").getDomAttribute("role"));

        browser.follow("[data-search-results] li h2 a");
        assertTrue(browser.driver().getCurrentUrl().endsWith("webinaires/2021-01-20-sport-jeux-olympiques.html"));
        assertEquals(List.of(), browser.cspViolations());
    }

    @Test
    void itFindsTheSessionsOfAThemeByItsNameAndByItsFilter() {
        browser = Browser.withJavaScript().withClockAt(TestSite.VISIT);
        browser.open(site.url("recherche.html?q=S%C3%A9n%C3%A9gal"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-search-status]"), "trouvé"));
        assertEquals(List.of("Coopérer avec le Sénégal pour le développement durable"), results());

        browser.open(site.url("recherche.html?theme=Dispositif%20conjoint"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-search-status]"), "trouvé"));
        assertEquals(2, results().size(), results().toString());
        assertEquals("Dispositif conjoint", browser.find("select[data-search-filter=theme]").getDomProperty("value"));
        assertEquals(List.of(), browser.cspViolations());
    }

    @Test
    void aWordNoSessionHoldsFindsNothingRatherThanEverySessionWithAShortWordBeginningIt() {
        // Pagefind answers « agenda », which no indexed article holds, with every page holding « à ».
        browser = Browser.withJavaScript().withClockAt(TestSite.VISIT);
        for (String words : List.of("agenda", "agenda santé", "ag")) {
            browser.open(site.url("recherche.html?q=" + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8)));
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-search-status]"), "trouvé"));
            assertEquals("Aucun webinaire trouvé pour « " + words + " ».", browser.find("[data-search-status]").getText());
            assertEquals(List.of(), results());
        }
        // A word the site holds in another form still finds it: a plural, an elision, a word's beginning.
        for (String words : List.of("santés", "l'action", "coopér", "de")) {
            browser.open(site.url("recherche.html?q=" + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8)));
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-search-status]"), "trouvé"));
            assertFalse(results().isEmpty(), words + " : " + browser.find("[data-search-status]").getText());
        }
    }

    @Test
    void withoutJavaScriptTheSearchBarLeadsToTheArchives() {
        browser = Browser.withoutJavaScript();
        browser.open(site.url("index.html"));
        WebElement field = browser.find("#recherche-entete");
        browser.leaveBy(() -> field.sendKeys("santé", Keys.ENTER));
        assertTrue(browser.driver().getCurrentUrl().contains("recherche.html?q="), browser.driver().getCurrentUrl());
        assertFalse(browser.find("[data-search-without-script]").getText().isEmpty());
        browser.follow("a[href='archives/index.html']");
        browser.follow("a[href$='archives/2021.html']");
        assertTrue(browser.findAll(".daect-listing [data-session]").size() >= 5);
    }
}
