package fr.gouv.diplomatie.daect.programme.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The edits an editor makes every week to the repository's site, drawn at random, for the tests that compare a site
 * brought up to date edit by edit with a full bake ({@link LiveSiteEditSequenceTest}, {@link IncrementalBuildTest}).
 */
final class EditorEdits {

    private static final List<String> TAGS = List.of("maroc", "dispositif-conjoint", "egalite-femmes-hommes", "senegal",
            "developpement-durable", "sante", "sport", "ameriques", "jeunesse", "expe-ct");
    private static final Pattern DATE = Pattern.compile("(?m)^date=(\\d{4}-\\d{2}-\\d{2})$");
    /**
     * Half an hour before « La santé » (13 January 2021, 10:00 to 12:00 in Paris): five sessions over, whose pages
     * announce the next one, the others to come; as the afternoon's clock moves on by the hour, it begins, then ends.
     */
    static final Instant START = Instant.parse("2021-01-13T08:30:00Z");
    private static final List<String> PAGES = List.of("content/index.md", "content/guide.md", "content/plan-du-site.md",
            "content/inscription.md");
    /** The document sessions offer once an edit adds it; another edit replaces it with a file of another size. */
    private static final String DOCUMENT = "documents/support.pdf";

    private EditorEdits() {
    }

    /** An edit made to one file of the project: what it was, and how to take it back. */
    record Applied(String name, Path file, byte[] before) {

        /** Puts the file back as it was (an edit the validation refused, undone as the editor would). */
        void undo() throws IOException {
            if (before == null) {
                Files.deleteIfExists(file);
            } else {
                Files.write(file, before);
            }
        }
    }

    /**
     * Makes one of the week's edits in the project {@code dir}, drawn from {@code random}: most often a session's
     * header or text, else a page's text, a document replaced with one of another size, or an hour gone by on
     * {@code clock} before a session is saved unchanged.
     */
    static Applied apply(Path dir, int step, Random random, MovingClock clock) throws IOException {
        List<Path> sessions = sessions(dir);
        Path file = sessions.get(random.nextInt(sessions.size()));
        int kind = random.nextInt(8);
        if (kind == 0) {
            // An hour later, the editor saves a file unchanged: what the clock changed must show.
            clock.now = clock.now.plus(Duration.ofHours(1));
            return new Applied("une heure plus tard", file, Files.readAllBytes(file));
        }
        if (kind == 1) {
            Path document = dir.resolve("assets").resolve(DOCUMENT);
            byte[] before = Files.exists(document) ? Files.readAllBytes(document) : null;
            Files.createDirectories(document.getParent());
            Files.write(document, new byte[1_000 * (1 + random.nextInt(50))]);
            return new Applied(DOCUMENT + " : " + Files.size(document) + " octets", document, before);
        }
        if (kind == 2) {
            file = dir.resolve(PAGES.get(random.nextInt(PAGES.size())));
        }
        String before = Files.readString(file, StandardCharsets.UTF_8);
        String edit = kind == 2 ? before + "\nUne phrase ajoutée à l'étape " + step + ".\n" : edit(before, step, random);
        Files.writeString(file, edit, StandardCharsets.UTF_8);
        return new Applied(file.getFileName() + " : " + describe(before, edit), file, before.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Path> sessions(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("content/webinaires"))) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }

    /** The afternoon's clock, moved on by the test. */
    static final class MovingClock extends Clock {

        volatile Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the programme reads instants");
        }
    }

    /**
     * One of the week's edits of a session file: its title, its status, its themes, its text (a paragraph, a table, a
     * quotation and a list), its note, its date, its speakers, its recording, its registration or its document, each
     * line added, or removed when it is there.
     */
    private static String edit(String text, int step, Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> text.replaceFirst("(?m)^title=.*$", "title=Un titre revu, étape " + step);
            case 1 -> text.contains("\neventStatus=cancelled\n") ? text.replace("\neventStatus=cancelled\n", "\n")
                    : text.replaceFirst("(?m)^status=published$", "status=published\neventStatus=cancelled");
            case 2 -> text.replaceFirst("(?m)^tags=.*$", "tags=" + TAGS.get(random.nextInt(TAGS.size()))
                    + (random.nextBoolean() ? ", " + TAGS.get(random.nextInt(TAGS.size())) : ""));
            // Markup a page did not have may need rules of the DSFR that its stylesheet had left out.
            case 3 -> text + switch (random.nextInt(3)) {
                case 0 -> "\nUn paragraphe ajouté à l'étape " + step + ".\n";
                case 1 -> "\n| Étape | Lieu |\n|---|---|\n| " + step + " | Rabat |\n";
                default -> "\n> Une citation, étape " + step + ".\n\n1. un\n2. deux\n";
            };
            case 4 -> text.contains("\nnote=") ? text.replaceFirst("(?m)^note=.*\n", "")
                    : text.replaceFirst("(?m)^status=published$", "status=published\nnote=Une note de l'étape " + step + ".");
            case 5 -> moved(text, 7L * (random.nextInt(9) - 4));
            case 6 -> toggled(text, "speakers=", "Amina Benali (directrice, Agence marocaine de coopération, étape " + step + ")");
            case 7 -> toggled(text, "replay=", "https://video.example.org/webinaire-" + step);
            case 8 -> toggled(text, "registration=", "closed");
            default -> toggled(text, "documents=", "[Support de présentation](" + DOCUMENT + ")");
        };
    }

    /** The header line {@code key…} removed if the file has one, else added with {@code value}. */
    private static String toggled(String text, String key, String value) {
        return text.contains("\n" + key) ? text.replaceFirst("(?m)^" + key + ".*\n", "")
                : text.replaceFirst("(?m)^status=published$", "status=published\n" + key + value);
    }

    private static String moved(String text, long days) {
        Matcher date = DATE.matcher(text);
        return date.find() ? date.replaceFirst("date=" + LocalDate.parse(date.group(1)).plusDays(days)) : text;
    }

    private static String describe(String before, String after) {
        List<String> lines = new ArrayList<>(after.lines().filter(line -> !line.isBlank()).toList());
        lines.removeAll(before.lines().toList());
        return lines.isEmpty() ? "ligne retirée" : lines.get(0);
    }
}
