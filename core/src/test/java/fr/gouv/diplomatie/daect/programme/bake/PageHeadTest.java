package fr.gouv.diplomatie.daect.programme.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageHeadTest {

    private static PageHead head(String html) {
        return PageHead.of(html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheLinksAndMetasOfTheHeadWhateverTheirAttributesOrder() {
        PageHead head = head("<!DOCTYPE html><html lang=fr><HEAD><meta charset=utf-8><title>a < b</title>"
                + "<!-- <link rel=\"canonical\" href=\"commentaire\"> -->"
                + "<script>if (a<b) document.write('<link rel=canonical href=script>')</script>"
                + "<LINK HREF='dsfr/dsfr-session.min.css' rel=\"preload stylesheet\">"
                + "<link rel=\"canonical\" href=\"https://example.org/a?x=1&amp;y=2\">"
                + "<meta content=\"noindex, nofollow\" name=\"ROBOTS\">"
                + "<meta name=\"twitter&#58;description\" content=\"Un temps d&#39;&eacute;changes\"></head>"
                + "<body><link rel=\"canonical\" href=\"corps\"></body></html>");

        assertEquals(List.of("https://example.org/a?x=1&y=2"), head.links("canonical"), "not in comments, scripts or the body; entities decoded");
        assertEquals(List.of("dsfr/dsfr-session.min.css"), head.links("stylesheet"), "one of the rel's words");
        assertEquals(Optional.of("noindex, nofollow"), head.meta("robots"));
        assertEquals(Optional.empty(), head.meta("description"));
        assertEquals(Optional.of("Un temps d'échanges"), head.meta("twitter:description"), "name and content decoded");
    }

    @Test
    void readsOnWhenTheHeadIsLongerThanTheFirstBytes(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<html><head><meta name=\"description\" content=\"" + "é".repeat(6000) + "\">"
                + "<link rel=\"canonical\" href=\"https://example.org/\"></head><body></body></html>");

        assertEquals(List.of("https://example.org/"), PageHead.read(page).links("canonical"));
    }
}
