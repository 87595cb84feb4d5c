package fr.gouv.diplomatie.daect.site.programme;

import fr.gouv.diplomatie.daect.site.browser.Browser;
import fr.gouv.diplomatie.daect.site.browser.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The programme in a real browser, against the site as baked on 1 October 2020 (every session to
 * come) and read later, from elsewhere: the visitor's clock and time zone are set through Chrome
 * DevTools, so that the page's own script (assets/js/programme.js) has to keep the page true.
 */
class ProgrammeBrowserTest {

    private static final String MAROC = "2020-10-26-cooperation-franco-marocaine";
    private static final String EGALITE = "2020-11-18-egalite-femmes-hommes";
    private static final String SENEGAL = "2020-12-09-senegal-developpement-durable";
    private static final String SANTE = "2021-01-13-sante";
    private static final String SPORT = "2021-01-20-sport-jeux-olympiques";

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

    private static String text(WebElement element) {
        return element.getText().replace('\u00a0', ' ');
    }

    /** The sessions a part of the programme shows, in its order. */
    private List<String> shown(String part) {
        return browser.findAll(".daect-listing " + part + " [data-session]").stream()
                .filter(WebElement::isDisplayed).map(card -> card.getDomAttribute("data-session")).toList();
    }

    private WebElement card(String part, String slug) {
        return browser.find(".daect-listing " + part + " [data-session='" + slug + "']");
    }

    private static boolean badgeShown(WebElement session, String label) {
        return session.findElements(By.cssSelector(".fr-badge")).stream()
                .anyMatch(badge -> badge.isDisplayed() && badge.getText().equalsIgnoreCase(label));
    }

    private static boolean offersRegistration(WebElement session) {
        return session.findElements(By.cssSelector("a.daect-register")).stream().anyMatch(WebElement::isDisplayed);
    }

    private WebElement nextSession() {
        return browser.find("[data-next] [data-session]");
    }

    @Test
    void aSessionOverSinceTheBuildIsShownAsPastAndTheNextOneTakesItsPlace() {
        // 16:30 in Paris: the Moroccan session ended half an hour ago.
        browser = Browser.withJavaScript().inTimeZone("Europe/Paris").withClockAt(Instant.parse("2020-10-26T15:30:00Z"));
        browser.open(site.url("index.html"));

        // The page's script moves the session when the page has loaded: on a busy machine, give it its moment.
        browser.waitFor(driver -> shown(".daect-past").equals(List.of(MAROC)));
        WebElement maroc = card(".daect-past", MAROC);
        assertTrue(badgeShown(maroc, "Passé"), maroc.getText());
        assertTrue(!offersRegistration(maroc), "no registration to a session that is over");
        assertEquals(EGALITE, shown(".daect-upcoming").get(0));
        assertEquals(9, shown(".daect-upcoming").size());

        WebElement next = nextSession();
        assertEquals(EGALITE, next.getDomAttribute("data-session"));
        assertEquals("h3", next.findElement(By.cssSelector(".fr-card__title")).getTagName());
        assertTrue(offersRegistration(next), "the next session keeps its registration link");
        assertEquals(1, browser.findAll("[data-next] [data-session]").size());

        browser.open(site.url("webinaires/" + MAROC + ".html"));
        WebElement page = browser.find("article[data-session]");
        assertTrue(badgeShown(page, "Passé"), page.getText());
        assertTrue(!offersRegistration(page));
    }

    @Test
    void aSessionUnderWayIsInEnCeMomentAndNoLongerOffersRegistration() {
        browser = Browser.withJavaScript().inTimeZone("Europe/Paris").withClockAt(Instant.parse("2020-10-26T14:00:00Z"));
        browser.open(site.url("index.html"));

        WebElement maroc = card(".daect-upcoming", MAROC);
        assertTrue(badgeShown(maroc, "En cours"), maroc.getText());
        assertTrue(!badgeShown(maroc, "Passé"));
        assertTrue(!offersRegistration(maroc), "registration closed a day before the start");
        WebElement current = browser.find("[data-current]");
        assertTrue(current.isDisplayed());
        assertEquals(MAROC, current.findElement(By.cssSelector("[data-session]")).getDomAttribute("data-session"));
        assertEquals(EGALITE, nextSession().getDomAttribute("data-session"), "the next one is the one not yet started");
        assertTrue(shown(".daect-past").isEmpty());
        assertTrue(!browser.find(".daect-past").isDisplayed(), "no past part while nothing is over");
    }

    @Test
    void monthsLaterThePastSessionsComeMostRecentFirstYearByYear() {
        browser = Browser.withJavaScript().inTimeZone("Europe/Paris").withClockAt(Instant.parse("2021-01-14T09:00:00Z"));
        browser.open(site.url("index.html"));

        assertEquals(List.of(SANTE, "2020-12-16-afrique-anglophone", SENEGAL, "2020-12-02-appels-a-projets", EGALITE, MAROC),
                shown(".daect-past"));
        assertEquals(List.of("2021", "2020"), browser.findAll(".daect-past .daect-year").stream()
                .filter(WebElement::isDisplayed).map(year -> year.findElement(By.tagName("h4")).getText()).toList());
        assertTrue(browser.findAll(".daect-upcoming .daect-year[data-year='2020']").stream().noneMatch(WebElement::isDisplayed),
                "2020 has nothing left to come");
        assertEquals(SPORT, nextSession().getDomAttribute("data-session"));
        assertEquals(1 + 4, browser.findAll("a.daect-register").size(), "the next session's and the four upcoming cards' links");
    }

    @Test
    void withoutJavaScriptTheBuildsStateStands() {
        browser = Browser.withoutJavaScript();
        browser.open(site.url("index.html"));

        assertEquals(10, shown(".daect-upcoming").size());
        assertEquals(MAROC, nextSession().getDomAttribute("data-session"));
        assertTrue(offersRegistration(card(".daect-upcoming", MAROC)));
    }

    @Test
    void theThemeFilterNarrowsTheListAtOnceAndBackRestoresIt() {
        browser = Browser.withJavaScript().inTimeZone("Europe/Paris").withClockAt(TestSite.VISIT);
        browser.open(site.url("index.html"));
        String home = browser.driver().getCurrentUrl();
        WebElement status = browser.find("[data-filter-status]");
        WebElement sante = browser.find("[data-filter] button[data-theme='sante']");
        assertEquals("false", sante.getDomAttribute("aria-pressed"));

        sante.click();

        assertEquals(List.of(SANTE), shown(".daect-upcoming"));
        assertEquals("true", sante.getDomAttribute("aria-pressed"));
        assertEquals(site.url("index.html?theme=sante"), browser.driver().getCurrentUrl());
        assertEquals("status", status.getDomAttribute("role"), "the count is announced to screen readers");
        assertEquals("1 webinaire pour « Santé ».", text(status));

        browser.find("[data-filter] button[data-theme='dispositif-conjoint']").click();
        assertEquals(List.of(MAROC, SENEGAL), shown(".daect-upcoming"));
        assertEquals("2 webinaires pour « Dispositif conjoint ».", text(status));

        browser.driver().navigate().back();
        browser.waitFor(d -> shown(".daect-upcoming").equals(List.of(SANTE)));
        browser.driver().navigate().back();
        browser.waitFor(d -> shown(".daect-upcoming").size() == 10);
        assertEquals(home, browser.driver().getCurrentUrl());
        assertEquals("Tous les webinaires sont affichés (10).", text(status));
        assertTrue(browser.findAll("[data-filter] button[aria-pressed='true']").isEmpty());

        browser.driver().navigate().forward();
        browser.waitFor(d -> shown(".daect-upcoming").equals(List.of(SANTE)));
    }

    @Test
    void aFilteredAddressOpensFiltered() {
        browser = Browser.withJavaScript().inTimeZone("Europe/Paris").withClockAt(TestSite.VISIT);
        browser.open(site.url("index.html?theme=senegal"));

        assertEquals(List.of(SENEGAL), shown(".daect-upcoming"));
        assertEquals("true", browser.find("[data-filter] button[data-theme='senegal']").getDomAttribute("aria-pressed"));
        assertEquals("1 webinaire pour « Sénégal ».", text(browser.find("[data-filter-status]")));
    }

    @Test
    void withoutJavaScriptEachThemeLeadsToItsPage() {
        browser = Browser.withoutJavaScript();
        browser.open(site.url("index.html"));

        browser.follow("[data-filter] a[data-theme='sante']");

        assertEquals(site.url("themes/sante.html"), browser.driver().getCurrentUrl());
        assertEquals("Santé", browser.find("h1").getText());
        assertEquals(List.of(SANTE), shown(".daect-upcoming"));
    }

    @Test
    void aVisitorInNewYorkSeesTheTwentySixthOfOctoberAtNineLocalTime() {
        browser = Browser.withJavaScript().inTimeZone("America/New_York").withClockAt(TestSite.VISIT);
        browser.open(site.url("webinaires/" + MAROC + ".html"));

        assertEquals("Lundi 26 octobre 2020, de 14 h 00 à 16 h 00 (heure de Paris), soit de 9 h 00 à 11 h 00 à New York",
                text(browser.find("article .fr-text--lead")));

        browser.open(site.url("index.html"));
        assertEquals(", soit de 9 h 00 à 11 h 00 à New York", text(card(".daect-upcoming", MAROC).findElement(By.cssSelector(".daect-local"))));
        // From 1 November both zones are on winter time: six hours apart.
        assertEquals(", soit de 4 h 00 à 6 h 30 à New York", text(card(".daect-upcoming", EGALITE).findElement(By.cssSelector(".daect-local"))));
    }

    @Test
    void aVisitorElsewhereSeesTheirOwnDayAndTimeAndAVisitorInFranceSeesNothingMore() {
        browser = Browser.withJavaScript().inTimeZone("Africa/Dakar").withClockAt(TestSite.VISIT);
        browser.open(site.url("webinaires/" + SENEGAL + ".html"));
        assertEquals(", soit de 9 h 00 à 11 h 30 à Dakar", text(browser.find("article .daect-local")));
        browser.close();

        browser = Browser.withJavaScript().inTimeZone("Asia/Tokyo").withClockAt(TestSite.VISIT);
        browser.open(site.url("webinaires/" + MAROC + ".html"));
        assertEquals(", soit du lundi 26 octobre à 22 h 00 au mardi 27 octobre à 0 h 00 à Tokyo", text(browser.find("article .daect-local")));
        browser.close();

        browser = Browser.withJavaScript().inTimeZone("Europe/Paris").withClockAt(TestSite.VISIT);
        browser.open(site.url("index.html"));
        assertTrue(browser.findAll(".daect-local").isEmpty(), "nothing is added for a visitor in France");
        assertEquals("Lundi 26 octobre 2020, de 14 h 00 à 16 h 00 (heure de Paris)",
                text(card(".daect-upcoming", MAROC).findElement(By.cssSelector(".daect-when"))));
    }

    @Test
    void axeFindsNoViolationOnTheProgrammeItsThemesAndItsSessions() {
        browser = Browser.withJavaScript().inTimeZone("America/New_York").withClockAt(Instant.parse("2020-11-18T10:00:00Z"));
        browser.open(site.url("index.html"));
        assertEquals(List.of(), browser.axeViolations(), "accueil");
        browser.find("[data-filter] button[data-theme='maroc']").click();
        assertEquals(List.of(), browser.axeViolations(), "accueil filtré");

        browser.open(site.url("themes/dispositif-conjoint.html"));
        assertEquals(List.of(), browser.axeViolations(), "page d'un thème");

        browser.open(site.url("webinaires/" + EGALITE + ".html"));
        assertTrue(badgeShown(browser.find("article[data-session]"), "En cours"));
        assertEquals(List.of(), browser.axeViolations(), "page d'un webinaire en cours");
    }
}
