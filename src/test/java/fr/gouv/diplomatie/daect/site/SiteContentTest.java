package fr.gouv.diplomatie.daect.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every fact of the source page reaches the baked site, in French, unchanged. */
class SiteContentTest {

    private static String text(Element element) {
        return element.text().replace('\u00a0', ' ');
    }

    @Test
    void theHomePageIntroducesTheProgrammeInTheSourceWords() {
        Document home = BakedSite.page("index.html");

        assertEquals("Les webinaires du guide opérationnel de la coopération décentralisée", text(home.selectFirst("h1")));
        assertTrue(text(home.body()).contains("À partir du 26 octobre 2020"));
        List<String> paragraphs = home.select(".daect-intro p").eachText();
        assertEquals(Seed.INTRODUCTION, paragraphs);
    }

    @Test
    void theHomePageListsTheProgrammeByYearWithFullFrenchDatesAndHours() {
        Document home = BakedSite.page("index.html");

        assertYear(home, "2020", Seed.SESSIONS_2020);
        assertYear(home, "2021", Seed.SESSIONS_2021);
    }

    /**
     * The home page lists upcoming sessions, then past ones (most recent first), each part by year:
     * a year's sessions, wherever they stand, are the source's, with its dates, hours and notes.
     */
    private static void assertYear(Document home, String year, List<Seed.SessionFact> expected) {
        Elements groups = home.select(".daect-listing .daect-year[data-year=" + year + "]");
        assertFalse(groups.isEmpty(), "année " + year);
        for (Element group : groups) {
            if (!group.select(".fr-card").isEmpty()) {
                assertEquals(year, text(group.selectFirst("h4")));
            }
        }
        List<Element> cards = chronological(groups.select(".fr-card"));
        assertEquals(expected.size(), cards.size());
        for (int i = 0; i < expected.size(); i++) {
            Seed.SessionFact fact = expected.get(i);
            Element card = cards.get(i);
            Element link = card.selectFirst(".fr-card__title a");
            assertEquals(fact.title(), text(link));
            assertTrue(BakedSite.dir().resolve(link.attr("href")).toFile().isFile(), "lien vers " + link.attr("href"));
            assertTrue(text(card).contains(fact.date() + ", " + fact.hours()), text(card));
            if (fact.note() != null) {
                assertTrue(text(card).contains(fact.note()), text(card));
            }
        }
    }

    /** Cards in the order of their sessions' start (ISO times with the same offset sort as text). */
    private static List<Element> chronological(Elements cards) {
        return cards.stream().sorted(java.util.Comparator.comparing((Element card) -> card.selectFirst("time").attr("datetime"))).toList();
    }

    @Test
    void eachSessionHasItsPageWithTitleDateHoursNoteAndPlaceInTheProgramme() {
        List<Seed.SessionFact> sessions = Seed.allSessions();
        List<Element> links = chronological(BakedSite.page("index.html").select(".daect-listing .fr-card")).stream()
                .map(card -> card.selectFirst(".fr-card__title a")).toList();
        assertEquals(10, links.size());
        for (int i = 0; i < sessions.size(); i++) {
            Seed.SessionFact fact = sessions.get(i);
            Document page = BakedSite.page(links.get(i).attr("href"));

            assertEquals(1, page.select("h1").size());
            assertEquals(fact.title(), text(page.selectFirst("h1")));
            Element time = page.selectFirst("main time[datetime]");
            assertEquals(fact.date(), text(time));
            assertTrue(text(page.selectFirst("main")).contains(fact.date() + ", " + fact.hours() + " (heure de Paris)"));
            if (fact.note() != null) {
                assertEquals(fact.note(), text(page.selectFirst("article .fr-callout")));
            } else {
                assertFalse(text(page.body()).contains("dispositif conjoint"));
            }
            Element pager = page.selectFirst("nav[aria-label=Dans le programme]");
            assertEquals(i > 0, pager.selectFirst("a[rel=prev]") != null);
            assertEquals(i < sessions.size() - 1, pager.selectFirst("a[rel=next]") != null);
            if (i > 0) {
                assertEquals(sessions.get(i - 1).title(), text(pager.selectFirst("a[rel=prev]")));
            }
            assertNotNull(pager.selectFirst("a[href=../index.html#programme]"), "retour au programme");
        }
    }

    @Test
    void timesCarryTheirOffsetSoThatTheyMeanTheSameInstantEverywhere() {
        Document page = BakedSite.page("webinaires/2020-10-26-cooperation-franco-marocaine.html");

        assertEquals("2020-10-26T14:00+01:00", page.selectFirst("main time").attr("datetime"));
        Document summer = BakedSite.page("webinaires/2021-02-17-programme-expe-ct.html");
        assertEquals("2021-02-17T10:00+01:00", summer.selectFirst("main time").attr("datetime"));
    }

    @Test
    void theInformationBlockGivesEveryContactOfTheSource() {
        for (String path : List.of("index.html", "webinaires/2021-01-13-sante.html")) {
            Element block = BakedSite.page(path).selectFirst(".daect-information");
            assertNotNull(block, path);
            String text = text(block);
            assertTrue(text.contains("Secrétariat de la DAECT"), text);
            assertEquals("01 43 17 62 64", text(block.selectFirst("a[href=tel:+33143176264]")));
            assertEquals("secretariat.dgm-aect@diplomatie.gouv.fr", text(block.selectFirst("a[href=mailto:secretariat.dgm-aect@diplomatie.gouv.fr]")));
            assertTrue(text.contains("Organigramme de la DAECT sur France Diplomatie"), text);
            assertTrue(text.contains("Inscriptions en ligne"), text);
            assertTrue(text.contains(Seed.LINK_NOTE), text);
        }
    }

    @Test
    void theGuidePageGivesItsThreePartsContextPresentationAndCollection() {
        Document guide = BakedSite.page("guide.html");

        assertEquals("Le guide opérationnel de la coopération décentralisée", text(guide.selectFirst("h1")));
        assertEquals(Seed.GUIDE_PARTS, guide.select(".daect-body ol > li").eachText());
        String text = text(guide.selectFirst("main"));
        for (String sentence : Seed.GUIDE_TEXT) {
            assertTrue(text.contains(sentence), sentence);
        }
    }

    @Test
    void noAddressIsInventedForLinksTheSourceLeavesBlank() {
        for (String path : BakedSite.pages()) {
            for (Element link : BakedSite.page(path).select("a[href]")) {
                String href = link.attr("href");
                assertFalse(href.equals("#") || href.isBlank(), path + " : lien vide « " + text(link) + " »");
            }
        }
    }
}
