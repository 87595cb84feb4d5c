package fr.gouv.diplomatie.daect.programme.view;

import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormViewTest {

    @Test
    void aServiceSendsTheVisitorToTheThankYouPageOnThePublishedSite() {
        FormView form = new FormView(SiteSettings.of(Map.of("form.action", "https://formspree.io/f/mqkvbbyz",
                "site.host", "https://www.example.gouv.fr/webinaires")));

        assertEquals("https://www.example.gouv.fr/webinaires/inscription-merci.html", form.getNext());
        assertEquals("https://formspree.io/f/mqkvbbyz", form.action(""));
    }

    @Test
    void theLocalReceiverSendsTheVisitorToTheThankYouPageOfTheServerItRunsOn() {
        FormView form = new FormView(SiteSettings.of(Map.of("site.host", "https://www.example.gouv.fr/")));

        assertEquals("inscription-merci.html", form.getNext());
        assertEquals("_formulaire", form.action(""));
    }

    @Test
    void theCspAllowsNoInlineCodeAndPostsOnlyToTheSiteAndTheService() {
        String csp = new FormView(SiteSettings.of(Map.of("form.action", "https://formspree.io/f/mqkvbbyz"))).getContentSecurityPolicy();

        assertTrue(csp.contains("script-src 'self';"), csp);
        assertTrue(csp.contains("style-src 'self';"), csp);
        assertTrue(csp.contains("connect-src 'self' https://formspree.io/f/mqkvbbyz;"), csp);
        assertTrue(csp.contains("form-action 'self' https://formspree.io/f/mqkvbbyz;"), csp);
        assertTrue(new FormView(SiteSettings.of(Map.of())).getContentSecurityPolicy().contains("connect-src 'self'; form-action 'self';"));
    }
}
