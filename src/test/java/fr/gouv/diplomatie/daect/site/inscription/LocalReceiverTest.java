package fr.gouv.diplomatie.daect.site.inscription;

import fr.gouv.diplomatie.daect.site.browser.Browser;
import fr.gouv.diplomatie.daect.site.browser.TestSite;
import fr.gouv.diplomatie.daect.site.inscription.RegistrationPage.Registrant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The editor's flow: no {@code form.action}, the site and the local receiver on one server, as
 * {@code mvn -Ppreview package} serves them. Registering works with and without JavaScript.
 */
class LocalReceiverTest {

    private static final String SESSION = "2020-12-16-afrique-anglophone";

    private static TestSite site;
    private Browser browser;

    @BeforeAll
    static void bake() throws Exception {
        site = TestSite.preview();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            try {
                assertEquals(List.of(), browser.cspViolations());
            } finally {
                browser.close();
            }
        }
    }

    /** Opens the form, checks it posts beside the page, registers; returns what must be recorded. */
    private Map<String, Object> register(Browser opened) {
        // The morning the test site was baked: by today's clock, every session is over and the form withdrawn.
        browser = opened.withClockAt(TestSite.VISIT);
        browser.open(site.url(RegistrationPage.PATH));
        assertEquals(site.url("_formulaire"), browser.byId("formulaire-inscription").getDomProperty("action"));
        RegistrationPage page = new RegistrationPage(browser);
        Registrant registrant = new Registrant("Mensah", "Kofi", "kofi.mensah@accra.gh", "Accra Metropolitan Assembly", "Maire adjoint");
        page.fill(registrant);
        page.tickSession(SESSION);
        page.consent();
        page.submit();
        Map<String, Object> expected = new LinkedHashMap<>(registrant.fields());
        expected.put("webinaires", List.of("Mercredi 16 décembre 2020 — Développer des projets de coopération en Afrique anglophone"));
        expected.put("consentement", "oui");
        expected.put("_subject", "Inscription aux webinaires de la DAECT");
        return expected;
    }

    @Test
    void withJavaScriptTheLocalReceiverRecordsTheRegistration() {
        int before = site.submissions().count();

        Map<String, Object> expected = register(Browser.withJavaScript());

        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fr-alert--success")));
        assertEquals(List.of(expected), site.submissions().since(before));
    }

    @Test
    void withoutJavaScriptTheLocalReceiverLeadsToTheThankYouPageOfThePreview() {
        int before = site.submissions().count();

        Map<String, Object> expected = register(Browser.withoutJavaScript());

        browser.waitFor(ExpectedConditions.urlToBe(site.url("inscription-merci.html")));
        assertEquals("Merci pour votre inscription", browser.find("h1").getText());
        assertEquals(List.of(expected), site.submissions().since(before));
    }
}
