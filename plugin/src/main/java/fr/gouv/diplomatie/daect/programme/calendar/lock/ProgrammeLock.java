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
            #
            # Une ligne par webinaire publié : uid, séquence, dernière modification (UTC), empreinte SHA-256, page.
            # L'empreinte résume ce qui compte pour un agenda (titre, date, horaires, fuseau, statut, thèmes, page).
            # Quand elle change, la séquence augmente et la date de modification avance : les agendas des
            # personnes abonnées remplacent alors l'événement au lieu de le dupliquer.
            # Un webinaire publié ne se supprime pas : annulez-le (eventStatus=cancelled), il restera annoncé comme annulé.
            """;

    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

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

    /** Reads the lock's text; {@code file} names it in the messages. */
    public static ProgrammeLock parse(String text, String file) throws LockFormatException {
        List<Diagnostic> problems = new ArrayList<>();
        List<LockEntry> entries = new ArrayList<>();
        Map<UUID, Integer> lines = new LinkedHashMap<>();
        String[] rows = text.split("\r?\n", -1);
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            int line = i + 1;
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            String[] fields = row.split("\\s+");
            if (fields.length != 5) {
                problems.add(Diagnostic.error(file, line, "ligne illisible : 5 champs attendus (uid séquence date empreinte page)"
                        + (row.startsWith("<<<<<<<") || row.startsWith("=======") || row.startsWith(">>>>>>>")
                        ? " ; conflit de fusion : gardez l'une des versions puis relancez mvn package" : "")));
                continue;
            }
            try {
                UUID uid = UUID.fromString(fields[0]);
                int sequence = Integer.parseInt(fields[1]);
                Instant lastChange = Instant.parse(fields[2]);
                if (!DIGEST.matcher(fields[3]).matches()) {
                    throw new IllegalArgumentException("empreinte SHA-256 invalide « " + fields[3] + " »");
                }
                if (lines.containsKey(uid)) {
                    problems.add(Diagnostic.error(file, line, "uid " + uid + " déjà présent ligne " + lines.get(uid)));
                    continue;
                }
                entries.add(new LockEntry(uid, fields[4], fields[3], sequence, lastChange));
                lines.put(uid, line);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add(Diagnostic.error(file, line, "ligne illisible : " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new LockFormatException(problems);
        }
        ProgrammeLock lock = of(entries);
        return new ProgrammeLock(lock.entries, lines);
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

    /** Same sessions, same values (line numbers and comments aside). */
    public boolean sameEntries(ProgrammeLock other) {
        return entries.equals(other.entries);
    }
}
