package fr.gouv.diplomatie.daect.programme.bake;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** An e-mail address in a page's text breaks, on a narrow screen, before its « @ » only. */
class EmailAddressesTest {

    private static String marked(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        EmailAddresses.apply(document.body());
        return document.body().html();
    }

    @Test
    void anAddressShownAsItselfIsKeptWholeOnEachSideOfItsAt() {
        assertEquals("<p>Écrire à <a href=\"mailto:secretariat.dgm-aect@diplomatie.gouv.fr\" class=\"daect-email\">"
                        + "<span>secretariat.dgm-aect</span><wbr><span>@diplomatie.gouv.fr</span></a>.</p>",
                marked("<p>Écrire à <a href=\"mailto:secretariat.dgm-aect@diplomatie.gouv.fr\">secretariat.dgm-aect@diplomatie.gouv.fr</a>.</p>"));
    }

    @Test
    void otherLinksAndWordsAreLeftAsTheyAre() {
        String html = "<p><a href=\"mailto:daect@example.org\">écrire au secrétariat</a>, <a href=\"https://example.org/a-b@c\">https://example.org/a-b@c</a>,"
                + " <a href=\"mailto:daect@example.org\"><em>daect@example.org</em></a></p>";
        assertEquals(html, marked(html));
        Document once = Jsoup.parseBodyFragment(marked("<a href=\"mailto:a-b@c.fr\">a-b@c.fr</a>"));
        assertFalse(EmailAddresses.apply(once.body()), "a second pass changes nothing");
    }
}
