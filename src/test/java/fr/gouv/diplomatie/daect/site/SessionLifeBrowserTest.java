package fr.gouv.diplomatie.daect.site;

import fr.gouv.diplomatie.daect.programme.preview.PreviewServer;
import fr.gouv.diplomatie.daect.site.browser.Browser;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A session's whole life, in a real browser whose clock is set before, during and after it: the Moroccan session
 * of a copy of the site given speakers, a recording and a document (the real programme has none: nothing is
 * invented in content/), baked on 1 October 2020 and on 1 November 2020.
 */
class SessionLifeBrowserTest {

    private static final String MAROC = "2020-10-26-cooperation-franco-marocaine";
    private static final String PAGE = "webinaires/" + MAROC + ".html";
    private static final String REPLAY = "https://www.dailymotion.com/video/x7exemple";

    private static PreviewServer before;
    private static PreviewServer after;
    private Browser browser;

    @BeforeAll
    static void bake() throws Exception {
        before = serve(copy("session-vie-avant").bake(Map.of("programme.today", "2020-10-01")));
        after = serve(copy("session-vie-apres").bake(Map.of("programme.today", "2020-11-01")));
    }

    private static ProjectCopy copy(String name) throws Exception {
        ProjectCopy copy = new ProjectCopy(name)
                .header(MAROC, "speakers=Amina Benali (directrice, Agence marocaine de coopération); Jean-Marc Dupuis (chargé de mission, DAECT)")
                .header(MAROC, "replay=" + REPLAY)
                .header(MAROC, "documents=[Support de présentation](documents/support-maroc.pdf)");
        Files.createDirectories(copy.dir().resolve("assets/documents"));
        Files.write(copy.dir().resolve("assets/documents/support-maroc.pdf"), new byte[12 * 1024]);
        return copy;
    }

    private static PreviewServer serve(Path site) throws Exception {
        return PreviewServer.bind(0).serveSite(site).start();
    }

    @AfterAll
    static void stop() {
        before.close();
        after.close();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String url(PreviewServer server, String path) {
        return "http://127.0.0.1:" + server.port() + "/" + path;
    }

    private void visit(PreviewServer server, String path, String instant) {
        browser = Browser.withJavaScript().inTimeZone("Europe/Paris").withClockAt(Instant.parse(instant));
        browser.open(url(server, path));
    }

    /**
     * Gives the page's script a moment to reach the state the next assertion reads: rarely (3 runs in about 35, on this
     * machine), the home page was read before the script had moved it on, although the browser had loaded it.
     */
    private void settle(BooleanSupplier state) {
        try {
            browser.waitFor(driver -> state.getAsBoolean());
        } catch (TimeoutException e) {
            // the assertion that follows says what is wrong
        }
    }

    private String shownText(String css) {
        return browser.findAll(css).stream().filter(WebElement::isDisplayed).map(e -> e.getText().replace('\u00a0', ' '))
                .reduce("", (a, b) -> a + "\n" + b);
    }

    private boolean shows(String css) {
        return browser.findAll(css).stream().anyMatch(WebElement::isDisplayed);
    }

    @Test
    void beforeTheClosingTheMainActionIsToRegisterUntilADayBefore() {
        // Saturday 24 October, noon in Paris.
        visit(before, PAGE, "2020-10-24T10:00:00Z");
        WebElement register = browser.find("a.daect-register");
        assertTrue(register.isDisplayed());
        assertEquals("fr-btn daect-register", register.getDomAttribute("class"), "the primary DSFR button");
        String actions = shownText(".daect-actions");
        assertTrue(actions.contains("Inscriptions jusqu’au dimanche 25 octobre 2020 à 14 h (heure de Paris)."), actions);
        assertTrue(shownText(".daect-speakers").contains("Interviendront"));
        assertTrue(shownText(".daect-speakers").contains("Amina Benali, directrice, Agence marocaine de coopération"));
        assertTrue(shows(".daect-calendar"), "the calendar actions, before the session");
        assertFalse(shows("a[href='" + REPLAY + "']"), "no recording before the session");
        // The calendar actions are smaller than registration: secondary or tertiary.
        browser.findAll(".daect-calendar .fr-btn").forEach(button ->
                assertTrue(button.getDomAttribute("class").matches(".*fr-btn--(secondary|tertiary).*"), button.getDomAttribute("class")));

        browser.open(url(before, "inscription.html"));
        assertTrue(browser.byId("webinaire-" + MAROC).isDisplayed());
    }

    @Test
    void aDayBeforeRegistrationIsClosedOnBothPages() {
        // Sunday 25 October, 14:30 in Paris: the session starts on Monday at 14:00.
        visit(before, PAGE, "2020-10-25T13:30:00Z");
        assertFalse(shows("a.daect-register"));
        assertTrue(shownText(".daect-actions").contains("Les inscriptions sont closes."));
        assertTrue(shows(".daect-calendar"));

        browser.open(url(before, "inscription.html"));
        assertTrue(browser.findAll("#webinaire-" + MAROC).stream().noneMatch(WebElement::isDisplayed), "its box is gone");
        assertTrue(browser.byId("webinaire-2020-11-18-egalite-femmes-hommes").isDisplayed(), "the next ones stay");

        browser.open(url(before, "index.html"));
        settle(() -> browser.findAll("[data-session='" + MAROC + "'] a.daect-register").isEmpty());
        assertTrue(browser.findAll("[data-session='" + MAROC + "'] a.daect-register").isEmpty(), "no card offers it");
    }

    @Test
    void duringTheSessionItIsEnCeMoment() {
        visit(before, "index.html", "2020-10-26T13:30:00Z");
        WebElement current = browser.find("[data-current]");
        settle(current::isDisplayed);
        assertTrue(current.isDisplayed());
        assertEquals(MAROC, current.findElement(By.cssSelector("[data-session]")).getDomAttribute("data-session"));
        assertEquals("2020-11-18-egalite-femmes-hommes", browser.find("[data-next] [data-session]").getDomAttribute("data-session"));

        browser.open(url(before, PAGE));
        assertTrue(shownText(".daect-actions").contains("Ce webinaire a lieu en ce moment."));
        assertFalse(shows("a.daect-register"));
    }

    @Test
    void afterTheSessionTheMainActionIsTheRecordingThenTheDocuments() {
        // Read after the session on a page baked before it: the script moves the page on.
        visit(before, PAGE, "2020-10-26T16:00:00Z");
        assertAfter();
        // Baked after it: the same without the script's help.
        browser.close();
        browser = Browser.withoutJavaScript();
        browser.open(url(after, PAGE));
        assertAfter();
    }

    @Test
    void overWithoutRecordingItAnnouncesTheSessionAfterItNotTheNextOfTheDayItWasBaked() {
        // Baked on 1 October, when the next session was the first one (26 October); read once « Sénégal » is over.
        visit(before, "webinaires/2020-12-09-senegal-developpement-durable.html", "2020-12-09T12:00:00Z");
        settle(() -> shownText(".daect-actions").contains("a eu lieu"));
        String actions = shownText(".daect-actions");
        assertTrue(actions.contains("Ce webinaire a eu lieu le mercredi 9 décembre 2020."), actions);
        WebElement next = browser.find(".daect-actions [data-phases=after] a");
        assertTrue(next.getDomAttribute("href").endsWith("webinaires/2020-12-16-afrique-anglophone.html"), next.getDomAttribute("href"));
        assertTrue(actions.contains(", mercredi 16 décembre 2020."), actions);
    }

    private void assertAfter() {
        WebElement replay = browser.find("a[href='" + REPLAY + "']");
        assertTrue(replay.isDisplayed());
        assertTrue(replay.getText().startsWith("Revoir le webinaire"), replay.getText());
        assertEquals("fr-btn", replay.getDomAttribute("class"));
        assertTrue(shownText(".daect-actions").contains("La vidéo s’ouvre sur www.dailymotion.com, un site extérieur."));
        assertFalse(shows("a.daect-register"));
        assertFalse(shows(".daect-calendar"), "no « Ajouter à mon agenda » once it is over");
        assertTrue(shownText(".daect-speakers").contains("Sont intervenus"));
        WebElement document = browser.find(".daect-documents a.fr-link--download");
        assertEquals("Support de présentation PDF – 12 Ko", document.getText().replace('\u00a0', ' '));
        assertTrue(document.getDomAttribute("href").endsWith("documents/support-maroc.pdf"));
    }

    @Test
    void theHomePageListsTheSessionsToWatchAgain() {
        browser = Browser.withoutJavaScript();
        browser.open(url(after, "index.html"));
        WebElement replays = browser.find(".daect-replays");
        assertEquals("Revoir les webinaires", replays.findElement(By.tagName("h2")).getText());
        assertEquals(List.of(MAROC + ".html"), replays.findElements(By.cssSelector(".fr-card__title a")).stream()
                .map(a -> a.getDomAttribute("href").replaceFirst(".*/", "")).toList());

        browser.open(url(before, "index.html"));
        assertTrue(browser.findAll(".daect-replays").isEmpty(), "none while nothing is over");
    }

    @Test
    void theNewPagesAreValidAndAccessible() throws Exception {
        List<String> problems = new ArrayList<>();
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        for (PreviewServer server : List.of(before, after)) {
            browser = Browser.withJavaScript().withClockAt(Instant.parse("2020-10-24T10:00:00Z"));
            for (String page : List.of(PAGE, "index.html", "inscription.html")) {
                browser.open(url(server, page));
                browser.axeViolations().forEach(v -> problems.add(server.port() + " " + page + " : " + v));
            }
            browser.close();
        }
        for (String copy : List.of("session-vie-avant", "session-vie-apres")) {
            Path www = Rebake.projectDir().toAbsolutePath().resolve("target").resolve(copy).resolve("www");
            for (String page : List.of(PAGE, "index.html")) {
                validator.validate(www.resolve(page)).lines().filter(l -> l.contains("error:") || l.contains("fatal:"))
                        .forEach(l -> problems.add(copy + " " + page + " " + l));
            }
        }
        browser = null;
        assertEquals(List.of(), problems);
    }
}
