package fr.gouv.diplomatie.daect.site;

import fr.gouv.diplomatie.daect.programme.preview.PreviewServer;
import fr.gouv.diplomatie.daect.site.browser.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A programme of many years: the real site with {@value #SESSIONS} sessions added, baked once for the class, DSFR and
 * search index included, served locally. Its listings come a page at a time, with and without JavaScript, its archives
 * mark past sessions, and the search finds a session among them all by the words of its title and by its theme.
 */
class LargeProgrammeBrowserTest {

    private static final int SESSIONS = 5000;
    /** The first generated session's day; one a day from there. */
    private static final LocalDate FIRST = LocalDate.of(2022, 1, 3);
    private static final List<String> TAGS = List.of("sante", "jeunesse", "sport", "maroc", "senegal");

    private static PreviewServer server;
    private Browser browser;

    @BeforeAll
    static void bake() throws Exception {
        ProjectCopy copy = new ProjectCopy("programme-long");
        for (int i = 0; i < SESSIONS; i++) {
            String slug = String.format("%s-webinaire-%04d", FIRST.plusDays(i), i);
            String header = "title=Webinaire " + name(i) + "\ntype=session\nstatus=published\ndate=" + FIRST.plusDays(i)
                    + "\nstart=10:00\nend=12:00\nuid=" + UUID.nameUUIDFromBytes(slug.getBytes(StandardCharsets.UTF_8))
                    + "\ntags=" + TAGS.get(i % TAGS.size()) + "\n";
            Path file = copy.dir().resolve("content/webinaires/" + slug + ".md");
            Files.writeString(file, header + "~~~~~~\nPrésentation de la session " + i + ".\n", StandardCharsets.UTF_8);
        }
        // Baked on 1 July 2022: the generated sessions of the first half of 2022 are over, the others to come.
        Path site = copy.bakeWithFrontEnd(Map.of("programme.today", "2022-07-01", "site.host", "https://example.org/webinaires-daect/"));
        server = PreviewServer.bind(0).serveSite(site).start();
    }

    /** A word of its own for each session ("numéro 1234 alpha…"): the search must tell them apart. */
    private static String name(int i) {
        return "numéro " + i + " " + Integer.toString(i * 7919 % 100000, 36) + "zq";
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.port() + "/" + path;
    }

    private List<String> sessions() {
        return browser.findAll(".daect-listing [data-session]").stream().map(card -> card.getDomAttribute("data-session")).toList();
    }

    @Test
    void aThemePageListsItsSessionsAPageAtATimeWithAndWithoutJavaScript() {
        for (Browser visitor : List.of(Browser.withoutJavaScript(), Browser.withJavaScript().withClockAt(Instant.parse("2022-07-01T06:00:00Z")))) {
            browser = visitor;
            browser.open(url("themes/sante.html"));
            List<String> first = sessions();
            assertEquals(30, first.size(), browser.driver().getCurrentUrl());
            assertEquals("page", browser.find(".fr-pagination [aria-current=page]").getDomAttribute("aria-current"));
            assertEquals("1", browser.find(".fr-pagination [aria-current=page]").getText());

            browser.follow(".fr-pagination__link--next");
            assertTrue(browser.driver().getCurrentUrl().endsWith("themes/sante/page-2.html"), browser.driver().getCurrentUrl());
            List<String> second = sessions();
            assertEquals(30, second.size());
            assertTrue(second.stream().noneMatch(first::contains), "page 2 lists other sessions");
            assertEquals("2", browser.find(".fr-pagination [aria-current=page]").getText());

            browser.follow(".fr-pagination a[title='Page 5']");
            assertEquals("5", browser.find(".fr-pagination [aria-current=page]").getText());
            browser.follow(".fr-pagination__link--prev");
            assertEquals("4", browser.find(".fr-pagination [aria-current=page]").getText());
            browser.follow(".fr-pagination__link--first");
            assertEquals(first, sessions());
            browser.follow(".fr-pagination__link--last");
            int last = Integer.parseInt(browser.find(".fr-pagination [aria-current=page]").getText());
            assertEquals((SESSIONS / TAGS.size() + 29) / 30, last, "1,000 sessions, 30 a page");
            browser.close();
            browser = null;
        }
    }

    @Test
    void anArchivePageMarksItsSessionsPast() {
        browser = Browser.withJavaScript().inTimeZone("Europe/Paris").withClockAt(Instant.parse("2022-07-01T06:00:00Z"));
        browser.open(url("archives/index.html"));
        browser.follow("a[href$='archives/2022.html']");
        assertTrue(browser.find("h1").getText().contains("2022"));
        List<WebElement> past = browser.findAll(".daect-listing .daect-past [data-session]").stream().filter(WebElement::isDisplayed).toList();
        assertTrue(past.isEmpty() || past.stream().allMatch(card -> card.getText().contains("Passé")), "past cards are marked");
        // The last page of 2022 lists its first days, over by the visitor's clock.
        browser.follow(".fr-pagination__link--last");
        List<WebElement> over = browser.findAll(".daect-listing .daect-past [data-session]").stream().filter(WebElement::isDisplayed).toList();
        assertTrue(!over.isEmpty(), "the first days of 2022 are past");
        for (WebElement card : over) {
            assertTrue(card.getText().toLowerCase().contains("passé"), card.getText());
        }
    }

    @Test
    void theSearchFindsASessionAmongThousandsByTheWordsOfItsTitleAndByItsTheme() {
        browser = Browser.withJavaScript();
        browser.open(url("index.html"));
        int wanted = 4321;
        String word = Integer.toString(wanted * 7919 % 100000, 36) + "zq";
        WebElement field = browser.find("#recherche-entete");
        field.sendKeys(word);
        browser.leaveBy(field::submit);
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(org.openqa.selenium.By.cssSelector("[data-search-status]"), "trouvé"));
        List<WebElement> results = browser.findAll("[data-search-results] li");
        assertEquals(1, results.size(), browser.find("[data-search-status]").getText());
        assertTrue(results.get(0).getText().contains("Webinaire numéro " + wanted), results.get(0).getText());
        assertTrue(results.get(0).getText().contains(FIRST.plusDays(wanted).getYear() + ""), "its date: " + results.get(0).getText());
        assertTrue(results.get(0).getText().contains("Sport") || results.get(0).getText().contains("Jeunesse")
                || results.get(0).getText().contains("Santé") || results.get(0).getText().contains("Maroc")
                || results.get(0).getText().contains("Sénégal"), "its theme: " + results.get(0).getText());
        WebElement found = results.get(0).findElement(org.openqa.selenium.By.cssSelector("a"));
        browser.leaveBy(found::click);
        assertTrue(browser.driver().getCurrentUrl().contains("webinaire-" + wanted), browser.driver().getCurrentUrl());

        browser.open(url("recherche.html?q=" + "numéro&theme=Sénégal"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(org.openqa.selenium.By.cssSelector("[data-search-status]"), "trouvé"));
        assertTrue(browser.find("[data-search-status]").getText().startsWith(SESSIONS / TAGS.size() + " webinaires trouvés"),
                browser.find("[data-search-status]").getText());
        assertEquals(List.of(), browser.cspViolations());
    }
}
