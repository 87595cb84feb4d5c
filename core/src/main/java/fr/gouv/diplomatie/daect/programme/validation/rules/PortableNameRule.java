package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.programme.SessionReader;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.PortableNames;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Every file and folder under {@code content/} and {@code assets/} is published under its own name, so
 * each must have a portable name ({@link PortableNames}): a page named {@code Santé mondiale.md} stops the
 * bake ("Illegal character in path"), and an image named {@code Logo.PNG} works on the editor's laptop but
 * not on the web server. Sessions are left to {@link SessionFileRule} (their names are stricter, and one
 * message is enough); hidden files and links are not published as they are (links: {@link SymbolicLinkRule}).
 */
public final class PortableNameRule implements Rule {

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        Set<Path> sessions = context.files().stream()
                .filter(file -> file.hasSeparator() && SessionReader.isSession(file))
                .map(ContentFile::path).map(path -> path.toAbsolutePath().normalize())
                .collect(Collectors.toSet());
        for (Path dir : List.of(context.contentDir(), context.assetDir())) {
            for (Path entry : entries(dir)) {
                String name = entry.getFileName().toString();
                boolean file = !Files.isDirectory(entry);
                if (PortableNames.isPortable(name) || sessions.contains(entry.toAbsolutePath().normalize())) {
                    continue;
                }
                report.accept(Diagnostic.error(context.displayPath(entry), 1, (file ? "le nom de fichier `" : "le nom de dossier `") + name
                        + "` ne convient pas à une adresse web (espace, accent, majuscule ou signe) ; renommez-le `"
                        + PortableNames.suggestion(name, file) + "` (minuscules sans accents, chiffres, et `-`, `_` ou `.` entre eux)"));
            }
        }
    }

    /** The files and folders below {@code dir}, neither hidden ones nor links, in path order. */
    private static List<Path> entries(Path dir) {
        List<Path> entries = new ArrayList<>();
        if (!Files.isDirectory(dir) || Files.isSymbolicLink(dir)) {
            return entries;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    if (folder.equals(dir)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (hidden(folder)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    entries.add(folder);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && !hidden(file)) {
                        entries.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entries.sort(null);
        return entries;
    }

    private static boolean hidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }
}
