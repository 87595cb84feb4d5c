package fr.gouv.diplomatie.daect.programme.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

/**
 * N valid session files (one a day, so none overlaps; unique uids, titles and addresses; tags,
 * a note, one in ten cancelled, a body with links), for the benchmarks.
 */
final class SyntheticProgramme {

    static final String[] TAGS = {"sante", "maroc", "senegal", "jeunesse", "sport", "ameriques"};

    private SyntheticProgramme() {
    }

    static void writeSessions(Path contentDir, int count) throws IOException {
        LocalDate first = LocalDate.of(2021, 1, 4);
        for (int i = 0; i < count; i++) {
            String slug = String.format("session-%05d", i);
            String previous = String.format("session-%05d", Math.max(0, i - 1));
            String header = "title=Webinaire numéro " + i + " : la coopération décentralisée\n"
                    + "type=session\nstatus=published\n"
                    + "date=" + first.plusDays(i) + "\nstart=" + (i % 2 == 0 ? "10:00" : "14:00") + "\nend=" + (i % 2 == 0 ? "12:30" : "16:00") + "\n"
                    + "uid=" + UUID.nameUUIDFromBytes(slug.getBytes(StandardCharsets.UTF_8)) + "\n"
                    + (i % 10 == 0 ? "eventStatus=cancelled\n" : "")
                    + "tags=" + TAGS[i % TAGS.length] + ", " + TAGS[(i + 1) % TAGS.length] + "\n"
                    + "note=Ce webinaire est organisé dans le cadre du dispositif conjoint.\n";
            String body = "Présentation de la session " + i + ", suivie d'un temps d'échanges.\n\n"
                    + "Lire [le guide](../guide.html), la [session précédente](" + previous + ".html) "
                    + "et le [site du ministère](https://www.diplomatie.gouv.fr/).\n";
            Path file = contentDir.resolve("webinaires/" + slug + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, header + "~~~~~~\n" + body, StandardCharsets.UTF_8);
        }
    }
}
