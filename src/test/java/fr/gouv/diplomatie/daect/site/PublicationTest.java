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
    void theAtomFeedAnnouncesTheSessionsWithTheirStableIdentityAndPage() throws Exception {
        Document feed = Jsoup.parse(Files.readString(BakedSite.dir().resolve("webinaires.atom")), "", Parser.xmlParser());
        Document home = BakedSite.page("index.html");

        assertEquals(HOST + "webinaires.atom", feed.selectFirst("feed > link[rel=self]").attr("href"));
        assertEquals(10, feed.select("entry").size());
        var first = feed.select("entry").last();
        assertEquals("Présentation de la coopération décentralisée franco-marocaine, de son dispositif de soutien et du contexte marocain",
                first.selectFirst("title").text());
        assertEquals("urn:uuid:8758bf3a-9689-4087-86d8-c5c343fe098b", first.selectFirst("id").text());
        assertEquals(HOST + "webinaires/2020-10-26-cooperation-franco-marocaine.html", first.selectFirst("link[rel=alternate]").attr("href"));
        assertTrue(first.selectFirst("summary").text().startsWith("Lundi 26 octobre 2020, de 14 h 00 à 16 h 00 (heure de Paris)"));
        assertTrue(java.time.Instant.parse(first.selectFirst("updated").text()).isBefore(java.time.Instant.now()));
        assertEquals("webinaires.atom", home.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href"));
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
