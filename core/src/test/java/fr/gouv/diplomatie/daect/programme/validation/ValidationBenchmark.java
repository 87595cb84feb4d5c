package fr.gouv.diplomatie.daect.programme.validation;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.ContentFileReader;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rerunnable benchmark of the validation (not a test: nothing is timed in the test suite).
 * Generates a project of N valid session files (default 5,000), then reads and validates it as
 * the {@code validate} goal does, once cold (as in a Maven build) and a few times warm.
 * Run it with {@code plugin/benchmark/validation.sh [N]} ({@code JAVA_OPTS=-DperRule=true} adds the
 * cold time of each rule); figures are in docs/performance.md.
 */
public final class ValidationBenchmark {

    private static final String[] TAGS = {"sante", "maroc", "senegal", "jeunesse", "sport", "ameriques"};

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        Path dir = Files.createTempDirectory("validation-benchmark");
        generate(dir, count);
        System.out.printf("%d fichiers de session générés dans %s%n", count, dir);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (System.getProperty("perRule") != null) {
            List<ContentFile> files = new ContentFileReader(dir).readAll(dir.resolve("content"));
            ValidationContext context = new ValidationContext(dir, files, SiteSettings.load(dir, Map.of()), false);
            for (Rule rule : ProgrammeValidator.standardRules()) {
                long cpuStarted = threads.getCurrentThreadCpuTime();
                long started = System.nanoTime();
                rule.check(context, d -> { });
                System.out.printf("%-24s %5d ms (temps CPU %5d ms)%n", rule.getClass().getSimpleName(),
                        (System.nanoTime() - started) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000);
            }
        }
        for (int run = 1; run <= 6; run++) {
            long cpuStarted = processCpuTime();
            long started = System.nanoTime();
            List<ContentFile> files = new ContentFileReader(dir).readAll(dir.resolve("content"));
            long read = System.nanoTime();
            ValidationReport report = ProgrammeValidator.standard()
                    .validate(new ValidationContext(dir, files, SiteSettings.load(dir, Map.of()), false));
            long validated = System.nanoTime();
            long cpu = processCpuTime() - cpuStarted;
            if (!report.diagnostics().isEmpty()) {
                throw new IllegalStateException("le projet généré devrait être valide : " + report.diagnostics().get(0));
            }
            // Wall-clock time depends on the other processes of the machine; the process's CPU time much less
            // (it counts every core the reading and the rules use, and the JVM's compiler and collector).
            System.out.printf("%s : lecture %4d ms + validation %4d ms = %4d ms (temps CPU %4d ms ; %s)%n",
                    run == 1 ? "à froid    " : "exécution " + run, (read - started) / 1_000_000, (validated - read) / 1_000_000,
                    (validated - started) / 1_000_000, cpu / 1_000_000, report.summary());
        }
    }

    private static long processCpuTime() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** N sessions, one a day from 2021-01-04, each with tags, a note and a body with links (the build benchmark uses it too). */
    public static void generate(Path dir, int count) throws IOException {
        write(dir.resolve("jbake.properties"), "site.host=https://example.org/webinaires/\nprogramme.timezone=Europe/Paris\n"
                + "contact.email=secretariat@example.org\nrender.error404=true\n");
        StringBuilder tags = new StringBuilder();
        for (String tag : TAGS) {
            tags.append(tag).append('=').append(tag.substring(0, 1).toUpperCase()).append(tag.substring(1)).append('\n');
        }
        write(dir.resolve("tags.properties"), tags.toString());
        write(dir.resolve("content/guide.md"), "title=Le guide\ntype=guide\nstatus=published\n~~~~~~\nLe guide.\n");
        write(dir.resolve("content/index.md"), "title=Accueil\ntype=home\nstatus=published\n~~~~~~\nVoir [le guide](guide.html).\n");
        write(dir.resolve("assets/css/site.css"), "body{}\n");
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
            write(dir.resolve("content/webinaires/" + slug + ".md"), header + "~~~~~~\n" + body);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
