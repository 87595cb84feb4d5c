package fr.gouv.diplomatie.daect.programme.publish;

import fr.gouv.diplomatie.daect.programme.bake.PageStep;
import fr.gouv.diplomatie.daect.programme.bake.BakedPage;
import fr.gouv.diplomatie.daect.programme.bake.PageHead;
import fr.gouv.diplomatie.daect.programme.view.SitePaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collector;
import java.util.stream.Stream;

/**
 * Writes {@code sitemap.xml} with the canonical address of every page that declares one (so the 404
 * page and pages marked {@code noindex} stay out), and {@code robots.txt} pointing to it.
 */
public final class SitemapStep implements PageStep<SortedMap<Path, String>> {


    private final String siteHost;

    public SitemapStep(String siteHost) {
        this.siteHost = siteHost.endsWith("/") ? siteHost : siteHost + "/";
    }

    @Override
    public String name() {
        return "fichiers d'indexation (sitemap.xml, robots.txt)";
    }

    /** The canonical address of each page (empty if it has none), by the page's file. */
    @Override
    public Collector<BakedPage, ?, SortedMap<Path, String>> pages() {
        return Collector.<BakedPage, SortedMap<Path, String>>of(TreeMap::new,
                (addresses, page) -> addresses.put(page.file(), indexedAddress(page.head()).orElse("")),
                (some, others) -> {
                    some.putAll(others);
                    return some;
                });
    }

    /** Alone, outside a bake: reads the head of each page only. */
    @Override
    public int write(Path site) throws IOException {
        return write(site, headsOf(site));
    }

    @Override
    public int write(Path site, SortedMap<Path, String> given) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        // In the order of the pages' paths.
        for (String address : given.values()) {
            if (!address.isEmpty()) {
                xml.append("  <url><loc>").append(escape(address)).append("</loc></url>\n");
            }
        }
        xml.append("</urlset>\n");
        Files.writeString(site.resolve(SitePaths.SITEMAP), xml, StandardCharsets.UTF_8);
        Files.writeString(site.resolve(SitePaths.ROBOTS), "User-agent: *\nAllow: /\n\nSitemap: " + siteHost + SitePaths.SITEMAP + "\n", StandardCharsets.UTF_8);
        return 2;
    }

    /** When the baker gave no page: the address of each page, read from its head alone, on every core. */
    private static SortedMap<Path, String> headsOf(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            SortedMap<Path, String> addresses = new ConcurrentSkipListMap<>();
            files.filter(f -> f.getFileName().toString().endsWith(".html")).toList().parallelStream().forEach(file -> {
                try {
                    addresses.put(file, indexedAddress(PageHead.read(file)).orElse(""));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return addresses;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The page's canonical address, unless it declares none or asks not to be indexed. */
    private static Optional<String> indexedAddress(PageHead head) {
        boolean indexable = !head.meta("robots").orElse("").contains("noindex");
        return indexable ? head.links("canonical").stream().filter(href -> !href.isEmpty()).findFirst() : Optional.empty();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
