package fr.gouv.diplomatie.daect.programme.programme;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which sessions the registration form offers. */
class OpenForRegistrationTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static Session session(String slug, String date, EventStatus status, boolean registration) {
        return new Session("content/webinaires/" + slug + ".md", slug, UUID.nameUUIDFromBytes(slug.getBytes()), slug,
                LocalDate.parse(date), LocalTime.of(10, 0), LocalTime.of(12, 30), PARIS, status, List.of(), null, true, registration);
    }

    @Test
    void aYearOfSessionsAnnouncedAheadOpensTheNextThirtyOnlyAndTheFollowingOneOnceOneIsOver() {
        List<Session> daily = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> session(String.format("s%02d", i), LocalDate.parse("2021-01-04").plusDays(i).toString(), EventStatus.SCHEDULED, true))
                .toList();
        Programme before = new Programme(daily, Instant.parse("2021-01-01T10:00:00Z"));
        assertEquals(Programme.MAX_OPEN_FOR_REGISTRATION, before.openForRegistration().size());
        assertEquals("s29", before.openForRegistration().get(29).slug());
        assertEquals(false, before.isOpenForRegistration(daily.get(30)));

        Programme dayAfter = new Programme(daily, Instant.parse("2021-01-05T10:00:00Z"));
        assertEquals(true, dayAfter.isOpenForRegistration(daily.get(30)), "the first one over, the 31st opens");
        assertEquals(false, dayAfter.isOpenForRegistration(daily.get(0)));
    }

    @Test
    void onlySessionsAheadStillScheduledAndNotClosedAreOffered() {
        Programme programme = new Programme(List.of(
                session("passe", "2020-11-18", EventStatus.SCHEDULED, true),
                session("en-cours", "2020-12-02", EventStatus.SCHEDULED, true),
                session("annule", "2020-12-09", EventStatus.CANCELLED, true),
                session("reporte", "2020-12-16", EventStatus.POSTPONED, true),
                session("deplace", "2021-01-13", EventStatus.RESCHEDULED, true),
                session("ferme", "2021-01-20", EventStatus.SCHEDULED, false),
                session("ouvert", "2021-01-27", EventStatus.SCHEDULED, true)),
                // 2 December 2020, 11:00 in Paris: "en-cours" has started but is not over.
                Instant.parse("2020-12-02T10:00:00Z"));

        // A session under way is not offered: the participation link has been sent already.
        assertEquals(List.of("deplace", "ouvert"), programme.openForRegistration().stream().map(Session::slug).toList());
    }

    @Test
    void withoutAClosingDelayASessionClosesWhenItStarts() {
        Session session = session("sante", "2021-01-13", EventStatus.SCHEDULED, true);

        assertEquals(1, new Programme(List.of(session), Instant.parse("2021-01-13T08:59:00Z")).openForRegistration().size());
        assertEquals(0, new Programme(List.of(session), Instant.parse("2021-01-13T09:00:00Z")).openForRegistration().size());
    }

    @Test
    void registrationClosesTheGivenHoursBeforeTheStart() {
        // 13 January 2021, 10:00 in Paris (09:00 UTC): with 24 hours, registration closes on the 12th at 10:00 in Paris.
        Session session = session("sante", "2021-01-13", EventStatus.SCHEDULED, true);
        java.time.Duration day = java.time.Duration.ofHours(24);

        assertEquals(Instant.parse("2021-01-12T09:00:00Z"), new Programme(List.of(session), Instant.EPOCH, day).registrationClosesAt(session));
        assertEquals(1, new Programme(List.of(session), Instant.parse("2021-01-12T08:59:00Z"), day).openForRegistration().size());
        assertEquals(0, new Programme(List.of(session), Instant.parse("2021-01-12T09:00:00Z"), day).openForRegistration().size());
    }

    @Test
    void aSessionUnderWayIsCurrentNotNext() {
        Programme programme = new Programme(List.of(
                session("en-cours", "2020-12-02", EventStatus.SCHEDULED, true),
                session("suivant", "2020-12-09", EventStatus.SCHEDULED, true)),
                Instant.parse("2020-12-02T10:00:00Z"));

        assertEquals("en-cours", programme.current().orElseThrow().slug());
        assertEquals("suivant", programme.next().orElseThrow().slug());
    }
}
