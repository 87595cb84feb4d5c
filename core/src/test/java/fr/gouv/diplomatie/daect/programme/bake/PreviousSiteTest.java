package fr.gouv.diplomatie.daect.programme.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a bake keeps of the site it replaces: the named files, linked, and nothing outside either site. */
class PreviousSiteTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheNamedPagesAndRefusesANameOutsideTheSite() throws IOException {
        Path site = Files.createDirectories(dir.resolve("www"));
        Files.writeString(Files.createDirectories(site.resolve("webinaires")).resolve("a.html"), "<p>a</p>");
        Files.writeString(dir.resolve("secret.txt"), "hors du site");
        Path staging = Files.createDirectories(dir.resolve("www.tmp"));
        PreviousSite previous = new PreviousSite(site, Set.of(), Set.of(), Set.of(), Set.of(), CrawledContent.NONE, Instant.now().plusSeconds(60));

        assertEquals(1, previous.keepInto(staging, List.of("webinaires/a.html")));
        assertEquals("<p>a</p>", Files.readString(staging.resolve("webinaires/a.html")));

        // A damaged or forged record naming a file outside the site: the bake fails (and the build bakes everything).
        IOException refused = assertThrows(IOException.class, () -> previous.keepInto(staging, List.of("../secret.txt")));
        assertTrue(refused.getMessage().contains("hors du site"), refused.getMessage());
        try (var files = Files.walk(staging)) {
            assertEquals(List.of(staging.resolve("webinaires/a.html")), files.filter(Files::isRegularFile).toList(), "nothing more in the new site");
        }
    }
}
