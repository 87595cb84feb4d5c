package fr.gouv.diplomatie.daect.programme.calendar;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Time zones: trimmed definitions, right in the weeks between the European and American clock changes. */
class TimeZonesTest {

    @TempDir
    Path dir;

    @Test
    void parisIsOneStandardAndOneDaylightObservanceWithOpenEndedRules() {
        VTimeZone paris = new TimeZoneDefinitions().inForce(ZoneId.of("Europe/Paris"));
        String text = paris.toString();
        assertEquals(1, paris.getComponents(Observance.STANDARD).size(), text);
        assertEquals(1, paris.getComponents(Observance.DAYLIGHT).size(), text);
        assertTrue(text.contains("TZID:Europe/Paris\r\n"), text);
        assertTrue(text.contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"), text);
        assertTrue(text.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"), text);
        assertTrue(!text.contains("UNTIL") && !text.contains("RDATE"), text);
    }

    @Test
    void aZoneWithoutSummerTimeIsASingleStandardObservanceUnderItsOwnName() {
        VTimeZone dakar = new TimeZoneDefinitions().inForce(ZoneId.of("Africa/Dakar"));
        assertTrue(dakar.toString().contains("TZID:Africa/Dakar\r\n"), dakar.toString());
        assertEquals(1, dakar.getObservances().size(), dakar.toString());
        assertEquals(ZoneOffset.UTC, TimeZoneDefinitions.offsetAt(dakar, LocalDateTime.of(2020, 12, 9, 10, 0)));
    }

    @Test
    void offsetsInTheWeeksBetweenTheEuropeanAndAmericanClockChanges() {
        TimeZoneDefinitions zones = new TimeZoneDefinitions();
        VTimeZone paris = zones.inForce(ZoneId.of("Europe/Paris"));
        VTimeZone newYork = zones.inForce(ZoneId.of("America/New_York"));
        // Autumn 2020: Paris back on winter time on 25 October, New York only on 1 November.
        assertEquals(ZoneOffset.ofHours(1), TimeZoneDefinitions.offsetAt(paris, LocalDateTime.of(2020, 10, 26, 14, 0)));
        assertEquals(ZoneOffset.ofHours(2), TimeZoneDefinitions.offsetAt(paris, LocalDateTime.of(2020, 10, 24, 14, 0)));
        assertEquals(ZoneOffset.ofHours(-4), TimeZoneDefinitions.offsetAt(newYork, LocalDateTime.of(2020, 10, 26, 9, 0)));
        assertEquals(ZoneOffset.ofHours(-5), TimeZoneDefinitions.offsetAt(newYork, LocalDateTime.of(2020, 11, 2, 9, 0)));
        // Spring 2021: New York on summer time on 14 March, Paris only on 28 March.
        assertEquals(ZoneOffset.ofHours(-4), TimeZoneDefinitions.offsetAt(newYork, LocalDateTime.of(2021, 3, 17, 9, 0)));
        assertEquals(ZoneOffset.ofHours(-5), TimeZoneDefinitions.offsetAt(newYork, LocalDateTime.of(2021, 3, 13, 9, 0)));
        assertEquals(ZoneOffset.ofHours(1), TimeZoneDefinitions.offsetAt(paris, LocalDateTime.of(2021, 3, 17, 14, 0)));
    }

    @Test
    void aSessionInAnotherZoneCarriesItsOwnTimeZoneAndLandsAtTheSameInstant() throws Exception {
        CalendarProject project = new CalendarProject(dir.resolve("project"))
                .session("2021-03-17-paris", "Depuis Paris", "2021-03-17", "14:00", "15:00", "6a0c9a52-7c36-4e7e-9d55-3f1f2b0c8e11")
                .session("2021-03-17-new-york", "Depuis New York", "2021-03-17", "09:00", "10:00", "b7e1d4c3-2a19-4f80-8e6d-5c4b3a291807",
                        "timezone", "America/New_York");
        Path site = project.build(Instant.parse("2026-01-05T10:00:00Z"), dir.resolve("site"));

        ICalendar programme = IcsReader.read(site.resolve("programme.ics"));
        List<String> zones = programme.getTimezoneInfo().getComponents().stream().map(VTimezone::getTimezoneId)
                .map(p -> p.getValue()).sorted().toList();
        assertEquals(List.of("America/New_York", "Europe/Paris"), zones);
        Instant paris = IcsReader.event(programme, "6a0c9a52-7c36-4e7e-9d55-3f1f2b0c8e11").getDateStart().getValue().toInstant();
        Instant newYork = IcsReader.event(programme, "b7e1d4c3-2a19-4f80-8e6d-5c4b3a291807").getDateStart().getValue().toInstant();
        assertEquals(Instant.parse("2021-03-17T13:00:00Z"), paris);
        assertEquals(paris, newYork);
        assertEquals(LocalTime.of(9, 0), paris.atZone(ZoneId.of("America/New_York")).toLocalTime());

        VEvent own = IcsReader.onlyEvent(site.resolve("webinaires/2021-03-17-new-york.ics"));
        assertEquals(Instant.parse("2021-03-17T13:00:00Z"), own.getDateStart().getValue().toInstant());
        assertEquals(1, IcsReader.read(site.resolve("webinaires/2021-03-17-new-york.ics")).getTimezoneInfo().getComponents().size());
    }

    @Test
    void aZoneWhoseRulesCannotBeTrimmedFailsTheBuildRatherThanGiveAnotherHour() {
        // Morocco leaves +01 for +00 during Ramadan, on dates that no yearly rule describes.
        CalendarProject project = new CalendarProject(dir.resolve("project"))
                .session("2021-04-20-rabat", "Pendant le ramadan", "2021-04-20", "10:00", "11:00", "0d5e3c2b-4a19-4f80-8e6d-5c4b3a291807",
                        "timezone", "Africa/Casablanca")
                .session("2021-06-20-rabat", "Après le ramadan", "2021-06-20", "10:00", "11:00", "1e6f4d3c-5b2a-4091-9f7e-6d5c4b3a2918",
                        "timezone", "Africa/Casablanca");
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> project.build(Instant.parse("2026-01-05T10:00:00Z"), dir.resolve("site")));
        String message = failure.getMessage();
        assertTrue(message.contains("Africa/Casablanca") && message.contains("content/webinaires/2021-0"), message);
        assertTrue(message.contains("les agendas afficheraient une autre heure que le site"), message);
    }

    @Test
    void theCachedOffsetsAreTheDefinitionsOwnEveryDayOfSeveralYears() {
        TimeZoneDefinitions zones = new TimeZoneDefinitions();
        for (String id : List.of("Europe/Paris", "America/New_York", "Africa/Dakar")) {
            ZoneId zone = ZoneId.of(id);
            VTimeZone definition = zones.inForce(zone);
            for (LocalDateTime day = LocalDateTime.of(2019, 1, 1, 0, 30); day.getYear() < 2023; day = day.plusDays(1)) {
                for (int hour : new int[] {0, 2, 3, 14}) {
                    LocalDateTime moment = day.withHour(hour);
                    assertEquals(TimeZoneDefinitions.offsetAt(definition, moment), zones.offsetAt(zone, moment), id + " " + moment);
                }
            }
        }
    }
}
