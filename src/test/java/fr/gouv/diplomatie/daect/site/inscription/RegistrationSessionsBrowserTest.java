package fr.gouv.diplomatie.daect.site.inscription;

import fr.gouv.diplomatie.daect.site.browser.Browser;
import fr.gouv.diplomatie.daect.site.inscription.RegistrationPage.Registrant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which sessions the registration form offers and ticks in a real browser: the session whose register link the
 * visitor followed, none for a session not open, none that is over by the visitor's clock, and what the bake offered
 * when JavaScript is off.
 */
class RegistrationSessionsBrowserTest extends RegistrationBrowserFixture {

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
}
