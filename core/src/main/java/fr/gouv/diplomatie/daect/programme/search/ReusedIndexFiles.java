package fr.gouv.diplomatie.daect.programme.search;

import fr.gouv.diplomatie.daect.programme.bake.StagedFiles;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * A new search index put in the site with the files it shares with the previous site's index linked rather than
 * written again. From one build to the next most of Pagefind's files are the same (a page's fragment is named by its
 * content; a changed session changes a few word chunks), and on a disk a link costs no new file: Pagefind writing its
 * thousands of files straight into the site was most of an incremental build's system time there (see
 * docs/performance.md). Pagefind writes the index into a scratch folder, in memory where the system has one.
 */
final class ReusedIndexFiles {

    private static final String SCRATCH_PREFIX = "programme-index-";
    /** Linux's shared memory, a file system in memory on every distribution. */
    private static final Path MEMORY = Path.of("/dev/shm");

    private ReusedIndexFiles() {
    }

    /**
     * An empty folder for Pagefind's output: in memory if the system has a writable one, else beside {@code folder}.
     * Those a build killed meanwhile left there (a day old or more) are deleted first: in memory, they would stay until
     * the machine restarts.
     */
    static Path scratchFolder(Path folder) throws IOException {
        Path parent = Files.isDirectory(MEMORY) && Files.isWritable(MEMORY) ? MEMORY : folder.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        deleteLeftOvers(parent, Instant.now().minus(Duration.ofDays(1)));
        return Files.createTempDirectory(parent, SCRATCH_PREFIX);
    }

    /** Deletes the scratch folders under {@code parent} last changed before {@code before}. */
    static void deleteLeftOvers(Path parent, Instant before) throws IOException {
        try (DirectoryStream<Path> scratches = Files.newDirectoryStream(parent, SCRATCH_PREFIX + "*")) {
            for (Path scratch : scratches) {
                if (Files.isDirectory(scratch, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(scratch, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before)) {
                    StagedFiles.discard(scratch);
                }
            }
        }
    }

    /**
     * Moves every file of {@code scratch} to the same place under {@code folder}, but those identical to the file of the
     * same name in {@code previous}, which are linked to it instead (copied where links fail: never shared otherwise).
     */
    static void publish(Path scratch, Path folder, Path previous) throws IOException {
        try (Stream<Path> walk = Files.walk(scratch)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = scratch.relativize(file).toString();
                Path target = folder.resolve(relative);
                Path before = previous.resolve(relative);
                Files.createDirectories(target.getParent());
                if (!(Files.isRegularFile(before) && Files.mismatch(before, file) == -1 && StagedFiles.linked(target, before))) {
                    Files.move(file, target);
                }
            }
        }
    }
}
