package fr.gouv.diplomatie.daect.programme.calendar;

import biweekly.component.VEvent;
import fr.gouv.diplomatie.daect.programme.calendar.lock.LockFormatException;
import fr.gouv.diplomatie.daect.programme.calendar.lock.LockMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lock file makes SEQUENCE rise and DTSTAMP/LAST-MODIFIED move exactly when a session
 * really changes, so that subscribers' calendars update instead of duplicating or going stale.
 */
class ChangeTrackingTest {

    static final Instant MONDAY = Instant.parse("2020-10-05T09:00:00Z");
    static final Instant TUESDAY = Instant.parse("2020-10-06T16:45:12.345Z");
    static final String MAROC_UID = "8758bf3a-9689-4087-86d8-c5c343fe098b";
    static final String SANTE_UID = "d3c6c4f3-578d-4e94-bfef-da0ea20b46ff";

    @TempDir
    Path dir;
    CalendarProject project;

    @BeforeEach
    void publishedOnMonday() throws Exception {
        project = new CalendarProject(dir.resolve("project"))
                .session("2020-10-26-maroc", "Coopération franco-marocaine", "2020-10-26", "14:00", "16:00", MAROC_UID, "tags", "maroc")
                .session("2021-01-13-sante", "La santé", "2021-01-13", "10:00", "12:30", SANTE_UID);
        project.build(MONDAY, dir.resolve("monday"));
    }

    VEvent maroc(Path site) throws Exception {
        return IcsReader.event(IcsReader.read(site.resolve("programme.ics")), MAROC_UID);
    }

    /** Whole seconds from 2020-01-01T00:00Z to MONDAY and TUESDAY: the smallest sequence a change then gets. */
    static final int MONDAY_FLOOR = 24_051_600;
    static final int TUESDAY_FLOOR = 24_165_912;

    @Test
    void newSessionsStartAtTheSecondsSince2020OfTheBuildThatFirstSawThem() throws Exception {
        VEvent event = maroc(dir.resolve("monday"));
        assertEquals(MONDAY_FLOOR, event.getSequence().getValue());
        assertEquals(MONDAY, event.getDateTimeStamp().getValue().toInstant());
        assertEquals(MONDAY, event.getLastModified().getValue().toInstant());
        assertTrue(project.lockText().contains(MAROC_UID + " 24051600 2020-10-05T09:00:00Z "), project.lockText());
        assertTrue(project.lockText().startsWith("# "), "the lock explains itself in French comments");
        assertTrue(project.log.stream().anyMatch(l -> l.contains("content/webinaires/2020-10-26-maroc.md") && l.contains("nouveau webinaire")),
                project.log.toString());
    }

    @Test
    void anUnchangedSessionKeepsItsSequenceAndStampSoTheFilesDoNotChange() throws Exception {
        String lock = project.lockText();
        project.log.clear();
        Path tuesday = project.build(TUESDAY, dir.resolve("tuesday"));
        assertEquals(lock, project.lockText());
        assertTrue(project.log.isEmpty(), project.log.toString());
        assertArrayEquals(Files.readAllBytes(dir.resolve("monday/programme.ics")), Files.readAllBytes(tuesday.resolve("programme.ics")));
        assertEquals(MONDAY, maroc(tuesday).getDateTimeStamp().getValue().toInstant());
    }

    @Test
    void aNewTimeRaisesTheSequenceToTheChangesSecondsAndStampsItWithTheBuildsClock() throws Exception {
        project.session("2020-10-26-maroc", "Coopération franco-marocaine", "2020-10-26", "15:00", "17:00", MAROC_UID, "tags", "maroc");
        project.log.clear();
        Path tuesday = project.build(TUESDAY, dir.resolve("tuesday"));

        VEvent event = maroc(tuesday);
        assertEquals(TUESDAY_FLOOR, event.getSequence().getValue());
        assertEquals(Instant.parse("2020-10-06T16:45:12Z"), event.getDateTimeStamp().getValue().toInstant());
        assertEquals(Instant.parse("2020-10-06T16:45:12Z"), event.getLastModified().getValue().toInstant());
        assertEquals(Instant.parse("2020-10-26T14:00:00Z"), event.getDateStart().getValue().toInstant());
        VEvent own = IcsReader.onlyEvent(tuesday.resolve("webinaires/2020-10-26-maroc.ics"));
        assertEquals(TUESDAY_FLOOR, own.getSequence().getValue());

        VEvent sante = IcsReader.event(IcsReader.read(tuesday.resolve("programme.ics")), SANTE_UID);
        assertEquals(MONDAY_FLOOR, sante.getSequence().getValue());
        assertEquals(MONDAY, sante.getDateTimeStamp().getValue().toInstant());

        assertTrue(project.lockText().contains(MAROC_UID + " 24165912 2020-10-06T16:45:12Z "), project.lockText());
        assertTrue(project.log.stream().anyMatch(l -> l.contains("2020-10-26-maroc.md") && l.contains("SEQUENCE 24051600 → 24165912")
                && l.contains("15:00")), project.log.toString());
        assertTrue(project.log.stream().anyMatch(l -> l.contains("programme.lock mis à jour")), project.log.toString());
    }

    @Test
    void aCancelledSessionStaysInTheFeedsMarkedCancelled() throws Exception {
        project.session("2021-01-13-sante", "La santé", "2021-01-13", "10:00", "12:30", SANTE_UID, "eventStatus", "cancelled");
        Path tuesday = project.build(TUESDAY, dir.resolve("tuesday"));

        VEvent inFeed = IcsReader.event(IcsReader.read(tuesday.resolve("programme.ics")), SANTE_UID);
        assertEquals("CANCELLED", inFeed.getStatus().getValue());
        assertEquals(TUESDAY_FLOOR, inFeed.getSequence().getValue());
        assertEquals("Annulé : La santé", inFeed.getSummary().getValue());
        assertEquals("CANCELLED", IcsReader.onlyEvent(tuesday.resolve("webinaires/2021-01-13-sante.ics")).getStatus().getValue());
        assertTrue(inFeed.getDescription().getValue().startsWith("Ce webinaire est annulé."));
        assertFalse(inFeed.getDescription().getValue().contains("Inscriptions en ligne"));
    }

    @Test
    void verifyModeFailsOnAStaleLockNamingTheSessionAndLeavesTheLockAlone() throws Exception {
        String lock = project.lockText();
        project.session("2021-01-13-sante", "La santé", "2021-01-14", "10:00", "12:30", SANTE_UID);

        LockFormatException failure = assertThrows(LockFormatException.class,
                () -> project.keeper(LockMode.VERIFY, TUESDAY).prepare(project.published(), project.allSessions()));
        String message = failure.getMessage();
        assertTrue(message.startsWith("programme.lock:1: erreur: programme.lock n'est pas à jour pour 1 webinaire(s)"), message);
        assertTrue(message.contains("content/webinaires/2021-01-13-sante.md"), message);
        assertTrue(message.contains("mvn package"), message);
        assertFalse(message.contains("2020-10-26-maroc"), message);
        assertEquals(lock, project.lockText());
    }

    @Test
    void verifyModePassesOnAFreshLock() throws Exception {
        assertTrue(project.keeper(LockMode.VERIFY, TUESDAY).prepare(project.published(), project.allSessions()).changes().isEmpty());
    }

    @Test
    void verifyModeFailsOnANewSessionMissingFromTheLock() throws Exception {
        project.session("2021-02-17-expe-ct", "Le programme EXPE-CT", "2021-02-17", "10:00", "12:30", "59009ed6-e471-4eb1-810e-66bdaae017e6");
        LockFormatException failure = assertThrows(LockFormatException.class,
                () -> project.keeper(LockMode.VERIFY, TUESDAY).prepare(project.published(), project.allSessions()));
        assertTrue(failure.getMessage().contains("2021-02-17-expe-ct.md") && failure.getMessage().contains("nouveau webinaire"),
                failure.getMessage());
    }

    @Test
    void deletingAPublishedSessionIsAnErrorThatSaysToCancelIt() throws Exception {
        project.delete("2021-01-13-sante");
        for (LockMode mode : LockMode.values()) {
            LockFormatException failure = assertThrows(LockFormatException.class,
                    () -> project.keeper(mode, TUESDAY).prepare(project.published(), project.allSessions()));
            String message = failure.getMessage();
            int line = project.lockText().lines().toList().indexOf(project.lockText().lines()
                    .filter(l -> l.startsWith(SANTE_UID)).findFirst().orElseThrow()) + 1;
            assertTrue(message.startsWith("programme.lock:" + line + ": erreur: "), message);
            assertTrue(message.contains("content/webinaires/2021-01-13-sante.md") && message.contains("eventStatus=cancelled"), message);
        }
    }

    @Test
    void turningAPublishedSessionIntoADraftIsAnErrorToo() throws Exception {
        project.session("2021-01-13-sante", "La santé", "2021-01-13", "10:00", "12:30", SANTE_UID, "status", "draft");
        LockFormatException failure = assertThrows(LockFormatException.class,
                () -> project.keeper(LockMode.UPDATE, TUESDAY).prepare(project.published(), project.allSessions()));
        assertTrue(failure.getMessage().contains("status=published") && failure.getMessage().contains("eventStatus=cancelled"),
                failure.getMessage());
    }

    @Test
    void anUnreadableLockIsReportedWithItsLine() throws Exception {
        Files.writeString(project.dir.resolve("programme.lock"), project.lockText() + "<<<<<<< HEAD\n");
        int line = (int) project.lockText().lines().count();
        LockFormatException failure = assertThrows(LockFormatException.class,
                () -> project.keeper(LockMode.UPDATE, TUESDAY).prepare(project.published(), project.allSessions()));
        assertTrue(failure.getMessage().startsWith("programme.lock:" + line + ": erreur: ligne illisible"), failure.getMessage());
        assertTrue(failure.getMessage().contains("conflit de fusion"), failure.getMessage());
    }
}
