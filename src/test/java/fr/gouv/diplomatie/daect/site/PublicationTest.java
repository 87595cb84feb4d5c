package fr.gouv.diplomatie.daect.site;

import fr.gouv.diplomatie.daect.programme.check.SiteChecker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What search engines, feeds and static hosts get from the baked site. */
class PublicationTest {

    private static final String HOST = "https://example.org/webinaires-daect/";

    @Test
    void theSitemapListsEveryPageButThe404AndRobotsPointsToIt() throws Exception {
        Document sitemap = Jsoup.parse(Files.readString(BakedSite.dir().resolve("sitemap.xml")), "", Parser.xmlParser());
        List<String> listed = sitemap.select("url > loc").eachText();

        List<String> expected = BakedSite.pages().stream().filter(p -> !p.equals("404.html"))
                .map(p -> HOST + (p.equals("index.html") ? "" : p)).sorted().toList();
        assertEquals(expected, listed.stream().sorted().toList());
        assertTrue(Files.readString(BakedSite.dir().resolve("robots.txt")).contains("Sitemap: " + HOST + "sitemap.xml"));
    }

    @Test
    void everyPageDeclaresItsCanonicalAddressAndOpenGraphData() {
        for (String path : BakedSite.pages()) {
            Document page = BakedSite.page(path);
            if (path.equals("404.html")) {
                continue;
            }
            String canonical = page.select("link[rel=canonical]").attr("href");
            assertEquals(HOST + (path.equals("index.html") ? "" : path), canonical, path);
            assertEquals(canonical, page.select("meta[property=og:url]").attr("content"), path);
            assertEquals(page.select("meta[name=description]").attr("content"), page.select("meta[property=og:description]").attr("content"), path);
            assertTrue(page.select("link[rel=icon]").size() >= 1, path);
        }
    }

    @Test
    void theSiteWorksPublishedUnderASubPath() throws Exception {
        String subPath = "https://example.org/collectivites/webinaires/";
        Path site = Rebake.bake("www-sous-chemin", Map.of("site.host", subPath), TimeZone.getDefault(), Locale.getDefault(), Clock.systemUTC());

        assertEquals(List.of(), SiteChecker.standard(subPath).check(site));
        Document notFound = Jsoup.parse(site.resolve("404.html").toFile(), "UTF-8");
        assertTrue(notFound.select("a[href]").eachAttr("href").contains(subPath + "index.html"),
                "la page 404, servie à n'importe quelle profondeur, renvoie vers l'accueil par une adresse absolue");
    }
}
