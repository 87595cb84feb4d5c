package fr.gouv.diplomatie.daect.programme.calendar;

import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The calendars of the real programme (this repository's session files), read back with biweekly:
 * the instants are the ones a visitor's calendar will show, wherever they are.
 */
class RepositoryCalendarsTest {

    static final String MAROC = "8758bf3a-9689-4087-86d8-c5c343fe098b";
    static final String SENEGAL = "523ae161-d7f3-4a53-ad9a-1dbb5f16a791";
    static final Instant PUBLISHED = Instant.parse("2026-11-27T08:30:00Z");

    @TempDir
    static Path dir;
    static Path site;
    static CalendarProject project;

    @BeforeAll
    static void build() throws Exception {
        project = CalendarProject.ofRepositoryContent(dir.resolve("project"));
        site = project.build(PUBLISHED, dir.resolve("site"));
    }

    static List<Path> calendars() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".ics")).sorted().toList();
        }
    }

    @Test
    void oneCalendarPerSessionAndTheWholeProgramme() throws IOException {
        List<String> names = calendars().stream().map(f -> site.relativize(f).toString().replace('\\', '/')).toList();
        assertEquals(11, names.size(), names.toString());
        assertTrue(names.contains("programme.ics"));
        assertTrue(names.contains("webinaires/2020-10-26-cooperation-franco-marocaine.ics"));
        assertTrue(names.contains("webinaires/2020-12-09-senegal-developpement-durable.ics"));
    }

    @Test
    void everyCalendarPassesIcal4jValidationAndIsFolded() throws IOException {
        for (Path file : calendars()) {
            IcsFile.validate(Files.readAllBytes(file), file.getFileName().toString());
            IcsReader.assertFolded(file);
        }
    }

    @Test
    void firstSessionIsAt13hUtcWhenParisHadJustLeftSummerTime() throws IOException {
        VEvent event = IcsReader.onlyEvent(site.resolve("webinaires/2020-10-26-cooperation-franco-marocaine.ics"));
        Instant start = event.getDateStart().getValue().toInstant();
        assertEquals(Instant.parse("2020-10-26T13:00:00Z"), start);
        assertEquals(Instant.parse("2020-10-26T15:00:00Z"), event.getDateEnd().getValue().toInstant());
        // New York had not left summer time yet (1 November 2020): 09:00 there, 13:00 in Dakar.
        assertEquals(LocalTime.of(9, 0), start.atZone(ZoneId.of("America/New_York")).toLocalTime());
        assertEquals(LocalTime.of(13, 0), start.atZone(ZoneId.of("Africa/Dakar")).toLocalTime());
    }

    @Test
    void senegalSessionIsAt9hUtc() throws IOException {
        VEvent event = IcsReader.onlyEvent(site.resolve("webinaires/2020-12-09-senegal-developpement-durable.ics"));
        assertEquals(Instant.parse("2020-12-09T09:00:00Z"), event.getDateStart().getValue().toInstant());
        assertEquals(Instant.parse("2020-12-09T11:30:00Z"), event.getDateEnd().getValue().toInstant());
    }

    @Test
    void theWholeProgrammeHasEverySessionAtTheSameInstantsAsItsOwnFile() throws IOException {
        ICalendar programme = IcsReader.read(site.resolve("programme.ics"));
        assertEquals(10, programme.getEvents().size());
        for (Path file : calendars()) {
            if (file.getFileName().toString().equals("programme.ics")) {
                continue;
            }
            VEvent own = IcsReader.onlyEvent(file);
            VEvent inProgramme = IcsReader.event(programme, own.getUid().getValue());
            assertEquals(own.getDateStart().getValue().toInstant(), inProgramme.getDateStart().getValue().toInstant(), file.toString());
            assertEquals(own.getSummary().getValue(), inProgramme.getSummary().getValue());
        }
        assertEquals(Instant.parse("2020-12-09T09:00:00Z"), IcsReader.event(programme, SENEGAL).getDateStart().getValue().toInstant());
    }

    @Test
    void programmeFeedIsNamedRefreshedAndPublished() throws IOException {
        ICalendar programme = IcsReader.read(site.resolve("programme.ics"));
        assertAll(
                () -> assertEquals("PUBLISH", programme.getMethod().getValue()),
                () -> assertEquals("GREGORIAN", programme.getCalendarScale().getValue()),
                () -> assertEquals("Webinaires de la DAECT", programme.getNames().get(0).getValue()),
                () -> assertEquals("Webinaires de la DAECT", programme.getExperimentalProperty("X-WR-CALNAME").getValue()),
                () -> assertEquals("Europe/Paris", programme.getExperimentalProperty("X-WR-TIMEZONE").getValue()),
                () -> assertEquals("P1D", programme.getExperimentalProperty("X-PUBLISHED-TTL").getValue()),
                () -> assertEquals("P1D", programme.getRefreshInterval().getValue().toString()),
                () -> assertTrue(Files.readString(site.resolve("programme.ics")).contains("\r\nREFRESH-INTERVAL;VALUE=DURATION:P1D\r\n")),
                () -> assertEquals(CalendarProject.HOST + "programme.ics", programme.getSource().getValue()));
    }

    @Test
    void sessionFilesAreNotNamedCalendars() throws IOException {
        // A name would make Apple Calendar create a whole calendar for one event.
        ICalendar own = IcsReader.read(site.resolve("webinaires/2021-01-13-sante.ics"));
        assertTrue(own.getNames().isEmpty());
        assertEquals("PUBLISH", own.getMethod().getValue());
    }

    @Test
    void eventsCarryIdentityOrganizerAddressThemesAndTheLocksStamp() throws IOException {
        VEvent event = IcsReader.onlyEvent(site.resolve("webinaires/2020-10-26-cooperation-franco-marocaine.ics"));
        assertAll(
                () -> assertEquals(MAROC, event.getUid().getValue()),
                () -> assertEquals("Présentation de la coopération décentralisée franco-marocaine, de son dispositif de soutien et du contexte marocain",
                        event.getSummary().getValue()),
                () -> assertEquals(CalendarProject.HOST + "webinaires/2020-10-26-cooperation-franco-marocaine.html", event.getUrl().getValue()),
                () -> assertEquals("secretariat.dgm-aect@diplomatie.gouv.fr", event.getOrganizer().getEmail()),
                () -> assertEquals("Secrétariat de la DAECT", event.getOrganizer().getCommonName()),
                () -> assertEquals(List.of("maroc", "dispositif-conjoint"), event.getCategories().get(0).getValues()),
                () -> assertEquals("CONFIRMED", event.getStatus().getValue()),
                // No lock in this copy: the sessions are new, at the seconds from 2020-01-01T00:00Z to PUBLISHED.
                () -> assertEquals(217_931_400, event.getSequence().getValue()),
                () -> assertEquals(PUBLISHED, event.getDateTimeStamp().getValue().toInstant()),
                () -> assertEquals(PUBLISHED, event.getLastModified().getValue().toInstant()));
    }

    @Test
    void descriptionIsPlainTextWithThePageAndHowToRegister() throws IOException {
        String description = IcsReader.onlyEvent(site.resolve("webinaires/2020-12-09-senegal-developpement-durable.ics"))
                .getDescription().getValue();
        assertTrue(description.startsWith("Ce webinaire est organisé dans le cadre du dispositif conjoint franco-sénégalais"), description);
        assertTrue(description.contains("Inscriptions en ligne"), description);
        assertTrue(description.contains("Le programme, le lien pour participer et la confirmation de l’horaire vous seront transmis "
                + "quelques jours avant le webinaire choisi."), description);
        assertTrue(description.endsWith("Page du webinaire : " + CalendarProject.HOST + "webinaires/2020-12-09-senegal-developpement-durable.html"),
                description);
    }

    @Test
    void timeZoneIsTrimmedToOneStandardAndOneDaylightRule() throws IOException {
        for (Path file : calendars()) {
            Collection<VTimezone> zones = IcsReader.read(file).getTimezoneInfo().getComponents();
            assertEquals(1, zones.size(), file.toString());
            VTimezone paris = zones.iterator().next();
            assertEquals("Europe/Paris", paris.getTimezoneId().getValue());
            List<StandardTime> standard = paris.getStandardTimes();
            List<DaylightSavingsTime> daylight = paris.getDaylightSavingsTime();
            assertEquals(1, standard.size(), file.toString());
            assertEquals(1, daylight.size(), file.toString());
            assertEquals("YEARLY", standard.get(0).getRecurrenceRule().getValue().getFrequency().name());
            assertNull(standard.get(0).getRecurrenceRule().getValue().getUntil());
            assertNull(daylight.get(0).getRecurrenceRule().getValue().getUntil());
            assertEquals(List.of(Duration.ofHours(1), Duration.ofHours(2)), List.of(
                    Duration.ofMillis(standard.get(0).getTimezoneOffsetTo().getValue().getMillis()),
                    Duration.ofMillis(daylight.get(0).getTimezoneOffsetTo().getValue().getMillis())), file.toString());
        }
    }
}
