package fr.gouv.diplomatie.daect.programme.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/** Files written beside the site, then moved into it one by one, each replaced in one step: a reader never sees half a file. */
public final class StagedFiles {

    private StagedFiles() {
    }

    /** Moves every file under {@code staging} to the same place under {@code site}, then deletes {@code staging}; returns the files written. */
    public static Set<Path> moveInto(Path staging, Path site) throws IOException {
        Set<Path> written = new HashSet<>();
        if (Files.isDirectory(staging)) {
            try (Stream<Path> files = Files.walk(staging)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path target = site.resolve(staging.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    written.add(target);
                }
            }
        }
        deleteRecursively(staging);
        return written;
    }

    /** Deletes a staging folder and what it holds. */
    public static void discard(Path staging) {
        deleteRecursively(staging);
    }

    /** Puts {@code staging} in place of {@code site}, the previous one deleted once the new one is there. */
    public static void replace(Path site, Path staging) {
        Path old = site.resolveSibling(site.getFileName() + ".old");
        try {
            deleteRecursively(old);
            if (Files.exists(site)) {
                Files.move(site, old);
            }
            Files.move(staging, site);
            deleteRecursively(old);
        } catch (IOException e) {
            throw new UncheckedIOException("Impossible de remplacer " + site + " : " + e.getMessage(), e);
        }
    }

    /** An empty folder beside {@code site}, named after it with {@code suffix}. */
    public static Path emptyBeside(Path site, String suffix) {
        Path staging = site.resolveSibling(site.getFileName() + suffix);
        deleteRecursively(staging);
        return staging;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
