package fr.gouv.diplomatie.daect.site.inscription;

import fr.gouv.diplomatie.daect.site.browser.Browser;
import fr.gouv.diplomatie.daect.site.inscription.RegistrationPage.Registrant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A registration in a real browser that does not go through at once: mistakes caught in French before anything is
 * sent, an error of the service shown on its field, a service that cannot be reached and the retry, and a robot
 * filling the honeypot, told all went well while nothing is recorded.
 */
class RegistrationMistakesBrowserTest extends RegistrationBrowserFixture {

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
}
