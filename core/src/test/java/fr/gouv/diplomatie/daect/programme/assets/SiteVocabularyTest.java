package fr.gouv.diplomatie.daect.programme.assets;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteVocabularyTest {

    @Test
    void readsTheNamesOfEveryTagButNotCommentsScriptsOrText() {
        SiteVocabulary vocabulary = new SiteVocabulary().addPage("<!DOCTYPE html><html lang=fr><head>"
                + "<script type=\"application/ld+json\">{\"a\":\"<b class='x-script'>\"}</script></head>"
                + "<BODY><!-- <p class=\"x-comment\"> --><div class=\"fr-card  fr-card--sm\" id='carte' data-erreur=\"fr-input-group--error\" hidden>"
                + "a < b et <em>texte</em><input type=checkbox checked><label for=carte>x</label></div></body></html>");

        assertTrue(vocabulary.hasElement("body"));
        assertTrue(vocabulary.hasElement("em"));
        assertTrue(vocabulary.hasClass("fr-card"));
        assertTrue(vocabulary.hasClass("fr-card--sm"));
        assertTrue(vocabulary.hasClass("fr-input-group--error"), "data-* values may become classes");
        assertTrue(vocabulary.hasId("carte"));
        assertTrue(vocabulary.hasAttribute("hidden"));
        assertTrue(vocabulary.hasAttribute("checked"));
        assertTrue(vocabulary.hasAttribute("for"));
        assertFalse(vocabulary.hasClass("x-script"), "inside a script");
        assertFalse(vocabulary.hasClass("x-comment"), "inside a comment");
        assertFalse(vocabulary.hasElement("b"));
        assertFalse(vocabulary.hasElement("table"));
    }

    @Test
    void takesTheQuotedNamesOfScriptsAsClassesOrAttributes() {
        SiteVocabulary vocabulary = new SiteVocabulary().addScript("el.classList.add('fr-message fr-message--error'); b.setAttribute(\"aria-pressed\", 'true');");

        assertTrue(vocabulary.hasClass("fr-message--error"));
        assertTrue(vocabulary.hasAttribute("aria-pressed"));
        assertTrue(vocabulary.hasAttribute("disabled"), "set as a property");
    }
}
