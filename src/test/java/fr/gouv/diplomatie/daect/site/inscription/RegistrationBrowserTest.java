package fr.gouv.diplomatie.daect.site.inscription;

import fr.gouv.diplomatie.daect.site.browser.Browser;
import fr.gouv.diplomatie.daect.site.inscription.RegistrationPage.Registrant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A visitor registers in a real browser and the receiver on another origin records it: with JavaScript (without
 * leaving the page), without JavaScript (through the thank-you page), with the keyboard alone, and with axe finding
 * no violation on the way.
 */
class RegistrationBrowserTest extends RegistrationBrowserFixture {

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
