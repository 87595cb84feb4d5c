package fr.gouv.diplomatie.daect.programme.registration;

import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormProtocolTest {

    @Test
    void withoutActionTheFormPostsToTheLocalReceiverBesideThePage() {
        FormProtocol protocol = FormProtocol.from(SiteSettings.of(Map.of("form.action", "")));

        assertTrue(protocol.isLocal());
        assertEquals("_formulaire", protocol.actionFrom(""));
        assertEquals("../_formulaire", protocol.actionFrom("../"));
        assertEquals(Optional.empty(), protocol.cspSource(), "'self' already allows the local receiver");
    }

    @Test
    void aConfiguredServiceIsUsedAsIsAndAllowedExactlyInTheCsp() {
        FormProtocol protocol = FormProtocol.from(SiteSettings.of(Map.of("form.action", "https://Formspree.io/f/mqkvbbyz?x=1")));

        assertFalse(protocol.isLocal());
        assertEquals("https://Formspree.io/f/mqkvbbyz?x=1", protocol.actionFrom("../"));
        assertEquals(Optional.of("https://formspree.io/f/mqkvbbyz"), protocol.cspSource(), "no query in a CSP source");
    }

    @Test
    void theCspSourceKeepsAnExplicitPortAndEncodesWhatWouldEndTheDirective() {
        FormProtocol protocol = FormProtocol.from(SiteSettings.of(Map.of("form.action", "http://127.0.0.1:41234/a;b,c")));

        assertEquals(Optional.of("http://127.0.0.1:41234/a%3Bb%2Cc"), protocol.cspSource());
    }

    @Test
    void formspreeNamesAndPostAreTheDefaultsAndSettingsRenameThem() {
        FormProtocol defaults = FormProtocol.from(SiteSettings.of(Map.of()));
        assertEquals("post", defaults.method());
        assertEquals("email", defaults.emailField());
        assertEquals("_gotcha", defaults.gotchaField());
        assertEquals("_subject", defaults.subjectField());
        assertEquals("_next", defaults.nextField());

        FormProtocol renamed = FormProtocol.from(SiteSettings.of(Map.of("form.field.email", "_replyto", "form.field.next", "_redirect",
                "form.method", "POST", "form.subject", "Inscription")));
        assertEquals("post", renamed.method());
        assertEquals("_replyto", renamed.emailField());
        assertEquals("_redirect", renamed.nextField());
        assertEquals("Inscription", renamed.subject());
    }

    @Test
    void onlyAbsoluteHttpAddressesAreFormActions() {
        assertTrue(FormProtocol.parseAction("https://formspree.io/f/abc").isPresent());
        assertTrue(FormProtocol.parseAction("http://localhost:8820/_formulaire").isPresent());
        assertFalse(FormProtocol.parseAction("formspree.io/f/abc").isPresent());
        assertFalse(FormProtocol.parseAction("/_formulaire").isPresent());
        assertFalse(FormProtocol.parseAction("mailto:secretariat@example.org").isPresent());
        assertFalse(FormProtocol.parseAction("https://formspree.io/f/abc#form").isPresent());
        assertFalse(FormProtocol.parseAction("https://formspree.io/f/{id}").isPresent());
        assertThrows(IllegalArgumentException.class, () -> FormProtocol.from(SiteSettings.of(Map.of("form.action", "formspree"))));
    }
}
