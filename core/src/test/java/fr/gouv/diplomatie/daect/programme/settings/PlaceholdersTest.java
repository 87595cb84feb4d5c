package fr.gouv.diplomatie.daect.programme.settings;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceholdersTest {

    @Test
    void examplesLeftInPlaceAreRecognised() {
        for (String value : List.of("https://example.org/webinaires-daect/", "https://www.example.com/", "http://example.net/a/",
                "https://daect.example/", "https://site.test/", "http://localhost:8820/", "https://127.0.0.1/", "webcal://example.org/programme.ics",
                "secretariat@example.org", "mailto:dpd@example.com", "https://VOTRE_DOMAINE/", "https://…/", "https://xxxx.gouv.fr/")) {
            assertTrue(Placeholders.isPlaceholder(value), value);
        }
        for (String value : List.of("VOTRE_NOM", "…", "Prénom Nom...", "<nom de l'hébergeur>", "{director}", "TODO", "xxx",
                "à compléter", "A_REMPLACER", "à confirmer")) {
            assertTrue(Placeholders.isPlaceholder(value), value);
        }
    }

    @Test
    void realValuesAreNot() {
        for (String value : List.of("https://www.diplomatie.gouv.fr/webinaires/", "https://daect.github.io/webinaires/",
                "secretariat.dgm-aect@diplomatie.gouv.fr", "Jeanne Martin, déléguée pour l'action extérieure des collectivités territoriales",
                "votre consentement (article 6.1.a du RGPD)", "GitHub Inc., 88 Colin P Kelly Jr Street, San Francisco, CA 94107, États-Unis",
                "12", "2021-03-10", "Europe/Paris", "Inscription aux webinaires de la DAECT", "01 43 17 62 64", "+33143176264")) {
            assertFalse(Placeholders.isPlaceholder(value), value);
        }
    }
}
