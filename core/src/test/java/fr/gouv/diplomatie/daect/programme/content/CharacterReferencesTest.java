package fr.gouv.diplomatie.daect.programme.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class CharacterReferencesTest {

    @Test
    void decodesAsABrowserReadsAnAttribute() {
        assertEquals("jav" + "ascript:alert(1)", CharacterReferences.decodedAttribute("jav&#x61;script&colon;alert(1)"));
        assertEquals("Ateliers & débats", CharacterReferences.decodedAttribute("Ateliers &amp; d&eacute;bats"));
        // In an attribute, a named reference followed by "=" or a letter is text (the query string of a link).
        assertEquals("inscription.html?session=a&copy=1", CharacterReferences.decodedAttribute("inscription.html?session=a&copy=1"));
    }

    @Test
    void aValueWithoutReferenceIsGivenBackAsItIs() {
        String value = "fr-card fr-card--sm";
        assertSame(value, CharacterReferences.decodedAttribute(value));
    }
}
