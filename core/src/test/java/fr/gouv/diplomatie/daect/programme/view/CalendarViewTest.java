package fr.gouv.diplomatie.daect.programme.view;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import fr.gouv.diplomatie.daect.programme.programme.EventStatus;
import fr.gouv.diplomatie.daect.programme.programme.Programme;
import fr.gouv.diplomatie.daect.programme.programme.Session;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the session pages offer for calendars: web calendars' add links, JSON-LD, subscription addresses. */
class CalendarViewTest {

    static final String HOST = "https://webinaires.example.fr/daect/";

    static Session session(String slug, String title, LocalDate date, String start, String end, String zone, EventStatus status) {
        return new Session("content/webinaires/" + slug + ".md", slug, UUID.nameUUIDFromBytes(slug.getBytes(StandardCharsets.UTF_8)),
                title, date, LocalTime.parse(start), LocalTime.parse(end), ZoneId.of(zone), status,
                List.of("maroc", "dispositif-conjoint"), "Une note.", true, true);
    }

    static SessionView view(Session session) {
        Programme programme = new Programme(List.of(session), Instant.parse("2020-10-01T00:00:00Z"));
        return new ProgrammeView(programme, new SitePaths(HOST), new Organizer("Délégation (DAECT)", "secretariat@example.fr"))
                .session(session.slug());
    }

    static Map<String, String> query(String url) {
        return Arrays.stream(URI.create(url).getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    final SessionView maroc = view(session("2020-10-26-maroc", "Coopération franco-marocaine, « dispositif » & co",
            LocalDate.of(2020, 10, 26), "14:00", "16:00", "Europe/Paris", EventStatus.SCHEDULED));

    @Test
    void googleLinkGivesUtcTimes() {
        String url = maroc.getGoogleCalendarUrl();
        assertTrue(url.startsWith("https://calendar.google.com/calendar/render?"), url);
        Map<String, String> query = query(url);
        assertEquals("TEMPLATE", query.get("action"));
        assertEquals("20201026T130000Z/20201026T150000Z", query.get("dates"));
        assertEquals("Coopération franco-marocaine, « dispositif » & co", query.get("text"));
        assertTrue(query.get("details").endsWith("Page du webinaire : " + HOST + "webinaires/2020-10-26-maroc.html"), query.get("details"));
        assertFalse(url.contains("+"), "spaces as %20: " + url);
    }

    @Test
    void aTimeOfTheRepeatedAutumnHourIsReadAsSummerTimeTheFirstOccurrence() {
        // 02:15 on 2021-10-31 happens twice in Paris; java.time and RFC 5545 (3.3.5) both take the first, at +02:00.
        SessionView autumn = view(session("2021-10-31-automne", "Automne", LocalDate.of(2021, 10, 31), "02:15", "02:45", "Europe/Paris",
                EventStatus.SCHEDULED));
        assertEquals("20211031T001500Z/20211031T004500Z", query(autumn.getGoogleCalendarUrl()).get("dates"));
    }

    @Test
    void linksOfADistantYearKeepFourDigitYearsAndNeverASign() {
        SessionView distant = view(session("9999-12-31-loin", "Loin", LocalDate.of(9999, 12, 31), "10:00", "12:00", "Europe/Paris", EventStatus.SCHEDULED));
        assertEquals("99991231T090000Z/99991231T110000Z", query(distant.getGoogleCalendarUrl()).get("dates"));
        assertEquals("9999-12-31T09:00:00Z", query(distant.getOutlookCalendarUrl()).get("startdt"));
        // Past 9999 in UTC: no link rather than "+10000…", which no service reads (validation keeps dates before 2100).
        SessionView beyond = view(session("9999-12-31-au-dela", "Au-delà", LocalDate.of(9999, 12, 31), "22:00", "23:30", "America/Los_Angeles",
                EventStatus.SCHEDULED));
        assertThrows(java.time.DateTimeException.class, beyond::getGoogleCalendarUrl);
        assertThrows(java.time.DateTimeException.class, beyond::getOutlookCalendarUrl);
    }

    @Test
    void outlookLinkGivesUtcTimes() {
        Map<String, String> query = query(maroc.getOutlookCalendarUrl());
        assertEquals("addevent", query.get("rru"));
        assertEquals("2020-10-26T13:00:00Z", query.get("startdt"));
        assertEquals("2020-10-26T15:00:00Z", query.get("enddt"));
        assertEquals("Coopération franco-marocaine, « dispositif » & co", query.get("subject"));
    }

    @Test
    void linksOfASessionInNewYorkDuringTheGapWeekAreAt13hUtc() {
        SessionView newYork = view(session("2021-03-17-ny", "New York", LocalDate.of(2021, 3, 17), "09:00", "10:00",
                "America/New_York", EventStatus.SCHEDULED));
        assertEquals("20210317T130000Z/20210317T140000Z", query(newYork.getGoogleCalendarUrl()).get("dates"));
        assertEquals("2021-03-17T13:00:00Z", query(newYork.getOutlookCalendarUrl()).get("startdt"));
    }

    @Test
    void jsonLdIsASchemaOrgOnlineEventWithOffsets() {
        JsonObject event = JsonParser.parseString(maroc.getJsonLd()).getAsJsonObject();
        assertEquals("https://schema.org", event.get("@context").getAsString());
        assertEquals("Event", event.get("@type").getAsString());
        assertEquals("Coopération franco-marocaine, « dispositif » & co", event.get("name").getAsString());
        assertEquals(OffsetDateTime.parse("2020-10-26T14:00+01:00"), OffsetDateTime.parse(event.get("startDate").getAsString()));
        assertEquals(OffsetDateTime.parse("2020-10-26T16:00+01:00"), OffsetDateTime.parse(event.get("endDate").getAsString()));
        assertEquals("https://schema.org/EventScheduled", event.get("eventStatus").getAsString());
        assertEquals("https://schema.org/OnlineEventAttendanceMode", event.get("eventAttendanceMode").getAsString());
        JsonObject location = event.getAsJsonObject("location");
        assertEquals("VirtualLocation", location.get("@type").getAsString());
        assertEquals(HOST + "webinaires/2020-10-26-maroc.html", location.get("url").getAsString());
        assertEquals("Délégation (DAECT)", event.getAsJsonObject("organizer").get("name").getAsString());
        assertEquals("secretariat@example.fr", event.getAsJsonObject("organizer").get("email").getAsString());
    }

    @Test
    void jsonLdCannotCloseItsScriptElement() {
        SessionView tricky = view(session("2021-01-13-x", "Titre </script><script>alert(1)</script>", LocalDate.of(2021, 1, 13),
                "10:00", "12:30", "Europe/Paris", EventStatus.CANCELLED));
        String json = tricky.getJsonLd();
        assertFalse(json.contains("<"), json);
        JsonObject event = JsonParser.parseString(json).getAsJsonObject();
        assertEquals("Titre </script><script>alert(1)</script>", event.get("name").getAsString());
        assertEquals("https://schema.org/EventCancelled", event.get("eventStatus").getAsString());
    }

    @Test
    void cancelledSessionsSayItInTheirCalendarTitle() {
        SessionView cancelled = view(session("2021-01-13-x", "La santé", LocalDate.of(2021, 1, 13), "10:00", "12:30",
                "Europe/Paris", EventStatus.CANCELLED));
        assertEquals("Annulé : La santé", query(cancelled.getGoogleCalendarUrl()).get("text"));
    }

    @Test
    void programmeCalendarIsOfferedAsDownloadAndWebcalSubscription() {
        ProgrammeView programme = new ProgrammeView(new Programme(List.of(), Instant.EPOCH), new SitePaths(HOST));
        assertEquals("programme.ics", programme.getCalendarPath());
        assertEquals(HOST + "programme.ics", programme.getCalendarUrl());
        assertEquals("webcal://webinaires.example.fr/daect/programme.ics", programme.getCalendarWebcalUrl());
        assertEquals("webcal://example.org/x/programme.ics",
                new ProgrammeView(new Programme(List.of(), Instant.EPOCH), new SitePaths("http://example.org/x")).getCalendarWebcalUrl());
    }
}
