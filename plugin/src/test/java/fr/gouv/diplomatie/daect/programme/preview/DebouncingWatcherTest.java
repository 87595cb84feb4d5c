package fr.gouv.diplomatie.daect.programme.preview;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The watcher on a real folder: what a save reports, and how saves made together make one batch. */
class DebouncingWatcherTest {

    private static final Duration QUIET = Duration.ofMillis(300);

    @TempDir
    Path dir;
    private final BlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
    private DebouncingWatcher watcher;

    @BeforeEach
    void watch() throws Exception {
        Files.createDirectories(dir.resolve("content/webinaires"));
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("jbake.properties"), "site.name=Essai\n");
        watcher = new DebouncingWatcher(List.of(dir.resolve("content"), dir.resolve("templates"), dir.resolve("absent")),
                List.of(dir.resolve("jbake.properties")), QUIET, batches::add).start();
    }

    @AfterEach
    void stop() {
        watcher.close();
    }

    private Set<Path> nextBatch() throws InterruptedException {
        Set<Path> batch = batches.poll(10, TimeUnit.SECONDS);
        assertNotNull(batch, "no batch reported");
        return batch;
    }

    @Test
    void aSavedFileIsReported() throws Exception {
        Path session = dir.resolve("content/webinaires/2021-01-13-sante.md");
        Files.writeString(session, "title=La santé\n");

        assertEquals(Set.of(session), nextBatch());
    }

    @Test
    void aFileSavedInPlaceIsReported() throws Exception {
        // Most editors rewrite the file where it is: only "modify" events, no new file.
        Path session = dir.resolve("content/webinaires/2021-01-13-sante.md");
        Files.writeString(session, "title=La santé\n");
        nextBatch();

        Files.writeString(session, "Un paragraphe ajouté.\n", java.nio.file.StandardOpenOption.APPEND);

        assertEquals(Set.of(session), nextBatch());
    }

    @Test
    void filesSavedTogetherMakeOneBatch() throws Exception {
        Path a = dir.resolve("content/a.md");
        Path b = dir.resolve("templates/session.ftl");
        Path settings = dir.resolve("jbake.properties");
        Files.writeString(a, "un");
        Files.writeString(b, "deux");
        Files.writeString(settings, "site.name=Autre\n");
        Files.writeString(a, "un, encore");

        assertEquals(Set.of(a, b, settings), nextBatch());
        assertNull(batches.poll(QUIET.toMillis() * 3, TimeUnit.MILLISECONDS), "one batch only");
    }

    @Test
    void aDeletedFileIsReported() throws Exception {
        Path page = dir.resolve("content/guide.md");
        Files.writeString(page, "guide");
        nextBatch();

        Files.delete(page);

        assertEquals(Set.of(page), nextBatch());
    }

    @Test
    void filesInANewFolderAreReportedAndTheFolderIsWatched() throws Exception {
        // A folder that appears with its files (a checkout, a move): one event, for the folder alone.
        // (Creating folder and file one by one races with the registration of the new folder's watch.)
        Path prepared = dir.resolve("ailleurs/archives");
        Files.createDirectories(prepared.resolve("2019"));
        Files.writeString(prepared.resolve("2019/ancien.md"), "ancien");
        Files.move(prepared, dir.resolve("content/archives"));
        Path folder = dir.resolve("content/archives/2019");
        Set<Path> first = nextBatch();
        assertTrue(first.contains(folder.resolve("ancien.md")), first.toString());

        Files.writeString(folder.resolve("ancien.md"), "ancien, modifié");
        assertEquals(Set.of(folder.resolve("ancien.md")), nextBatch());
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
        Files.writeString(real, "guide");

        assertEquals(Set.of(real), nextBatch());
    }
}
