package fr.gouv.diplomatie.daect.site.inscription;

import fr.gouv.diplomatie.daect.site.browser.Browser;
import fr.gouv.diplomatie.daect.site.browser.TestSite;
import fr.gouv.diplomatie.daect.site.inscription.RegistrationPage.Registrant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the registration browser tests share: a visitor registers in a real browser, against the baked site and the
 * plugin's receiver on another origin (as the real form service is). Every test checks what the receiver recorded,
 * and that the page lived within its Content-Security-Policy.
 */
abstract class RegistrationBrowserFixture {

    static final String SANTE = "2021-01-13-sante";
    static final String AMERIQUES = "2021-01-27-collectivites-des-ameriques";
    private static final String SUBJECT = "Inscription aux webinaires de la DAECT";

    static TestSite site;
    Browser browser;
    RegistrationPage page;

    @BeforeAll
    static void bake() throws Exception {
        site = TestSite.external();
    }

    /** Opens {@code path} on the morning the test site was baked: by today's clock, every session is over. */
    void open(Browser opened, String path) {
        open(opened, path, TestSite.VISIT);
    }

    void open(Browser opened, String path, Instant visit) {
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
    static Map<String, Object> recordOf(Registrant registrant, List<String> sessions) {
        Map<String, Object> fields = new LinkedHashMap<>(registrant.fields());
        fields.put("webinaires", sessions);
        fields.put("consentement", "oui");
        fields.put("_subject", SUBJECT);
        return fields;
    }

    String status() {
        // French typography: a non-breaking space before the colon.
        return browser.byId("inscription-statut").getDomProperty("textContent").replace('\u00a0', ' ');
    }

    /** Opens the form with JavaScript on, fills it for {@code registrant} with two sessions ticked and consent given. */
    List<String> fillWithJavaScript(Registrant registrant, String first, String second) {
        open(Browser.withJavaScript(), RegistrationPage.PATH);
        page.fill(registrant);
        page.tickSession(first);
        page.tickSession(second);
        page.consent();
        return List.of(page.sessionValue(first), page.sessionValue(second));
    }

    WebElement successAlert() {
        return browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fr-alert--success")));
    }
}
