package fr.gouv.diplomatie.daect.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The home page as baked on a given day: the next session first, then what is to come, then what is over. */
class HomePageTest {

    private static String text(Element element) {
        return element.text().replace('\u00a0', ' ');
    }

    private static Document parse(Path site, String page) throws Exception {
        return Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
    }

    /** The sessions of a part of the listing the build shows (hidden years hold none). */
    private static List<String> sessions(Document home, String part) {
        return home.select(".daect-listing " + part + " [data-session]").eachAttr("data-session");
    }

    private static boolean shows(Element element) {
        return element.parents().stream().noneMatch(e -> e.hasAttr("hidden")) && !element.hasAttr("hidden");
    }

    private static List<String> shownBadges(Element session) {
        return session.select(".fr-badge").stream().filter(HomePageTest::shows).map(HomePageTest::text).toList();
    }

    @Test
    void theNextSessionComesFirstThenTheUpcomingOnesThenThePastOnesMostRecentFirst() throws Exception {
        Path site = Rebake.bake("www-20-novembre", Map.of("programme.today", "2020-11-20"), TimeZone.getTimeZone("Europe/Paris"),
                Locale.FRANCE, Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC));
        Document home = parse(site, "index.html");

        Element next = home.selectFirst("[data-next]");
        assertEquals("Prochain webinaire", text(next.selectFirst("h2")));
        assertTrue(next.siblingIndex() < home.getElementById("programme").parent().siblingIndex(), "before the programme");
        Element card = next.selectFirst("[data-session]");
        assertEquals("2020-12-02-appels-a-projets", card.attr("data-session"));
        assertEquals("Les appels à projets de la DAECT : mode d'emploi", text(card.selectFirst("h3")));
        assertTrue(text(card).contains("Mercredi 2 décembre 2020, de 10 h 00 à 12 h 30 (heure de Paris)"), text(card));
        assertEquals("inscription.html?session=2020-12-02-appels-a-projets", card.selectFirst("a.daect-register").attr("href"));
        assertEquals("webinaires/2020-12-02-appels-a-projets.ics", card.selectFirst("a[type=text/calendar]").attr("href"));
        assertTrue(shows(next));
        assertFalse(shows(home.selectFirst("[data-current]")), "nothing under way");

        assertEquals(List.of("2020-12-02-appels-a-projets", "2020-12-09-senegal-developpement-durable", "2020-12-16-afrique-anglophone",
                "2021-01-13-sante", "2021-01-20-sport-jeux-olympiques", "2021-01-27-collectivites-des-ameriques",
                "2021-02-03-jeunesse-covid-19", "2021-02-17-programme-expe-ct"), sessions(home, ".daect-upcoming"));
        assertEquals(List.of("2020-11-18-egalite-femmes-hommes", "2020-10-26-cooperation-franco-marocaine"), sessions(home, ".daect-past"));
        assertEquals(List.of("2020"), home.select(".daect-past .daect-year").stream().filter(HomePageTest::shows)
                .map(year -> year.attr("data-year")).toList(), "past sessions by year; 2021 waits, hidden, for its sessions");
        for (Element past : home.select(".daect-past [data-session]")) {
            assertEquals(List.of("Passé"), shownBadges(past));
            assertTrue(past.hasClass("daect-session--past"));
            assertNull(past.selectFirst("a.daect-register"), "no registration once over");
            assertTrue(site.resolve(past.selectFirst(".fr-card__title a").attr("href")).toFile().isFile(), "still linked to its page");
        }
        for (Element upcoming : home.select(".daect-upcoming [data-session]")) {
            assertEquals(List.of(), shownBadges(upcoming));
        }
    }

    @Test
    void cancelledAndPostponedSessionsAreMarkedAndNeverHidden() throws Exception {
        Path site = new ProjectCopy("www-annulations")
                .header("2020-10-26-cooperation-franco-marocaine", "eventStatus=cancelled")
                .header("2020-11-18-egalite-femmes-hommes", "eventStatus=postponed")
                .bake(Map.of("programme.today", "2020-10-01"));
        Document home = parse(site, "index.html");

        assertEquals(10, sessions(home, ".daect-upcoming").size());
        Element cancelled = home.selectFirst(".daect-upcoming [data-session=2020-10-26-cooperation-franco-marocaine]");
        assertEquals(List.of("Annulé"), shownBadges(cancelled));
        assertNotNull(cancelled.selectFirst(".fr-badge.fr-badge--error"));
        assertNull(cancelled.selectFirst("a.daect-register"));
        Element postponed = home.selectFirst(".daect-upcoming [data-session=2020-11-18-egalite-femmes-hommes]");
        assertEquals(List.of("Reporté"), shownBadges(postponed));
        assertNull(postponed.selectFirst("a.daect-register"));
        assertEquals("2020-12-02-appels-a-projets", home.selectFirst("[data-next] [data-session]").attr("data-session"),
                "neither a cancelled nor a postponed session is the next one");

        Document page = parse(site, "webinaires/2020-10-26-cooperation-franco-marocaine.html");
        assertEquals(List.of("Annulé"), shownBadges(page.selectFirst("article[data-session]")));
        Document theme = parse(site, "themes/maroc.html");
        assertEquals(List.of("Annulé"), shownBadges(theme.selectFirst("[data-session=2020-10-26-cooperation-franco-marocaine]")));
    }

    @Test
    void whenEverySessionIsOverTheHomePageSaysSoAndListsThemAll() {
        Document home = BakedSite.page("index.html");

        Element next = home.selectFirst("[data-next]");
        assertNull(next.selectFirst("[data-session]"));
        assertFalse(shows(next), "no « Prochain webinaire » without one");
        assertTrue(shows(home.selectFirst(".daect-upcoming .daect-empty")));
        assertEquals(1, home.select("main p").stream().filter(HomePageTest::shows)
                .filter(p -> text(p).contains("Aucun webinaire à venir n’est annoncé pour le moment.")).count(), "said once");
        assertNotNull(home.selectFirst("#agenda-programme"), "the subscription to hear of the next dates");
        assertTrue(home.select(".daect-replays").isEmpty(), "nothing to watch again: the real sessions have no recording");
        assertEquals(10, sessions(home, ".daect-past").size());
        assertEquals("2021-02-17-programme-expe-ct", sessions(home, ".daect-past").get(0));
    }
}
