package fr.gouv.diplomatie.daect.programme.publish;

import fr.gouv.diplomatie.daect.programme.bake.SiteStep;
import fr.gouv.diplomatie.daect.programme.bake.PageHead;

import java.io.IOException;
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
        PageHead head;
        try {
            head = PageHead.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean indexable = !head.meta("robots").orElse("").contains("noindex");
        return indexable ? head.links("canonical").stream().filter(href -> !href.isEmpty()).findFirst() : Optional.empty();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
