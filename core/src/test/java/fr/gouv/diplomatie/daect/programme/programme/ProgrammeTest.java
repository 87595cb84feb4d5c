package fr.gouv.diplomatie.daect.programme.programme;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgrammeTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static Session session(String slug, String date, String start, String end, EventStatus status) {
        return new Session("content/webinaires/" + slug + ".md", slug, UUID.nameUUIDFromBytes(slug.getBytes()), "Titre " + slug,
                LocalDate.parse(date), LocalTime.parse(start), LocalTime.parse(end), PARIS, status, List.of(), null, true, true);
    }

    private final Session maroc = session("maroc", "2020-10-26", "14:00", "16:00", EventStatus.SCHEDULED);
    private final Session egalite = session("egalite", "2020-11-18", "10:00", "12:30", EventStatus.CANCELLED);
    private final Session sante = session("sante", "2021-01-13", "10:00", "12:30", EventStatus.SCHEDULED);

    private Programme seenAt(String instant) {
        return new Programme(List.of(sante, egalite, maroc), Instant.parse(instant));
    }

    @Test
    void sortsSessionsChronologicallyAndGroupsThemByYear() {
        Programme programme = seenAt("2020-10-01T00:00:00Z");

        assertEquals(List.of(maroc, egalite, sante), programme.sessions());
        assertEquals(List.of(2020, 2021), List.copyOf(programme.byYear().keySet()));
        assertEquals(List.of(maroc, egalite), programme.byYear().get(2020));
    }

    @Test
    void aSessionIsPastOnceItHasEndedInItsOwnZone() {
        // 16:00 in Paris on 26 October 2020 is 15:00 UTC (winter time since the 25th).
        assertFalse(seenAt("2020-10-26T14:59:00Z").isPast(maroc));
        assertTrue(seenAt("2020-10-26T14:59:00Z").sessions().get(0).isUnderWayAt(Instant.parse("2020-10-26T14:59:00Z")));
        assertTrue(seenAt("2020-10-26T15:00:00Z").isPast(maroc));
    }

    @Test
    void upcomingPastAndNextFollowTheClock() {
        Programme programme = seenAt("2020-11-01T00:00:00Z");

        assertEquals(List.of(egalite, sante), programme.upcoming());
        assertEquals(List.of(maroc), programme.past());
        assertEquals(sante, programme.next().orElseThrow(), "a cancelled session is never the next one");
    }

    @Test
    void aPostponedSessionStaysListedButIsNotTheNextOne() {
        Session postponed = session("maroc", "2020-10-26", "14:00", "16:00", EventStatus.POSTPONED);
        Programme programme = new Programme(List.of(sante, postponed), Instant.parse("2020-10-01T00:00:00Z"));

        assertEquals(List.of(postponed, sante), programme.upcoming());
        assertEquals(sante, programme.next().orElseThrow());
    }

    @Test
    void aSessionPageAnnouncesOnceOverTheNextSessionAfterItNotTheNextOfTheBuildsDay() {
        Session later = session("later", "2021-03-02", "10:00", "12:00", EventStatus.SCHEDULED);
        Session sameDay = session("apres-midi", "2021-01-13", "12:30", "13:30", EventStatus.SCHEDULED);
        Programme programme = new Programme(List.of(later, sante, egalite, maroc, sameDay), Instant.parse("2020-11-01T00:00:00Z"));

        assertEquals(sante, programme.next().orElseThrow());
        // Baked in November, read in January once « santé » is over: the build's next session is « santé » itself.
        assertEquals(sameDay, programme.nextAfter(sante).orElseThrow(), "starts as « santé » ends");
        assertEquals(later, programme.nextAfter(sameDay).orElseThrow());
        assertTrue(programme.nextAfter(later).isEmpty(), "the last one has none");
        // Over when the site is baked: the next session of the build's day, not the cancelled one after it.
        assertEquals(sante, programme.nextAfter(maroc).orElseThrow());
        assertTrue(new Programme(List.of(maroc), Instant.parse("2021-01-01T00:00:00Z")).nextAfter(maroc).isEmpty());
    }

    @Test
    void pastSessionsComeMostRecentFirst() {
        assertEquals(List.of(sante, egalite, maroc), seenAt("2022-01-01T00:00:00Z").past());
    }

    @Test
    void registrationIsOpenOnlyForSessionsToComeThatStillTakePlace() {
        Programme programme = seenAt("2020-11-01T00:00:00Z");
        Session closed = new Session("x.md", "x", UUID.randomUUID(), "Fermée", LocalDate.parse("2021-02-03"), LocalTime.NOON,
                LocalTime.of(13, 0), PARIS, EventStatus.SCHEDULED, List.of(), null, true, false);

        assertEquals(List.of(sante), programme.openForRegistration());
        assertFalse(new Programme(List.of(closed), Instant.parse("2020-11-01T00:00:00Z")).isOpenForRegistration(closed));
    }

    @Test
    void previousAndFollowingWalkThroughTheProgramme() {
        Programme programme = seenAt("2020-10-01T00:00:00Z");

        assertTrue(programme.previous(maroc).isEmpty());
        assertEquals(maroc, programme.previous(egalite).orElseThrow());
        assertEquals(sante, programme.following(egalite).orElseThrow());
        assertTrue(programme.following(sante).isEmpty());
    }

    @Test
    void draftsAreLeftOut() {
        Session draft = new Session("d.md", "d", UUID.randomUUID(), "Brouillon", LocalDate.parse("2021-03-01"), LocalTime.NOON,
                LocalTime.of(13, 0), PARIS, EventStatus.SCHEDULED, List.of(), null, false, true);

        assertEquals(List.of(maroc), new Programme(List.of(maroc, draft), Instant.EPOCH).sessions());
    }
}
