package fr.gouv.diplomatie.daect.programme.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The baked site folder: its pages, parsed once, and the files a link may point at. */
public final class BakedSite {

    private final Path root;
    private final Map<String, Page> pages = new HashMap<>();
    private final Map<Path, Boolean> files = new HashMap<>();

    public BakedSite(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Every HTML page, sorted by path. */
    public List<Page> pages() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted()
                    .map(f -> page(relative(f)).orElseThrow()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Page> page(String path) {
        Path file = root.resolve(path);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(pages.computeIfAbsent(path, p -> new Page(p, parse(file))));
    }

    private Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The site file a relative reference from {@code fromPage} points at ({@code dir/} means
     * {@code dir/index.html}), or empty when it leaves the site or nothing is there.
     */
    public Optional<String> resolve(String fromPage, String reference) {
        String path = reference.replaceAll("[?#].*$", "");
        if (path.isEmpty()) {
            return Optional.of(fromPage);
        }
        URI base = URI.create("site:/" + fromPage.replace(" ", "%20"));
        String resolved;
        try {
            resolved = base.resolve(path.replace(" ", "%20")).getPath();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (resolved == null || !resolved.startsWith("/")) {
            return Optional.empty();
        }
        String relative = resolved.substring(1);
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative = relative + "index.html";
        }
        Path file = root.resolve(relative).normalize();
        return file.startsWith(root) && isFile(file) ? Optional.of(relative) : Optional.empty();
    }

    /** Remembered: every page links the same stylesheets, scripts and pages, and the site does not change during the check. */
    private boolean isFile(Path file) {
        return files.computeIfAbsent(file, Files::isRegularFile);
    }

    public String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
