package fr.gouv.diplomatie.daect.programme.site;

import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.bake.BakeException;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.testing.FileTrees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lock in the whole bake: what an editor's build and CI's build do with it. */
class CalendarBakeTest {

    static final Instant NOW = Instant.parse("2026-11-30T09:15:00Z");
    static final String SANTE = "content/webinaires/2021-01-13-sante.md";

    @TempDir
    Path dir;
    final List<String> log = new ArrayList<>();

    /** A copy of this repository's site sources (not its lock), with a session moved by a day. */
    @BeforeEach
    void copyTheSite() throws IOException {
        for (String part : List.of("content", "templates", "assets", "jbake.properties", "tags.properties")) {
            FileTrees.copy(Path.of("..").resolve(part), dir.resolve(part));
        }
        Path sante = dir.resolve(SANTE);
        Files.writeString(sante, Files.readString(sante, StandardCharsets.UTF_8).replace("date=2021-01-13", "date=2021-01-14"));
    }

    SiteBuild build(String lockMode) {
        SiteSettings settings = SiteSettings.load(dir, Map.of("programme.lock", lockMode));
        return new SiteBuild(dir, dir.resolve("target/www"), settings, Clock.fixed(NOW, ZoneOffset.UTC), false, BuildLog.to(log::add)).withoutFrontEnd();
    }

    @Test
    void ciBuildFailsOnAStaleLockBeforeWritingAnything() throws IOException {
        Files.copy(Path.of("..", "programme.lock"), dir.resolve("programme.lock"));
        String lock = Files.readString(dir.resolve("programme.lock"));
        BakeException failure = assertThrows(BakeException.class, () -> build("verify").bake());
        assertEquals(1, failure.problems().size(), failure.problems().toString());
        String problem = failure.problems().get(0);
        assertTrue(problem.startsWith("programme.lock:1: erreur: programme.lock n'est pas à jour pour 1 webinaire(s)"), problem);
        assertTrue(problem.contains(SANTE), problem);
        assertFalse(Files.exists(dir.resolve("target/www")));
        assertEquals(lock, Files.readString(dir.resolve("programme.lock")));
    }

    @Test
    void editorsBuildUpdatesTheLockAndSaysSo() throws Exception {
        Files.copy(Path.of("..", "programme.lock"), dir.resolve("programme.lock"));
        build("update").bake();
        String lock = Files.readString(dir.resolve("programme.lock"));
        assertTrue(lock.contains("d3c6c4f3-578d-4e94-bfef-da0ea20b46ff 218193300 2026-11-30T09:15:00Z "), lock);
        assertTrue(log.stream().anyMatch(l -> l.contains(SANTE) && l.contains("SEQUENCE 0 → 218193300")), log.toString());
        String ics = Files.readString(dir.resolve("target/www/webinaires/2021-01-13-sante.ics"));
        assertTrue(ics.contains("\r\nSEQUENCE:218193300\r\n") && ics.contains("\r\nDTSTAMP:20261130T091500Z\r\n"), ics);
        assertTrue(ics.contains("\r\nDTSTART;TZID=Europe/Paris:20210114T100000\r\n"), ics);
        // Once updated, CI's check passes.
        build("verify").bake();
    }

    @Test
    void aLockCutWithinALineFailsTheBakeBeforeWritingAnythingAndStaysAsItIs() throws IOException {
        String committed = Files.readString(Path.of("..", "programme.lock"), StandardCharsets.UTF_8);
        String cut = committed.substring(0, committed.length() - 60);
        Files.writeString(dir.resolve("programme.lock"), cut, StandardCharsets.UTF_8);
        for (String mode : List.of("update", "verify")) {
            BakeException failure = assertThrows(BakeException.class, () -> build(mode).bake());
            assertEquals(List.of("programme.lock:" + committed.lines().count() + ": erreur: ligne illisible : 5 champs attendus "
                    + "(uid séquence date empreinte page), 4 trouvé(s) ; restaurez programme.lock depuis l'historique "
                    + "(« git checkout -- programme.lock »), puis relancez mvn package"), failure.problems());
            assertFalse(Files.exists(dir.resolve("target/www")));
            assertEquals(cut, Files.readString(dir.resolve("programme.lock"), StandardCharsets.UTF_8));
        }
    }

    @Test
    void anUnknownLockModeIsRefused() {
        BakeException failure = assertThrows(BakeException.class, () -> build("maybe").bake());
        assertTrue(failure.problems().get(0).contains("-Dprogramme.lock=maybe"), failure.problems().toString());
    }
}
