package fr.gouv.diplomatie.daect.programme.bake;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StartTagsTest {

    /** Each start tag as "element attribute=value…", only the attributes of the elements wanted. */
    private static List<String> read(String html, String wanted) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        List<String> tags = new ArrayList<>();
        StartTags.read(bytes, 0, bytes.length, new StartTags.Reader() {
            @Override
            public boolean element(byte[] page, int from, int to) {
                tags.add(new String(page, from, to - from, StandardCharsets.UTF_8));
                return StartTags.is(page, from, to, wanted);
            }

            @Override
            public void attribute(byte[] page, int nameFrom, int nameTo, int valueFrom, int valueTo) {
                int last = tags.size() - 1;
                tags.set(last, tags.get(last) + " " + new String(page, nameFrom, nameTo - nameFrom, StandardCharsets.UTF_8)
                        + (valueFrom < 0 ? "" : "=" + new String(page, valueFrom, valueTo - valueFrom, StandardCharsets.UTF_8)));
            }
        });
        return tags;
    }

    @Test
    void readsStartTagsButNotCommentsDeclarationsEndTagsScriptsOrStyles() {
        String html = "<!DOCTYPE html><HTML lang=fr><!-- <p class=x> --><SCRIPT>if (a<b) x('<em>')</SCRIPT>"
                + "<style>a>b{}</style><p class='fr-text' hidden data-x=\"a > b\">é < è</p><br/><a href=x>";

        assertEquals(List.of("HTML", "SCRIPT", "style", "p class=fr-text hidden data-x=a > b", "br", "a"), read(html, "p"));
    }

    @Test
    void stopsAtAQuoteLeftOpen() {
        assertEquals(List.of("p", "a"), read("<p><a href=\"x><b>", "a"), "nothing after it is markup for sure");
    }
}
