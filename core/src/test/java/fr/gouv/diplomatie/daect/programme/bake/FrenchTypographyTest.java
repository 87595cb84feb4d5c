package fr.gouv.diplomatie.daect.programme.bake;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** French spacing in body text: the punctuation never starts a line, and nothing else moves. */
class FrenchTypographyTest {

    /** The body after the pass, each no-break space shown as "~" to keep the expectations readable. */
    private static String typeset(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        FrenchTypography.apply(document.body());
        return document.body().html().replace("&nbsp;", "~");
    }

    @ParameterizedTest
    @ValueSource(strings = {":", ";", "!", "?", "»"})
    void theSpaceBeforeClosingPunctuationNoLongerBreaks(String mark) {
        assertEquals("<p>Le mot~" + mark + " suite</p>", typeset("<p>Le mot " + mark + " suite</p>"));
    }

    @Test
    void theSpaceAfterAnOpeningGuillemetNoLongerBreaks() {
        assertEquals("<p>Le bouton «~Revoir</p>", typeset("<p>Le bouton « Revoir</p>"));
        assertEquals("<p>«~Ajouter à votre agenda~»</p>", typeset("<p>«\nAjouter à votre agenda\n»</p>"));
    }

    @Test
    void allRulesInOneSentence() {
        assertEquals("<h2>Qui peut participer~?</h2><p>Programme~: «~Europe~»~; inscrivez-vous~!</p>",
                typeset("<h2>Qui peut participer ?</h2><p>Programme : « Europe » ; inscrivez-vous !</p>"));
    }

    @Test
    void aSpaceAcrossAnInlineTagIsKeptTogetherWithItsMark() {
        assertEquals("<p>«~<em>Revoir</em>~» et <strong>Note~</strong>: ceci</p>",
                typeset("<p>« <em>Revoir</em> » et <strong>Note </strong>: ceci</p>"));
        assertEquals("<p>«<a href=\"x.html\">~lien</a>~»</p>", typeset("<p>«<a href=\"x.html\"> lien</a> »</p>"));
    }

    @Test
    void twoBlocksAreNeverJoined() {
        assertEquals("<li>un </li><li>: deux</li>", typeset("<li>un </li><li>: deux</li>"));
    }

    @Test
    void codeAndAttributesAreLeftAlone() {
        String html = "<p>Tapez <code>a : b ?</code> puis <kbd>Ctrl ! </kbd>: fin</p>"
                + "<pre><code>x = y ? 1 : 2;</code></pre><p><a href=\"page.html\" title=\"Le guide : tout\">le guide</a></p>";
        assertEquals("<p>Tapez <code>a : b ?</code> puis <kbd>Ctrl ! </kbd>: fin</p>"
                + "<pre><code>x = y ? 1 : 2;</code></pre><p><a href=\"page.html\" title=\"Le guide : tout\">le guide</a></p>",
                typeset(html));
    }

    @Test
    void addressesHoursAndUnspacedMarksAreUntouched() {
        String html = "<p>https://www.diplomatie.gouv.fr/?a=1 de 10:00 à 12:30, «mot», ratio 3:2.</p>";
        assertEquals(html, typeset(html));
        assertFalse(FrenchTypography.mayApply(html));
    }

    @Test
    void aSecondPassChangesNothing() {
        Document document = Jsoup.parseBodyFragment("<p>Programme : « Europe » ; fin ! <em>Vrai </em>?</p>");
        assertTrue(FrenchTypography.apply(document.body()));
        String once = document.body().html();
        assertFalse(FrenchTypography.apply(document.body()));
        assertEquals(once, document.body().html());
        assertFalse(FrenchTypography.mayApply(once.replace("&nbsp;", "\u00a0")));
    }
}
