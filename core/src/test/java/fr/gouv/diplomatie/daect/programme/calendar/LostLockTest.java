package fr.gouv.diplomatie.daect.programme.calendar;

import biweekly.component.VEvent;
import fr.gouv.diplomatie.daect.programme.calendar.lock.LockFormatException;
import fr.gouv.diplomatie.daect.programme.calendar.lock.LockMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever happens to {@code programme.lock} (deleted, truncated, lines lost), no calendar ever gets a
 * smaller {@code SEQUENCE} for a session than it had: subscribers would ignore every later change.
 * The real programme, with the repository's lock, then a few changes, one of them twice in the same second.
 */
class LostLockTest {

    static final Instant INTACT = Instant.parse("2026-12-01T08:00:00Z");
    static final Instant FIRST_CHANGES = Instant.parse("2026-12-02T10:00:00Z");
    static final Instant REBUILD = Instant.parse("2026-12-02T10:00:05Z");
    static final String MAROC = "8758bf3a-9689-4087-86d8-c5c343fe098b";
    static final String SANTE = "d3c6c4f3-578d-4e94-bfef-da0ea20b46ff";
    static final String HINT = "restaurez programme.lock depuis l'historique (« git checkout -- programme.lock »), puis relancez mvn package";

    @TempDir
    Path dir;
    CalendarProject project;
    /** The sequences subscribers have: uid → SEQUENCE in the published programme.ics. */
    Map<String, Integer> published;
    String lock;

    @BeforeEach
    void publishTheProgrammeAndChangeIt() throws Exception {
        project = CalendarProject.ofRepositoryContent(dir.resolve("project"));
        Files.copy(Path.of("..", "programme.lock"), project.dir.resolve("programme.lock"));
        // Changed twice in the same second (two saves in the preview), then published.
        edit("2020-10-26-cooperation-franco-marocaine", "start=14:00", "start=14:30");
        project.build(FIRST_CHANGES, dir.resolve("first"));
        edit("2020-10-26-cooperation-franco-marocaine", "start=14:30", "start=14:15");
        project.build(FIRST_CHANGES, dir.resolve("second"));
        published = sequences(project.build(FIRST_CHANGES, dir.resolve("published")));
        lock = project.lockText();
        project.log.clear();
    }

    @Test
    void anIntactLockKeepsThePublishedSequencesOfTheRealProgramme() throws Exception {
        CalendarProject real = CalendarProject.ofRepositoryContent(dir.resolve("real"));
        Files.copy(Path.of("..", "programme.lock"), real.dir.resolve("programme.lock"));
        String committed = real.lockText();
        Map<String, Integer> sequences = sequences(real.build(INTACT, dir.resolve("real-site")));
        assertEquals(10, sequences.size());
        for (String line : committed.lines().filter(l -> !l.startsWith("#")).toList()) {
            String[] fields = line.split(" ");
            assertEquals(Integer.valueOf(fields[1]), sequences.get(fields[0]), line);
        }
        assertEquals(committed, real.lockText());
    }

    @Test
    void theChangesRaisedTheSequencesToTheirSeconds() {
        int floor = 218_368_800; // whole seconds from 2020-01-01T00:00Z to FIRST_CHANGES
        assertEquals(floor + 1, published.get(MAROC), "second change within the same second: one more");
        assertEquals(0, published.get(SANTE), "unchanged since the lock was made: as published on main");
    }

    @Test
    void aDeletedLockIsRebuiltWithSequencesAboveThePublishedOnes() throws Exception {
        Files.delete(project.dir.resolve("programme.lock"));
        Map<String, Integer> rebuilt = sequences(project.build(REBUILD, dir.resolve("rebuilt")));
        assertNeverBelow(rebuilt);
        assertEquals(218_368_805, rebuilt.get(MAROC));
        assertTrue(project.log.stream().anyMatch(l -> l.startsWith("programme.lock créé : s'il existait déjà (supprimé par erreur), " + HINT)),
                project.log.toString());
    }

    @Test
    void aLockTruncatedAtAnyLineIsRebuiltWithSequencesAboveThePublishedOnes() throws Exception {
        List<String> lines = lock.lines().toList();
        for (int kept = 0; kept <= lines.size(); kept++) {
            String truncated = String.join("\n", lines.subList(0, kept)) + (kept == 0 ? "" : "\n");
            Files.writeString(project.dir.resolve("programme.lock"), truncated, StandardCharsets.UTF_8);
            assertNeverBelow(sequences(project.build(REBUILD, dir.resolve("rebuilt-" + kept))));
        }
    }

    /** Cut anywhere in a line: either refused, naming the line and how to restore the lock, the lock left as it is; or higher. */
    @Test
    void aLockTruncatedWithinALineIsRefusedOrRebuiltHigher() throws Exception {
        int lastLine = lock.lastIndexOf('\n', lock.length() - 2) + 1;
        int refused = 0;
        int rebuilt = 0;
        for (int cut = lastLine + 1; cut < lock.length() - 1; cut++) {
            String truncated = lock.substring(0, cut);
            Path file = project.dir.resolve("programme.lock");
            Files.writeString(file, truncated, StandardCharsets.UTF_8);
            try {
                assertNeverBelow(sequences(project.build(REBUILD, dir.resolve("cut-" + cut))));
                rebuilt++;
            } catch (LockFormatException e) {
                int line = (int) lock.lines().count();
                assertTrue(e.getMessage().startsWith("programme.lock:" + line + ": erreur: ligne illisible : "), e.getMessage());
                assertTrue(e.getMessage().endsWith(" ; " + HINT), e.getMessage());
                assertEquals(truncated, Files.readString(file, StandardCharsets.UTF_8), "a failed build leaves the lock alone");
                refused++;
            }
        }
        assertTrue(refused > 100 && rebuilt > 10, refused + " refusés, " + rebuilt + " reconstruits");
    }

    @Test
    void ciRefusesALockThatLostLinesAndSaysToRestoreItNotToCommitAReset() throws Exception {
        List<String> lines = lock.lines().toList();
        String truncated = String.join("\n", lines.subList(0, lines.size() - 2)) + "\n";
        Files.writeString(project.dir.resolve("programme.lock"), truncated, StandardCharsets.UTF_8);
        LockFormatException failure = assertThrows(LockFormatException.class,
                () -> project.keeper(LockMode.VERIFY, REBUILD).prepare(project.published(), project.allSessions()));
        String message = failure.getMessage();
        assertTrue(message.startsWith("programme.lock:1: erreur: programme.lock n'est pas à jour pour 2 webinaire(s)"), message);
        assertTrue(message.contains("content/webinaires/2021-02-17-programme-expe-ct.md") && message.contains("nouveau webinaire"), message);
        assertTrue(message.endsWith("\n  Un webinaire absent de programme.lock qui avait déjà été publié veut dire que programme.lock a perdu "
                + "sa ligne : " + HINT + " (ou reprenez-le de la branche principale : « git checkout origin/main -- programme.lock »)."), message);
        assertEquals(truncated, project.lockText());
    }

    @Test
    void ciRefusesAMissingLock() throws Exception {
        Files.delete(project.dir.resolve("programme.lock"));
        LockFormatException failure = assertThrows(LockFormatException.class,
                () -> project.keeper(LockMode.VERIFY, REBUILD).prepare(project.published(), project.allSessions()));
        assertEquals("programme.lock:1: erreur: programme.lock est introuvable alors que 10 webinaire(s) sont publiés : sans lui, "
                + "les agendas abonnés ne seraient plus avertis des changements. Restaurez-le depuis l'historique "
                + "(« git checkout -- programme.lock », ou « git checkout origin/main -- programme.lock » si sa suppression est commitée), "
                + "puis relancez mvn package ; seulement si le site n'a jamais été publié, commitez le programme.lock que crée mvn package",
                failure.getMessage());
        assertFalse(Files.exists(project.dir.resolve("programme.lock")));
    }

    @Test
    void eachUnreadableLineIsNamedInFrenchWithItsLineAndTheLockIsLeftAlone() throws Exception {
        List<String> lines = new ArrayList<>(lock.lines().toList());
        int maroc = lineOf(lines, MAROC);
        int sante = lineOf(lines, SANTE);
        String[] santeFields = lines.get(sante - 1).split(" ");
        lines.set(maroc - 1, lines.get(maroc - 1).replace(" " + published.get(MAROC) + " ", " -1 "));
        lines.set(sante - 1, lines.get(sante - 1).replace(SANTE + " 0 ", SANTE + " 2147483648 "));
        lines.set(sante, lines.get(sante).replaceFirst("^[0-9a-f-]{36}", "1-2-3-4-5"));
        lines.set(sante + 1, lines.get(sante + 1).replaceFirst(" \\S+$", ""));
        lines.add(String.join(" ", santeFields[0], santeFields[1], "2026-13-01T00:00:00Z", santeFields[3], santeFields[4]));
        lines.add(String.join(" ", "6cdc6d7f-2342-4c4d-a39c-f78dc19b00f9", "0", santeFields[2], "A3527C", santeFields[4]));
        String broken = String.join("\n", lines) + "\n";
        Files.writeString(project.dir.resolve("programme.lock"), broken, StandardCharsets.UTF_8);

        LockFormatException failure = assertThrows(LockFormatException.class, () -> project.build(REBUILD, dir.resolve("broken")));
        int end = lines.size();
        assertEquals(String.join("\n",
                "programme.lock:" + maroc + ": erreur: ligne illisible : séquence « -1 » invalide, un nombre entier de 0 à 2147483647 attendu ; " + HINT,
                "programme.lock:" + sante + ": erreur: ligne illisible : séquence « 2147483648 » invalide, un nombre entier de 0 à 2147483647 attendu ; " + HINT,
                "programme.lock:" + (sante + 1) + ": erreur: ligne illisible : uid « 1-2-3-4-5 » invalide, 32 chiffres ou lettres de a à f "
                        + "en groupes 8-4-4-4-12 attendus ; " + HINT,
                "programme.lock:" + (sante + 2) + ": erreur: ligne illisible : 5 champs attendus (uid séquence date empreinte page), "
                        + "4 trouvé(s) ; " + HINT,
                "programme.lock:" + (end - 1) + ": erreur: ligne illisible : date « 2026-13-01T00:00:00Z » invalide, une date UTC comme "
                        + "2026-11-27T05:23:04Z attendue ; " + HINT,
                "programme.lock:" + end + ": erreur: ligne illisible : empreinte SHA-256 « A3527C » invalide, 64 chiffres ou lettres de a à f "
                        + "attendus ; " + HINT), failure.getMessage());
        assertEquals(broken, project.lockText());
    }

    @Test
    void aDuplicatedLineIsRefusedWithBothLines() throws Exception {
        List<String> lines = new ArrayList<>(lock.lines().toList());
        int sante = lineOf(lines, SANTE);
        lines.add(lines.get(sante - 1).replace(SANTE + " 0 ", SANTE + " 7 "));
        String doubled = String.join("\n", lines) + "\n";
        Files.writeString(project.dir.resolve("programme.lock"), doubled, StandardCharsets.UTF_8);
        LockFormatException failure = assertThrows(LockFormatException.class, () -> project.build(REBUILD, dir.resolve("doubled")));
        assertEquals("programme.lock:" + lines.size() + ": erreur: uid « " + SANTE + " » déjà présent ligne " + sante
                + " ; gardez seulement la ligne qui a la plus grande séquence, puis relancez mvn package", failure.getMessage());
        assertEquals(doubled, project.lockText());
    }

    @Test
    void aSequenceAtItsMaximumIsKeptButCannotRiseAnyMore() throws Exception {
        Files.writeString(project.dir.resolve("programme.lock"), lock.replace(SANTE + " 0 ", SANTE + " 2147483647 "), StandardCharsets.UTF_8);
        VEvent kept = IcsReader.event(IcsReader.read(project.build(REBUILD, dir.resolve("max")).resolve("programme.ics")), SANTE);
        assertEquals(Integer.MAX_VALUE, kept.getSequence().getValue());

        edit("2021-01-13-sante", "start=10:00", "start=10:30");
        String before = project.lockText();
        LockFormatException failure = assertThrows(LockFormatException.class, () -> project.build(REBUILD, dir.resolve("over")));
        assertEquals("programme.lock:" + lineOf(before.lines().toList(), SANTE) + ": erreur: la séquence du webinaire « 2021-01-13-sante » "
                + "est déjà au maximum (2147483647, le plus grand nombre que permettent les calendriers) : les agendas ne pourraient plus "
                + "être avertis de ses changements. Une construction n'atteint jamais ce nombre : " + HINT, failure.getMessage());
        assertEquals(before, project.lockText());
    }

    private void assertNeverBelow(Map<String, Integer> rebuilt) {
        assertEquals(published.keySet(), rebuilt.keySet());
        published.forEach((uid, sequence) -> assertTrue(rebuilt.get(uid) >= sequence,
                uid + " : SEQUENCE " + sequence + " publiée, " + rebuilt.get(uid) + " après la perte du verrou"));
    }

    private static Map<String, Integer> sequences(Path site) throws IOException {
        Map<String, Integer> sequences = new TreeMap<>();
        for (VEvent event : IcsReader.read(site.resolve("programme.ics")).getEvents()) {
            sequences.put(event.getUid().getValue(), event.getSequence().getValue());
        }
        return sequences;
    }

    private static int lineOf(List<String> lines, String uid) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(uid + " ")) {
                return i + 1;
            }
        }
        throw new AssertionError(uid);
    }

    private void edit(String slug, String from, String to) throws IOException {
        Path file = project.sessionsDir().resolve(slug + ".md");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), slug + " : " + from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
