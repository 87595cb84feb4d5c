package fr.gouv.diplomatie.daect.programme.preview;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What a save on a real folder reports. The events are gathered until the expected ones came (or
 * 10 s passed): no assertion depends on how the system spreads them over time.
 */
class FolderEventsTest {

    @TempDir
    Path dir;
    private FolderEvents events;

    @BeforeEach
    void watch() throws Exception {
        Files.createDirectories(dir.resolve("content/webinaires"));
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("jbake.properties"), "site.name=Essai\n");
        events = new FolderEvents(List.of(dir.resolve("content"), dir.resolve("templates"), dir.resolve("absent")),
                List.of(dir.resolve("jbake.properties")));
    }

    @AfterEach
    void stop() {
        events.close();
    }

    /** The paths reported until all of {@code expected} were. */
    private Set<Path> reportedUntil(Path... expected) throws InterruptedException {
        Set<Path> reported = new LinkedHashSet<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!reported.containsAll(Set.of(expected))) {
            Set<Path> changed = events.poll(Duration.ofMillis(Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            if (changed == null) {
                fail("never reported: " + Set.of(expected) + "; reported: " + reported);
            }
            reported.addAll(changed);
        }
        return reported;
    }

    @Test
    void aSavedFileIsReported() throws Exception {
        Path session = dir.resolve("content/webinaires/2021-01-13-sante.md");
        Files.writeString(session, "title=La santé\n");

        assertEquals(Set.of(session), reportedUntil(session));
    }

    @Test
    void aFileSavedInPlaceIsReported() throws Exception {
        // Most editors rewrite the file where it is: only "modify" events, no new file.
        Path session = dir.resolve("content/webinaires/2021-01-13-sante.md");
        Files.writeString(session, "title=La santé\n");
        reportedUntil(session);
        Path other = dir.resolve("content/webinaires/autre.md");

        Files.writeString(session, "Un paragraphe ajouté.\n", StandardOpenOption.APPEND);
        Files.writeString(other, "autre");

        // Written in this order in one folder, "other" is reported last: the append was seen if it is there.
        assertEquals(Set.of(session, other), reportedUntil(other));
    }

    @Test
    void filesOfEveryWatchedPlaceAreReported() throws Exception {
        Path a = dir.resolve("content/a.md");
        Path b = dir.resolve("templates/session.ftl");
        Path settings = dir.resolve("jbake.properties");
        Files.writeString(a, "un");
        Files.writeString(b, "deux");
        Files.writeString(settings, "site.name=Autre\n");

        assertEquals(Set.of(a, b, settings), reportedUntil(a, b, settings));
    }

    @Test
    void aDeletedFileIsReported() throws Exception {
        Path page = dir.resolve("content/guide.md");
        Files.writeString(page, "guide");
        reportedUntil(page);
        Path marker = dir.resolve("content/marque.md");

        Files.delete(page);
        Files.writeString(marker, "après");

        assertEquals(Set.of(page, marker), reportedUntil(marker));
    }

    @Test
    void filesInANewFolderAreReportedAndTheFolderIsWatched() throws Exception {
        // A folder that appears with its files (a checkout, a move): one event, for the folder alone.
        // (Creating folder and file one by one races with the registration of the new folder's watch.)
        Path prepared = dir.resolve("ailleurs/archives");
        Files.createDirectories(prepared.resolve("2019"));
        Files.writeString(prepared.resolve("2019/ancien.md"), "ancien");
        Files.move(prepared, dir.resolve("content/archives"));
        Path file = dir.resolve("content/archives/2019/ancien.md");
        assertTrue(reportedUntil(file).contains(file));

        Files.writeString(file, "ancien, modifié");
        Path marker = dir.resolve("content/archives/2019/marque.md");
        Files.writeString(marker, "après");
        assertEquals(Set.of(file, marker), reportedUntil(marker));
    }

    @Test
    void editorScratchFilesAndUnwatchedFilesAreIgnored() throws Exception {
        Files.writeString(dir.resolve("content/.#guide.md"), "verrou d'Emacs");
        Files.writeString(dir.resolve("content/guide.md~"), "sauvegarde");
        Files.writeString(dir.resolve("content/.guide.md.swp"), "vim");
        Files.writeString(dir.resolve("programme.lock"), "écrit par la construction");
        Files.createDirectories(dir.resolve("target"));
        Files.writeString(dir.resolve("target/index.html"), "le site cuit");
        Path real = dir.resolve("content/guide.md");
        Path settings = dir.resolve("jbake.properties");
        Files.writeString(real, "guide");
        Files.writeString(settings, "site.name=Autre\n");

        // Each folder's events come in order: the files written before these two were seen, and left out.
        assertEquals(Set.of(real, settings), reportedUntil(real, settings));
    }
}
