package fr.gouv.diplomatie.daect.programme.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
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

    /**
     * Makes {@code link} a second name of {@code existing} (a hard link: the previous site's file, kept, costs no new
     * file); false where the file system has no links, {@code link} then still absent. A {@code link} already there is
     * an error: nothing in a staging folder is written twice.
     */
    public static boolean linked(Path link, Path existing) throws IOException {
        try {
            Files.createLink(link, existing);
            return true;
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                throw e;
            }
            return false;
        }
    }

    /** An empty folder beside {@code site}, named after it with {@code suffix}. */
    public static Path emptyBeside(Path site, String suffix) {
        Path staging = site.resolveSibling(site.getFileName() + suffix);
        deleteRecursively(staging);
        return staging;
    }

    /** Each file as the walk meets it, each folder once emptied: a third faster than listing and sorting every path first. */
    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folder, IOException failure) throws IOException {
                    if (failure != null) {
                        throw failure;
                    }
                    Files.delete(folder);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
