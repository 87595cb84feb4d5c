package fr.gouv.diplomatie.daect.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page is French, semantic and navigable with the keyboard and a screen reader. */
class PageStructureTest {

    /** A past year's archive lists its sessions without an empty « À venir » part; the home page keeps saying none is announced. */
    @Test
    void aPastYearsArchiveHasNoEmptyUpcomingPart() {
        assertTrue(BakedSite.page("archives/2020.html").selectFirst(".daect-upcoming").hasAttr("hidden"));
        assertFalse(BakedSite.page("index.html").selectFirst(".daect-upcoming").hasAttr("hidden"));
    }

    /** A session's title keeps its colon on its line, on its page and on the cards that list it (French spacing). */
    @Test
    void aTitlesColonNeverStartsALine() {
        String title = "Les appels à projets de la DAECT\u00a0: mode d'emploi";
        assertEquals(title, BakedSite.page("webinaires/2020-12-02-appels-a-projets.html").selectFirst("h1").wholeText());
        assertTrue(BakedSite.page("index.html").select(".fr-card__title").stream().anyMatch(t -> t.wholeText().strip().equals(title)),
                "the home page's card");
    }

    @Test
    void everyPageHasTheLandmarksASkipLinkAndOneHeadingOfLevelOne() {
        for (String path : BakedSite.pages()) {
            Document page = BakedSite.page(path);
            assertEquals("fr", page.selectFirst("html").attr("lang"), path);
            assertEquals(1, page.select("h1").size(), path);
            assertNotNull(page.selectFirst("header.fr-header"), path);
            assertNotNull(page.selectFirst("main#contenu"), path);
            assertNotNull(page.selectFirst("footer#pied-de-page"), path);
            assertNotNull(page.selectFirst(".fr-skiplinks a[href=#contenu]"), path);
            assertTrue(page.title().endsWith("Webinaires de la DAECT"), path + " : " + page.title());
            assertNotNull(page.selectFirst("meta[name=description][content]"), path);
        }
    }

    @Test
    void headingsNeverSkipALevel() {
        for (String path : BakedSite.pages()) {
            int previous = 0;
            for (Element heading : BakedSite.page(path).select("h1, h2, h3, h4, h5, h6")) {
                int level = heading.tagName().charAt(1) - '0';
                assertTrue(level <= previous + 1, path + " : « " + heading.text() + " » (h" + level + " après h" + previous + ")");
                previous = level;
            }
        }
    }

    @Test
    void theHeaderCarriesTheStateBlockTheServiceAndTheMinistry() {
        Document home = BakedSite.page("index.html");

        assertEquals("République française", home.selectFirst(".fr-header .fr-logo").text());
        assertEquals("Délégation pour l’action extérieure des collectivités territoriales", home.selectFirst(".fr-header__service-title").text());
        assertEquals("Ministère de l'Europe et des Affaires étrangères", home.selectFirst(".fr-header__service-tagline").text());
        assertEquals("Programme des webinaires", home.selectFirst(".fr-nav__link[aria-current=page]").text());
    }

    @Test
    void onlyThePartsOfTheDsfrThePagesUseAreShipped() throws Exception {
        String home = BakedSite.page("index.html").selectFirst("link[rel=stylesheet][href*=dsfr/]").attr("href");
        String css = java.nio.file.Files.readString(BakedSite.dir().resolve(home));
        assertTrue(css.length() < 100_000, home + " : " + css.length() + " octets ; le paquet complet du DSFR fait 700 Ko");
        assertTrue(css.contains(".fr-header__menu"), "a component the pages use");
        assertTrue(css.contains(".fr-card"), "a component the home page uses");
        assertFalse(css.contains(".fr-accordion"), "a component no page uses");
        assertFalse(css.contains(".fr-checkbox-group"), "a component only the registration page uses");
        assertFalse(css.contains("data-fr-theme"), "the dark theme, which no page enables");
        assertFalse(java.nio.file.Files.exists(BakedSite.dir().resolve("dsfr/fonts")), "the site's own subset fonts replace the DSFR's");
        assertTrue(java.nio.file.Files.isRegularFile(BakedSite.dir().resolve("fonts/marianne-regular.woff2")));
    }
}
