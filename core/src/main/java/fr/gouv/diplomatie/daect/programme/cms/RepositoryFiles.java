package fr.gouv.diplomatie.daect.programme.cms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files the editing interface may read and write: under {@code content/} and {@code assets/}
 * only, by a relative path with forward slashes, never through a symbolic link nor out of the
 * repository ({@code ..}, absolute paths). Writes go to a temporary file moved into place, so that
 * the preview's watcher never bakes half a file.
 */
final class RepositoryFiles {

    static final List<String> ROOTS = List.of("content", "assets");

    private final Path projectDir;

    RepositoryFiles(Path projectDir) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
    }

    String name() {
        return projectDir.getFileName() == null ? "depot" : projectDir.getFileName().toString();
    }

    byte[] read(String path) throws IOException {
        Path file = resolve(path);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("Fichier introuvable : " + path);
        }
        return Files.readAllBytes(file);
    }

    void write(String path, byte[] bytes) throws IOException {
        Path file = resolve(path);
        Files.createDirectories(file.getParent());
        refuseLinks(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), ".cms-", ".tmp");
        try {
            Files.write(temporary, bytes);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    void delete(String path) throws IOException {
        Path file = resolve(path);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("Fichier introuvable : " + path);
        }
        Files.delete(file);
    }

    /** The files of a folder with that extension ("" for any), down to {@code depth} levels, as relative paths. */
    List<String> list(String folder, String extension, int depth) throws IOException {
        Path dir = resolve(folder);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> found = Files.walk(dir, Math.max(1, depth))) {
            return found.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> extension.isEmpty() || f.getFileName().toString().endsWith("." + extension))
                    .map(this::relative).sorted().toList();
        }
    }

    private String relative(Path file) {
        return projectDir.relativize(file).toString().replace('\\', '/');
    }

    /** @throws IOException when the path leaves content/ or assets/ */
    Path resolve(String path) throws IOException {
        if (path.isEmpty() || path.contains("\0") || path.contains("\\") || path.startsWith("/")) {
            throw new IOException("Chemin refusé : " + path);
        }
        Path file = projectDir.resolve(path).normalize();
        boolean inside = ROOTS.stream().map(projectDir::resolve).anyMatch(root -> file.startsWith(root));
        if (!inside) {
            throw new IOException("Chemin refusé : " + path + " (seuls content/ et assets/ sont modifiables)");
        }
        refuseLinks(file);
        return file;
    }

    /** No link anywhere between the repository and the file: it would lead out of content/ or assets/. */
    private void refuseLinks(Path file) throws IOException {
        for (Path at = file; at != null && at.startsWith(projectDir) && !at.equals(projectDir); at = at.getParent()) {
            if (Files.isSymbolicLink(at)) {
                throw new IOException("Chemin refusé : " + relative(file) + " passe par un lien symbolique");
            }
        }
    }
}
