package fr.gouv.diplomatie.daect.programme.calendar.lock;

import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The lock file {@code programme.lock}, committed at the repository root: one line per published
 * session, sorted by page (so by date, as the files are named), fields separated by spaces:
 * {@code uid sequence last-change digest page}. One line per session keeps diffs and merges
 * readable: a change shows as that session's line, nothing else.
 */
public final class ProgrammeLock {

    public static final String FILE_NAME = "programme.lock";

    static final String HEADER = """
            # Verrou des calendriers du programme — fichier tenu à jour par la construction du site (mvn package).
            # Ne le modifiez pas à la main : commitez-le avec vos changements de webinaires.
            # Ne le supprimez pas : perdu ou abîmé, restaurez-le avec « git checkout -- programme.lock ».
            #
            # Une ligne par webinaire publié : uid, séquence, dernière modification (UTC), empreinte SHA-256, page.
            # L'empreinte résume ce qui compte pour un agenda (titre, date, horaires, fuseau, statut, thèmes, page).
            # Quand elle change, la séquence augmente (jusqu'au moins le nombre de secondes écoulées depuis le
            # 1er janvier 2020) et la date de modification avance : les agendas des personnes abonnées
            # remplacent alors l'événement au lieu de le dupliquer.
            # Un webinaire publié ne se supprime pas : annulez-le (eventStatus=cancelled), il restera annoncé comme annulé.
            """;

    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");
    /** The text of a UUID, strictly (UUID.fromString also takes "1-2-3-4-5"). */
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** Digits only, at most ten (as many as MAX has): Long.parseLong cannot overflow, the range is checked after. */
    private static final Pattern SEQUENCE_TEXT = Pattern.compile("\\d{1,10}");
    /** Compiled once: {@code String.split} compiles its pattern at each call, and the lock has a line per session. */
    private static final Pattern LINE_BREAK = Pattern.compile("\r?\n");
    private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s+");

    private final Map<UUID, LockEntry> entries;
    private final Map<UUID, Integer> lines;

    private ProgrammeLock(Map<UUID, LockEntry> entries, Map<UUID, Integer> lines) {
        this.entries = entries;
        this.lines = lines;
    }

    public static ProgrammeLock empty() {
        return new ProgrammeLock(new LinkedHashMap<>(), Map.of());
    }

    public static ProgrammeLock of(Collection<LockEntry> entries) {
        Map<UUID, LockEntry> map = new LinkedHashMap<>();
        entries.stream().sorted(Comparator.comparing(LockEntry::page).thenComparing(LockEntry::uid))
                .forEach(e -> map.put(e.uid(), e));
        return new ProgrammeLock(map, Map.of());
    }

    /**
     * What to do with a lock the build cannot trust: it is written by the build only, so the fix is
     * its committed version, not a hand edit (a guessed sequence could be smaller than a published one).
     */
    static String restoreHint(String file) {
        return "restaurez " + file + " depuis l'historique (« git checkout -- " + file + " »), puis relancez mvn package";
    }

    /** Reads the lock's text; {@code file} names it in the messages. */
    public static ProgrammeLock parse(String text, String file) throws LockFormatException {
        List<Diagnostic> problems = new ArrayList<>();
        List<LockEntry> entries = new ArrayList<>();
        Map<UUID, Integer> lines = new LinkedHashMap<>();
        String[] rows = LINE_BREAK.split(text, -1);
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            int line = i + 1;
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            if (row.startsWith("<<<<<<<") || row.startsWith("=======") || row.startsWith(">>>>>>>")) {
                problems.add(Diagnostic.error(file, line, "ligne illisible : conflit de fusion ; gardez, pour chaque webinaire, "
                        + "la ligne qui a la plus grande séquence, supprimez les lignes <<<<<<<, ======= et >>>>>>>, puis relancez mvn package"));
                continue;
            }
            String[] fields = FIELD_SEPARATOR.split(row);
            LineRead read = fields.length != 5
                    ? LineRead.problem("5 champs attendus (uid séquence date empreinte page), " + fields.length + " trouvé(s)")
                    : read(fields);
            if (read.problem() != null) {
                problems.add(Diagnostic.error(file, line, "ligne illisible : " + read.problem() + " ; " + restoreHint(file)));
                continue;
            }
            UUID uid = read.entry().uid();
            if (lines.containsKey(uid)) {
                problems.add(Diagnostic.error(file, line, "uid « " + uid + " » déjà présent ligne " + lines.get(uid)
                        + " ; gardez seulement la ligne qui a la plus grande séquence, puis relancez mvn package"));
                continue;
            }
            entries.add(read.entry());
            lines.put(uid, line);
        }
        if (!problems.isEmpty()) {
            throw new LockFormatException(problems);
        }
        ProgrammeLock lock = of(entries);
        return new ProgrammeLock(lock.entries, lines);
    }

    /** A line's entry, or what is wrong with it, in French. */
    private record LineRead(LockEntry entry, String problem) {
        static LineRead problem(String problem) {
            return new LineRead(null, problem);
        }
    }

    /** The entry of a line of five fields, each checked in turn (its date read once). */
    private static LineRead read(String[] fields) {
        if (!UUID_TEXT.matcher(fields[0]).matches()) {
            return LineRead.problem("uid « " + fields[0] + " » invalide, 32 chiffres ou lettres de a à f en groupes 8-4-4-4-12 attendus");
        }
        if (!SEQUENCE_TEXT.matcher(fields[1]).matches() || Long.parseLong(fields[1]) > SequenceFloor.MAX) {
            return LineRead.problem("séquence « " + fields[1] + " » invalide, un nombre entier de 0 à " + SequenceFloor.MAX + " attendu");
        }
        Instant lastChange;
        try {
            lastChange = Instant.parse(fields[2]);
        } catch (DateTimeParseException e) {
            return LineRead.problem("date « " + fields[2] + " » invalide, une date UTC comme 2026-11-27T05:23:04Z attendue");
        }
        if (!DIGEST.matcher(fields[3]).matches()) {
            return LineRead.problem("empreinte SHA-256 « " + fields[3] + " » invalide, 64 chiffres ou lettres de a à f attendus");
        }
        return new LineRead(new LockEntry(UUID.fromString(fields[0]), fields[4], fields[3], Integer.parseInt(fields[1]), lastChange), null);
    }

    public String format() {
        StringBuilder text = new StringBuilder(HEADER);
        for (LockEntry entry : entries.values()) {
            text.append(entry.uid()).append(' ')
                    .append(entry.sequence()).append(' ')
                    .append(entry.lastChange().truncatedTo(ChronoUnit.SECONDS)).append(' ')
                    .append(entry.digest()).append(' ')
                    .append(entry.page()).append('\n');
        }
        return text.toString();
    }

    public Optional<LockEntry> entry(UUID uid) {
        return Optional.ofNullable(entries.get(uid));
    }

    public Collection<LockEntry> entries() {
        return entries.values();
    }

    /** The line of {@code uid} in the file it was read from, or 1. */
    public int lineOf(UUID uid) {
        return lines.getOrDefault(uid, 1);
    }
}
