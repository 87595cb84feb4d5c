package fr.gouv.diplomatie.daect.programme.site;

import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.Map;

/**
 * What a validation depends on, cheaply compared: the settings, and each file of the folders and files
 * the rules read (content, assets, tag vocabulary, settings file) by path, size and modification time.
 * Two equal fingerprints taken in one build mean the validation would find the same.
 */
record ContentFingerprint(Map<String, String> settings, boolean production, List<String> files) {

    static ContentFingerprint of(Path projectDir, SiteSettings settings, boolean production, List<Path> read) {
        return new ContentFingerprint(settings.asMap(), production, listing(projectDir, read, file -> true));
    }

    /**
     * Each {@code include}d file under the folders and files of {@code read}, by path from {@code projectDir}, size and
     * modification time, sorted within each of them.
     */
    static List<String> listing(Path projectDir, List<Path> read, Predicate<Path> include) {
        List<String> files = new ArrayList<>();
        for (Path path : read) {
            if (!Files.exists(path)) {
                files.add(path + " absent");
                continue;
            }
            List<String> found = new ArrayList<>();
            try {
                // The walk's own attributes: reading them again cost a second system call per file.
                Files.walkFileTree(path, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (attributes.isRegularFile() && include.test(file)) {
                            found.add(projectDir.relativize(file) + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis());
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            found.sort(null);
            files.addAll(found);
        }
        return files;
    }
}
