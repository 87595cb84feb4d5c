package fr.gouv.diplomatie.daect.programme.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * What a baked site weighs, as the issue of a programme that grows for years asks: the heaviest page (raw and
 * gzipped), the deepest session page in links from the home page, the bytes per session, the search index's size.
 */
record SiteMeasure(String heaviestPage, long heaviestRaw, String heaviestGzippedPage, long heaviestGzipped,
                   String deepestSession, int deepestClicks, long siteBytes, long searchIndexBytes, int unreachableSessions) {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"#?]*)[^\"]*\"");

    static SiteMeasure of(Path site) throws IOException {
        List<Path> pages;
        long total;
        try (Stream<Path> files = Files.walk(site)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            pages = all.stream().filter(f -> f.toString().endsWith(".html")).toList();
            total = all.stream().mapToLong(SiteMeasure::size).sum();
        }
        String heaviest = "";
        long raw = 0;
        String heaviestGzipped = "";
        long gzipped = 0;
        for (Path page : pages) {
            byte[] bytes = Files.readAllBytes(page);
            if (bytes.length > raw) {
                raw = bytes.length;
                heaviest = site.relativize(page).toString();
            }
            long compressed = gzip(bytes);
            if (compressed > gzipped) {
                gzipped = compressed;
                heaviestGzipped = site.relativize(page).toString();
            }
        }
        Map<Path, Integer> clicks = clicksFromHome(site);
        String deepest = "";
        int depth = 0;
        int unreachable = 0;
        for (Path page : pages) {
            if (!site.relativize(page).toString().startsWith("webinaires/")) {
                continue;
            }
            Integer d = clicks.get(page.normalize());
            if (d == null) {
                unreachable++;
            } else if (d > depth) {
                depth = d;
                deepest = site.relativize(page).toString();
            }
        }
        Path index = site.resolve("pagefind");
        long indexBytes = 0;
        if (Files.isDirectory(index)) {
            try (Stream<Path> files = Files.walk(index)) {
                indexBytes = files.filter(Files::isRegularFile).mapToLong(SiteMeasure::size).sum();
            }
        }
        return new SiteMeasure(heaviest, raw, heaviestGzipped, gzipped, deepest, depth, total, indexBytes, unreachable);
    }

    /** Breadth first from index.html, following the pages' links within the site. */
    private static Map<Path, Integer> clicksFromHome(Path site) throws IOException {
        Map<Path, Integer> clicks = new HashMap<>();
        Path home = site.resolve("index.html").normalize();
        clicks.put(home, 0);
        ArrayDeque<Path> queue = new ArrayDeque<>(List.of(home));
        while (!queue.isEmpty()) {
            Path page = queue.poll();
            Matcher href = HREF.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (href.find()) {
                String target = href.group(1);
                if (target.isEmpty() || target.contains(":") || !target.endsWith(".html")) {
                    continue;
                }
                Path linked = page.getParent().resolve(target).normalize();
                if (linked.startsWith(site) && !clicks.containsKey(linked) && Files.isRegularFile(linked)) {
                    clicks.put(linked, clicks.get(page) + 1);
                    queue.add(linked);
                }
            }
        }
        return clicks;
    }

    private static long gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two lines for the benchmark's output. */
    String format(int sessions) {
        return String.format("       page la plus lourde : %s, %d Ko (%s : %d Ko gzip) | séance la plus profonde : %s, à %d clics de l'accueil%s%n"
                        + "       site : %d Mo, %d octets par séance | index de recherche : %d Ko",
                heaviestPage, heaviestRaw / 1024, heaviestGzippedPage, heaviestGzipped / 1024, deepestSession, deepestClicks,
                unreachableSessions > 0 ? " (" + unreachableSessions + " séances inaccessibles !)" : "",
                siteBytes >> 20, siteBytes / Math.max(1, sessions), searchIndexBytes / 1024);
    }
}
