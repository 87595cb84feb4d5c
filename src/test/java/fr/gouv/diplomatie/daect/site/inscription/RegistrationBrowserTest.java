package fr.gouv.diplomatie.daect.site.inscription;

import fr.gouv.diplomatie.daect.site.browser.Browser;
import fr.gouv.diplomatie.daect.site.browser.TestSite;
import fr.gouv.diplomatie.daect.site.inscription.RegistrationPage.Registrant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Arrays;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A visitor registers in a real browser, against the baked site and the plugin's receiver on
 * another origin (as the real form service is). Every test checks what the receiver recorded.
 */
class RegistrationBrowserTest {

    private static final String SANTE = "2021-01-13-sante";
    private static final String AMERIQUES = "2021-01-27-collectivites-des-ameriques";
    private static final String SUBJECT = "Inscription aux webinaires de la DAECT";

    private static TestSite site;
    private Browser browser;
    private RegistrationPage page;

    @BeforeAll
    static void bake() throws Exception {
        site = TestSite.external();
    }

    /** Opens {@code path} on the morning the test site was baked: by today's clock, every session is over. */
    private void open(Browser opened, String path) {
        open(opened, path, TestSite.VISIT);
    }

    private void open(Browser opened, String path, Instant visit) {
        browser = opened.withClockAt(visit);
        page = new RegistrationPage(browser);
        browser.open(site.url(path));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            try {
                assertEquals(List.of(), browser.cspViolations(), "the page must live within its own Content-Security-Policy");
            } finally {
                browser.close();
            }
        }
    }

    /** What the receiver must have recorded for a registrant and the sessions ticked, field by field. */
    private static Map<String, Object> recordOf(Registrant registrant, List<String> sessions) {
        Map<String, Object> fields = new LinkedHashMap<>(registrant.fields());
        fields.put("webinaires", sessions);
        fields.put("consentement", "oui");
        fields.put("_subject", SUBJECT);
        return fields;
    }

    private String status() {
        // French typography: a non-breaking space before the colon.
        return browser.byId("inscription-statut").getDomProperty("textContent").replace('\u00a0', ' ');
    }

    /** Opens the form with JavaScript on, fills it for {@code registrant} with two sessions ticked and consent given. */
    private List<String> fillWithJavaScript(Registrant registrant, String first, String second) {
        open(Browser.withJavaScript(), RegistrationPage.PATH);
        page.fill(registrant);
        page.tickSession(first);
        page.tickSession(second);
        page.consent();
        return List.of(page.sessionValue(first), page.sessionValue(second));
    }

    private WebElement successAlert() {
        return browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fr-alert--success")));
    }

    @Test
    void withJavaScriptTheRegistrationIsSentWithoutLeavingThePage() {
        Registrant lea = Registrant.lea();
        List<String> sessions = fillWithJavaScript(lea, SANTE, AMERIQUES);
        int before = site.submissions().count();

        site.receiver().hold();
        try {
            page.submit();
            WebElement button = browser.byId("inscription-envoyer");
            browser.waitFor(d -> !button.isEnabled());
            assertEquals("Envoi en cours…", button.getText());
            browser.waitFor(d -> status().equals("Envoi en cours…"));
            assertEquals(before, site.submissions().count(), "nothing recorded before the service answers");
        } finally {
            site.receiver().release();
        }

        WebElement alert = successAlert();
        assertEquals(alert, browser.focused(), "the success message takes the focus");
        assertTrue(alert.getText().startsWith("Votre inscription est envoyée"), alert.getText());
        assertTrue(browser.findAll("#formulaire-inscription").isEmpty(), "the message replaces the form");
        browser.waitFor(d -> status().equals("Votre inscription est envoyée."));
        assertEquals(site.url(RegistrationPage.PATH), browser.driver().getCurrentUrl(), "no personal data in the address");
        assertEquals(List.of(recordOf(lea, sessions)), site.submissions().since(before));
    }

    @Test
    void withoutJavaScriptTheFormPostsAndTheServiceLeadsToTheThankYouPage() {
        open(Browser.withoutJavaScript(), RegistrationPage.PATH);
        Registrant marie = new Registrant("Dupont", "Marie", "marie.dupont@lille.fr", "Ville de Lille", "");
        page.fill(marie);
        page.tickSession(AMERIQUES);
        page.consent();
        String session = page.sessionValue(AMERIQUES);
        int before = site.submissions().count();

        page.submit();

        browser.waitFor(ExpectedConditions.urlToBe(site.url("inscription-merci.html")));
        assertEquals("Merci pour votre inscription", browser.find("h1").getText());
        assertEquals(List.of(recordOf(marie, List.of(session))), site.submissions().since(before));
    }

    @Test
    void frenchChecksCatchMistakesBeforeAnythingIsSent() {
        open(Browser.withJavaScript(), RegistrationPage.PATH);
        int posts = site.receiver().posts();
        int before = site.submissions().count();

        page.submit();

        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("nom-erreur")));
        assertEquals(List.of("nom", "prenom", "email", "organisation", "webinaires", "consentement"), page.fieldsInError());
        assertEquals("Indiquez votre nom.", page.errorOf("nom"));
        assertEquals("Indiquez votre adresse électronique.", page.errorOf("email"));
        assertEquals("Choisissez au moins un webinaire.", page.errorOf("webinaires"));
        assertTrue(browser.byId("webinaires").getAttribute("class").contains("fr-fieldset--error"));
        assertEquals("true", page.sessionBox(SANTE).getAttribute("aria-invalid"));
        assertEquals("nom", browser.focusedId(), "the focus goes to the first mistake");
        browser.waitFor(d -> status().equals("Le formulaire contient des erreurs : corrigez les champs signalés."));

        page.field("email").sendKeys("lea.ndiaye");
        page.submit();
        browser.waitFor(d -> "Saisissez une adresse électronique valide, par exemple prenom.nom@exemple.fr.".equals(page.errorOf("email")));

        assertEquals(posts, site.receiver().posts(), "nothing was sent");
        assertEquals(before, site.submissions().count());
    }

    @Test
    void anErrorFromTheServiceIsShownOnItsField() {
        open(Browser.withJavaScript(), RegistrationPage.PATH);
        Registrant lea = Registrant.lea();
        Registrant typo = new Registrant(lea.nom(), lea.prenom(), "lea.ndiaye@intranet", lea.organisation(), lea.fonction());
        page.fill(typo);
        page.tickSession(SANTE);
        page.consent();
        String session = page.sessionValue(SANTE);
        assertEquals(Boolean.FALSE, browser.script("return document.getElementById('email').validity.typeMismatch"),
                "the browser takes this address: only the service can refuse it");
        int posts = site.receiver().posts();
        int before = site.submissions().count();

        page.submit();

        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("email-erreur")));
        assertEquals(posts + 1, site.receiver().posts(), "the service answered");
        assertEquals(List.of("email"), page.fieldsInError());
        assertEquals("Saisissez une adresse électronique valide, par exemple prenom.nom@exemple.fr.", page.errorOf("email"));
        WebElement email = page.field("email");
        assertEquals("true", email.getAttribute("aria-invalid"));
        assertTrue(Arrays.asList(email.getAttribute("aria-describedby").split(" ")).contains("email-erreur"));
        assertTrue(browser.find("[data-champ=email]").getAttribute("class").contains("fr-input-group--error"));
        assertNull(page.field("nom").getAttribute("aria-invalid"));
        assertEquals("email", browser.focusedId());
        assertEquals(typo.fields(), page.typed(), "every value kept");
        assertEquals(before, site.submissions().count());

        email.clear();
        email.sendKeys(lea.email());
        page.submit();

        successAlert();
        assertEquals(List.of(recordOf(lea, List.of(session))), site.submissions().since(before));
    }

    @Test
    void whenTheServiceCannotBeReachedEveryValueIsKeptAndTheVisitorCanRetry() throws Exception {
        Registrant lea = Registrant.lea();
        List<String> sessions = fillWithJavaScript(lea, SANTE, AMERIQUES);
        int before = site.submissions().count();

        site.stopReceiver();
        try {
            page.submit();
            WebElement alert = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#inscription-alertes .fr-alert--error")));
            assertTrue(alert.getText().startsWith("L’envoi n’a pas abouti"), alert.getText());
            assertTrue(alert.getText().contains("secretariat.dgm-aect@diplomatie.gouv.fr"));
            assertEquals(alert, browser.focused());
            browser.waitFor(d -> status().equals("L’envoi n’a pas abouti"));
            WebElement button = browser.byId("inscription-envoyer");
            assertTrue(button.isEnabled());
            assertEquals("Envoyer mon inscription", button.getText());
            assertEquals(lea.fields(), page.typed());
            assertEquals(List.of(SANTE, AMERIQUES), page.checkedSessions());
            assertTrue(browser.byId("consentement").isSelected());
            assertEquals(before, site.submissions().count());
        } finally {
            site.restartReceiver();
        }

        browser.find("[data-reessayer]").click();

        successAlert();
        assertEquals(List.of(recordOf(lea, sessions)), site.submissions().since(before));
    }

    @Test
    void theRegisterLinkOfASessionOpensTheFormWithThatSessionTicked() {
        open(Browser.withJavaScript(), "webinaires/" + SANTE + ".html");

        browser.find("a.daect-register").click();

        browser.waitFor(ExpectedConditions.urlToBe(site.url(RegistrationPage.PATH + "?session=" + SANTE)));
        assertEquals(List.of(SANTE), page.checkedSessions());
        Registrant lea = Registrant.lea();
        page.fill(lea);
        page.consent();
        int before = site.submissions().count();
        page.submit();
        successAlert();
        assertEquals(List.of(recordOf(lea, List.of("Mercredi 13 janvier 2021 — La santé"))), site.submissions().since(before));
    }

    @Test
    void aSessionThatIsNotOpenIsNotTickedAndTheVisitorIsTold() {
        open(Browser.withJavaScript(), RegistrationPage.PATH + "?session=2019-01-01-inconnu");

        WebElement notice = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#inscription-alertes .fr-alert--info")));
        assertTrue(notice.getText().startsWith("Ce webinaire n’est pas ouvert aux inscriptions"), notice.getText());
        assertEquals(List.of(), page.checkedSessions());
        int before = site.submissions().count();
        page.submit();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("webinaires-erreur")));
        assertEquals(before, site.submissions().count());
    }

    @Test
    void aSessionOverSinceTheBakeIsNoLongerOfferedAndOnceAllAreOverTheVisitorIsTold() {
        String maroc = "2020-10-26-cooperation-franco-marocaine";
        // 16:30 in Paris: the session of 14:00 to 16:00 is over, although the page offered it when it was baked.
        open(Browser.withJavaScript(), RegistrationPage.PATH + "?session=" + maroc, Instant.parse("2020-10-26T15:30:00Z"));

        assertFalse(page.offeredSessions().contains(maroc), page.offeredSessions().toString());
        assertTrue(page.offeredSessions().contains(SANTE), page.offeredSessions().toString());
        assertFalse(page.sessionBox(maroc).isSelected(), "a box taken away is neither ticked nor sent");
        WebElement notice = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#inscription-alertes .fr-alert--info")));
        assertTrue(notice.getText().startsWith("Ce webinaire n’est pas ouvert aux inscriptions"), notice.getText());
        browser.close();

        open(Browser.withJavaScript(), RegistrationPage.PATH, Instant.parse("2021-06-01T08:00:00Z"));

        assertTrue(browser.driver().findElements(By.id("formulaire-inscription")).isEmpty(), "no form without a session to offer");
        assertTrue(browser.find("main").getText().contains("Aucun webinaire n’est ouvert aux inscriptions pour le moment."),
                browser.find("main").getText());
    }

    @Test
    void withoutJavaScriptTheFormOffersWhatTheBakeOffered() {
        open(Browser.withoutJavaScript(), RegistrationPage.PATH, Instant.parse("2021-06-01T08:00:00Z"));

        assertTrue(page.offeredSessions().contains(SANTE), page.offeredSessions().toString());
    }

    @Test
    void aKeyboardAloneCanRegisterAndNeverMeetsTheHoneypot() {
        open(Browser.withJavaScript(), RegistrationPage.PATH);
        Actions keys = new Actions(browser.driver());
        Registrant lea = Registrant.lea();

        tabUntil(keys, "nom");
        for (Map.Entry<String, String> field : lea.fields().entrySet()) {
            assertEquals(field.getKey(), browser.focusedId(), "fields come in reading order");
            keys.sendKeys(field.getValue()).perform();
            keys.sendKeys(Keys.TAB).perform();
        }
        tabUntil(keys, "webinaire-" + AMERIQUES);
        keys.sendKeys(Keys.SPACE).perform();
        tabUntil(keys, "consentement");
        keys.sendKeys(Keys.SPACE).perform();
        tabUntil(keys, "inscription-envoyer");
        int before = site.submissions().count();
        keys.sendKeys(Keys.ENTER).perform();

        assertEquals(successAlert(), browser.focused());
        assertEquals(List.of(recordOf(lea, List.of("Mercredi 27 janvier 2021 — L'action extérieure des collectivités françaises des Amériques"))),
                site.submissions().since(before));
    }

    /** Presses Tab until the element of that id has the focus; the honeypot must never get it. */
    private void tabUntil(Actions keys, String id) {
        for (int presses = 0; presses < 60; presses++) {
            if (id.equals(browser.focusedId())) {
                return;
            }
            keys.sendKeys(Keys.TAB).perform();
            assertNotEquals("_gotcha", browser.focusedId(), "the honeypot must be out of the Tab order");
        }
        throw new AssertionError("#" + id + " jamais atteint au clavier ; focus sur " + browser.focused().getTagName() + "#" + browser.focusedId());
    }

    @Test
    void aRobotFillingTheHoneypotIsToldAllWentWellAndNothingIsRecorded() {
        open(Browser.withJavaScript(), RegistrationPage.PATH);
        WebElement honeypot = browser.byId("_gotcha");
        assertFalse(honeypot.isDisplayed(), "people never see it");
        WebElement wrapper = browser.find(".daect-honeypot");
        assertEquals("true", wrapper.getAttribute("hidden"));
        assertEquals("true", wrapper.getAttribute("aria-hidden"));
        page.fill(Registrant.lea());
        page.tickSession(SANTE);
        page.consent();
        browser.script("document.getElementById('_gotcha').value = 'https://promotion.example/';");
        int posts = site.receiver().posts();
        int before = site.submissions().count();

        page.submit();

        successAlert();
        assertEquals(posts + 1, site.receiver().posts());
        assertEquals(before, site.submissions().count());
    }

    @Test
    void axeFindsNoViolationInAnyStateOfThePage() {
        open(Browser.withJavaScript(), RegistrationPage.PATH);
        assertNoViolation("formulaire vide");

        page.submit();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("nom-erreur")));
        assertNoViolation("erreurs affichées");

        Registrant lea = Registrant.lea();
        page.fill(lea);
        page.tickSession(SANTE);
        page.consent();
        String session = page.sessionValue(SANTE);
        int before = site.submissions().count();
        page.submit();
        successAlert();
        assertNoViolation("inscription envoyée");
        assertEquals(List.of(recordOf(lea, List.of(session))), site.submissions().since(before));
    }

    private void assertNoViolation(String state) {
        List<String> violations = browser.axeViolations();
        assertTrue(violations.isEmpty(), state + " : " + String.join("; ", violations));
    }
}
