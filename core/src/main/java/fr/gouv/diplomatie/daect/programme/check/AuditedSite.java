package fr.gouv.diplomatie.daect.programme.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The baked site folder: its pages, each parsed when asked for (holding every parsed page of a large
 * programme at once cost the check more in garbage collection than the parsing), the anchors of each page
 * a link points into, and the files a link may point at.
 */
public final class AuditedSite {

    private final Path root;
    private final Map<String, Set<String>> anchors = new ConcurrentHashMap<>();
    private final Map<Path, Boolean> files = new ConcurrentHashMap<>();

    public AuditedSite(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The path of every HTML page, sorted. */
    public List<String> pagePaths() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".html")).map(this::relative).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page at {@code path}, parsed anew; its anchors are remembered for the links that point into it. */
    public Optional<Page> page(String path) {
        Path file = root.resolve(path);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Page page = new Page(path, parse(file));
        anchors.computeIfAbsent(path, p -> anchorsOf(page.document()));
        return Optional.of(page);
    }

    /** Whether the page at {@code path} (an existing page) has an element with this id, or a link with this name. */
    public boolean hasAnchor(String path, String fragment) {
        Set<String> names = anchors.get(path);
        if (names == null) {
            names = page(path).map(page -> anchors.get(path)).orElse(Set.of());
        }
        return names.contains(fragment);
    }

    private static Set<String> anchorsOf(Document document) {
        Set<String> names = new HashSet<>();
        document.select("[id]").forEach(element -> names.add(element.id()));
        document.select("a[name]").forEach(element -> names.add(element.attr("name")));
        return names;
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
