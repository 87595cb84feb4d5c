package fr.gouv.diplomatie.daect.programme.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The symbolic links in a source folder. A link may point anywhere on the machine ({@code /etc/passwd},
 * a home folder), so the build reads nothing through one: it finds them without ever following one.
 */
public final class SymbolicLinks {

    private SymbolicLinks() {
    }

    /**
     * Every link in {@code dir} and below, sorted by path ({@code dir} itself when it is a link). A linked
     * folder is listed, never entered. Empty when {@code dir} does not exist.
     */
    public static List<Path> under(Path dir) {
        if (Files.isSymbolicLink(dir)) {
            return List.of(dir);
        }
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        // Files.walk follows no link unless asked to: a linked folder is visited as an entry, not entered.
        try (Stream<Path> entries = Files.walk(dir)) {
            return entries.filter(Files::isSymbolicLink).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first link met going down from {@code root} to {@code file} ({@code root} itself and {@code file}
     * included), if any: a file reached through a linked folder is read through that link.
     */
    public static Optional<Path> onTheWay(Path root, Path file) {
        Path base = root.toAbsolutePath().normalize();
        Path target = file.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(base)) {
            return Optional.of(base);
        }
        if (!target.startsWith(base)) {
            return Files.isSymbolicLink(target) ? Optional.of(target) : Optional.empty();
        }
        Path step = base;
        for (Path name : base.relativize(target)) {
            step = step.resolve(name);
            if (Files.isSymbolicLink(step)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    /** Where a link points, as written in it (for messages). */
    public static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }
}
