package fr.gouv.diplomatie.daect.site;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editors' second {@code mvn package}, with the DSFR pruned to the pages and Pagefind's index: after a session is
 * renamed, it keeps most of the previous site and gives, byte for byte, the site a full bake gives (the search index
 * included, on the same disk).
 */
class IncrementalBuildSiteTest {

    @Test
    void aRenamedSessionGivesTheFullBakesSiteWithTheDsfrAndTheIndex() throws Exception {
        ProjectCopy copy = new ProjectCopy("construction-incrementale");
        Path site = copy.bakeWithFrontEnd(Map.of());
        Map<String, Object> before = fileKeys(site);

        copy.edit("content/webinaires/2021-01-13-sante.md", text -> text.replaceFirst("(?m)^title=.*$", "title=La santé, un titre revu"));
        Path incremental = copy.bakeWithFrontEnd(Map.of());
        Path full = copy.bakeWithFrontEnd(Map.of("programme.incremental", "false"), "www-complet");

        assertEquals(ReproducibleBuildTest.digests(full), ReproducibleBuildTest.digests(incremental));
        assertTrue(Files.readString(incremental.resolve("webinaires/2021-01-13-sante.html")).contains("La santé, un titre revu"));
        // Kept files are the previous site's, linked: the same file on the disk, not a copy.
        Map<String, Object> after = fileKeys(incremental);
        assertEquals(before.get("webinaires/2020-10-26-cooperation-franco-marocaine.html"),
                after.get("webinaires/2020-10-26-cooperation-franco-marocaine.html"), "an unchanged session's page kept");
        assertTrue(before.get("webinaires/2021-01-13-sante.html") != null
                && !before.get("webinaires/2021-01-13-sante.html").equals(after.get("webinaires/2021-01-13-sante.html")));
        long fragments = before.keySet().stream().filter(file -> file.startsWith("pagefind/fragment/")).count();
        long reused = before.entrySet().stream().filter(file -> file.getKey().startsWith("pagefind/fragment/"))
                .filter(file -> file.getValue().equals(after.get(file.getKey()))).count();
        assertTrue(fragments >= 10 && reused >= fragments - 3, reused + " of " + fragments + " fragments of the index reused");
    }

    /** Each file of the site and its identity on the disk. */
    private static Map<String, Object> fileKeys(Path site) throws Exception {
        Map<String, Object> keys = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                keys.put(site.relativize(file).toString().replace('\\', '/'),
                        Files.readAttributes(file, BasicFileAttributes.class).fileKey());
            }
        }
        return keys;
    }
}
