package fr.gouv.diplomatie.daect.programme.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReusedIndexFilesTest {

    @TempDir
    Path dir;

    @Test
    void filesIdenticalToThePreviousIndexAreLinkedTheOthersMoved() throws Exception {
        Path previous = dir.resolve("www/pagefind");
        write(previous.resolve("fragment/fr_a.pf_fragment"), "même fragment");
        write(previous.resolve("pagefind-entry.json"), "{\"version\":1}");
        Path scratch = dir.resolve("scratch");
        write(scratch.resolve("fragment/fr_a.pf_fragment"), "même fragment");
        write(scratch.resolve("pagefind-entry.json"), "{\"version\":2}");
        write(scratch.resolve("index/fr_b.pf_index"), "nouveau");

        Path folder = dir.resolve("www.tmp/pagefind");
        ReusedIndexFiles.publish(scratch, folder, previous);

        assertTrue(Files.isSameFile(previous.resolve("fragment/fr_a.pf_fragment"), folder.resolve("fragment/fr_a.pf_fragment")),
                "the unchanged fragment is the previous file, linked");
        assertEquals("{\"version\":2}", Files.readString(folder.resolve("pagefind-entry.json")));
        assertFalse(Files.isSameFile(previous.resolve("pagefind-entry.json"), folder.resolve("pagefind-entry.json")));
        assertEquals("{\"version\":1}", Files.readString(previous.resolve("pagefind-entry.json")), "the previous index is untouched");
        assertEquals("nouveau", Files.readString(folder.resolve("index/fr_b.pf_index")));
    }

    @Test
    void scratchFoldersLeftByAKilledBuildAreDeletedOnceADayOld() throws Exception {
        Path old = dir.resolve("programme-index-1");
        write(old.resolve("fragment/fr_a.pf_fragment"), "laissé");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path recent = dir.resolve("programme-index-2");
        write(recent.resolve("pagefind-entry.json"), "en cours");
        Path other = dir.resolve("autre-dossier");
        Files.createDirectories(other);
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofDays(2))));

        ReusedIndexFiles.deleteLeftOvers(dir, Instant.now().minus(Duration.ofDays(1)));

        assertFalse(Files.exists(old));
        assertTrue(Files.exists(recent.resolve("pagefind-entry.json")), "another build may be writing it");
        assertTrue(Files.exists(other), "not ours");
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
