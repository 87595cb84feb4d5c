package fr.gouv.diplomatie.daect.programme.publish;

import fr.gouv.diplomatie.daect.programme.bake.SiteStep;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes {@code sitemap.xml} with the canonical address of every page that declares one (so the 404
 * page and pages marked {@code noindex} stay out), and {@code robots.txt} pointing to it.
 */
public final class SitemapStep implements SiteStep {

    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";

    /** Enough for the head of every page of the site (about 2 KB); a longer head is read on. */
    private static final int HEAD_BYTES = 8192;

    private final String siteHost;

    public SitemapStep(String siteHost) {
        this.siteHost = siteHost.endsWith("/") ? siteHost : siteHost + "/";
    }

    @Override
    public String name() {
        return "fichiers d'indexation (sitemap.xml, robots.txt)";
    }

    @Override
    public int write(Path site) throws IOException {
        List<String> addresses;
        try (Stream<Path> files = Files.walk(site)) {
            // Thousands of pages: read on every core, in the order of their paths.
            addresses = files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().toList()
                    .parallelStream().map(SitemapStep::indexedAddress).flatMap(Optional::stream).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String address : addresses) {
            xml.append("  <url><loc>").append(escape(address)).append("</loc></url>\n");
        }
        xml.append("</urlset>\n");
        Files.writeString(site.resolve(SITEMAP), xml, StandardCharsets.UTF_8);
        Files.writeString(site.resolve(ROBOTS), "User-agent: *\nAllow: /\n\nSitemap: " + siteHost + SITEMAP + "\n", StandardCharsets.UTF_8);
        return 2;
    }

    /** The page's canonical address, unless it declares none or asks not to be indexed. */
    private static Optional<String> indexedAddress(Path file) {
        Document page;
        try {
            page = Jsoup.parse(head(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String canonical = page.select("link[rel=canonical]").attr("href");
        boolean indexable = !page.select("meta[name=robots]").attr("content").contains("noindex");
        return canonical.isEmpty() || !indexable ? Optional.empty() : Optional.of(canonical);
    }

    /**
     * The page up to the end of its head, where the canonical address and robots directive are: parsing whole
     * pages doubled the step's time, and reading them whole cost as much again on large programmes.
     */
    private static String head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(HEAD_BYTES);
            String text = new String(start, StandardCharsets.UTF_8);
            int end = text.indexOf("</head>");
            if (end >= 0) {
                return text.substring(0, end);
            }
            String html = new String(concat(start, in.readAllBytes()), StandardCharsets.UTF_8);
            end = html.indexOf("</head>");
            return end < 0 ? html : html.substring(0, end);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
