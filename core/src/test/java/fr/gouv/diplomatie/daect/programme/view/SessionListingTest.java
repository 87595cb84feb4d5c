package fr.gouv.diplomatie.daect.programme.view;

import fr.gouv.diplomatie.daect.programme.programme.EventStatus;
import fr.gouv.diplomatie.daect.programme.programme.Programme;
import fr.gouv.diplomatie.daect.programme.programme.Session;
import fr.gouv.diplomatie.daect.programme.programme.TagVocabulary;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the home page and the theme pages list, in which order, and how themes are named. */
class SessionListingTest {

    private static final TagVocabulary VOCABULARY = TagVocabulary.parse(List.of(
            "# thèmes puis lieux", "sante=Santé", "dispositif-conjoint=Dispositif conjoint", "maroc=Maroc", "jeunesse=Jeunesse"));

    private static Session session(String slug, String date, String... tags) {
        return new Session("content/webinaires/" + slug + ".md", slug, UUID.nameUUIDFromBytes(slug.getBytes()), "Titre " + slug,
                LocalDate.parse(date), LocalTime.of(10, 0), LocalTime.of(12, 30), ZoneId.of("Europe/Paris"),
                EventStatus.SCHEDULED, List.of(tags), null, true, true);
    }

    private final List<Session> sessions = List.of(
            session("maroc", "2020-10-26", "maroc", "dispositif-conjoint"),
            session("egalite", "2020-11-18", "egalite-femmes-hommes"),
            session("senegal", "2020-12-09", "dispositif-conjoint"),
            session("sante", "2021-01-13", "sante"),
            session("sport", "2021-01-20"));

    private ProgrammeView seenAt(String instant) {
        return new ProgrammeView(new Programme(sessions, Instant.parse(instant)), new SitePaths(), Organizer.NONE, VOCABULARY);
    }

    private static List<String> slugs(ProgrammeView.Year year) {
        return year.getSessions().stream().map(SessionView::getSlug).toList();
    }

    @Test
    void upcomingSessionsComeInOrderByYearThenPastOnesMostRecentFirst() {
        SessionListing listing = seenAt("2020-12-01T00:00:00Z").getListing();

        assertEquals(List.of(2020, 2021), listing.getUpcoming().stream().map(ProgrammeView.Year::getYear).toList());
        assertEquals(List.of("senegal"), slugs(listing.getUpcoming().get(0)));
        assertEquals(List.of("sante", "sport"), slugs(listing.getUpcoming().get(1)));
        assertEquals(List.of(2021, 2020), listing.getPast().stream().map(ProgrammeView.Year::getYear).toList(),
                "2021 has its place among the past sessions, empty until its sessions are over");
        assertEquals(List.of(), slugs(listing.getPast().get(0)));
        assertEquals(List.of("egalite", "maroc"), slugs(listing.getPast().get(1)));
        assertEquals(3, listing.getUpcomingCount());
        assertEquals(2, listing.getPastCount());
        assertEquals("5 webinaires", listing.getSizeLabel());
    }

    @Test
    void aThemeListsItsOwnSessions() {
        ProgrammeView programme = seenAt("2020-11-01T00:00:00Z");
        SessionListing conjoint = programme.listingOf(programme.theme("dispositif-conjoint"));

        assertEquals(List.of("senegal"), slugs(conjoint.getUpcoming().get(0)));
        assertEquals(List.of("maroc"), slugs(conjoint.getPast().get(0)));
        assertEquals("2 webinaires", conjoint.getSizeLabel());
        assertEquals("1 webinaire", programme.listingOf(programme.theme("sante")).getSizeLabel());
    }

    @Test
    void themesAreLabelledFromTheVocabularyInItsOrderWithTheirPages() {
        ProgrammeView programme = seenAt("2020-11-01T00:00:00Z");

        assertEquals(List.of("sante", "dispositif-conjoint", "maroc", "egalite-femmes-hommes"),
                programme.getThemes().stream().map(Theme::getSlug).toList(),
                "used tags in the vocabulary's order, an unknown one last; jeunesse, unused, has no page");
        assertEquals(List.of("Santé", "Dispositif conjoint", "Maroc", "egalite-femmes-hommes"),
                programme.getThemes().stream().map(Theme::getLabel).toList());
        assertEquals("themes/maroc.html", programme.theme("maroc").getPath());

        SessionView maroc = programme.session("maroc");
        assertEquals(List.of("Maroc", "Dispositif conjoint"), maroc.getThemes().stream().map(Theme::getLabel).toList());
        assertEquals("maroc dispositif-conjoint", maroc.getThemeSlugs());
    }

    @Test
    void aSessionsStateAtBuildTimeIsUpcomingUnderWayOrPast() {
        assertEquals("upcoming", seenAt("2020-10-26T08:59:00Z").session("maroc").getState());
        assertEquals("under-way", seenAt("2020-10-26T09:00:00Z").session("maroc").getState());
        assertEquals("past", seenAt("2020-10-26T11:30:00Z").session("maroc").getState());
    }
}
