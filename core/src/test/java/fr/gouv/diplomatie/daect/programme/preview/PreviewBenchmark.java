package fr.gouv.diplomatie.daect.programme.preview;

import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.testing.FileTrees;
import fr.gouv.diplomatie.daect.programme.validation.ValidationBenchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Rerunnable benchmark of the live preview (not a test: nothing is timed in the test suite).
 * Generates a programme of N sessions (default 5,000) with the validation benchmark's generator,
 * gives it this repository's templates, settings, assets and pages, starts the preview on a free
 * port, then saves files as an editor would and times each save until the served page shows it
 * (watcher, validation of the whole programme, rebake, HTTP). Run it with
 * {@code plugin/benchmark/preview.sh [N]}; figures are in docs/performance.md.
 */
public final class PreviewBenchmark {

    private static final int RUNS = 3;

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        Path repository = Path.of(args.length > 1 ? args[1] : "..").toAbsolutePath().normalize();
        Path dir = Files.createTempDirectory("preview-benchmark");
        ValidationBenchmark.generate(dir, count);
        for (String part : List.of("templates", "assets", "jbake.properties")) {
            FileTrees.copy(repository.resolve(part), dir.resolve(part), StandardCopyOption.REPLACE_EXISTING);
        }
        try (Stream<Path> pages = Files.list(repository.resolve("content"))) {
            for (Path page : pages.filter(Files::isRegularFile).toList()) {
                Files.copy(page, dir.resolve("content").resolve(page.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        System.out.printf("%d sessions générées dans %s%n", count, dir);

        List<String> terminal = new ArrayList<>();
        long started = System.nanoTime();
        try (LivePreview preview = LivePreview.start(new LivePreview.Options(dir, dir.resolve("target/www"),
                () -> SiteSettings.load(dir, Map.of()), Clock.systemUTC(), false, 0, dir.resolve("target/inscriptions.jsonl")),
                new Printing(terminal))) {
            System.out.printf("premier aperçu (cuisson complète, JVM froide) : %d ms%n", (System.nanoTime() - started) / 1_000_000);
            Bench bench = new Bench(preview, dir);
            String middle = String.format("content/webinaires/session-%05d.md", count / 2);
            String page = String.format("webinaires/session-%05d.html", count / 2);
            for (int run = 1; run <= RUNS; run++) {
                bench.save("texte d'une session", middle, run == 1 ? "d'échanges." : "d'échanges (" + (run - 1) + ").",
                        "d'échanges (" + run + ").", page, "d'échanges (" + run + ")");
            }
            for (int run = 1; run <= RUNS; run++) {
                bench.save("titre d'une session", middle, "title=Webinaire numéro " + (count / 2) + (run == 1 ? " :" : " (" + (run - 1) + ") :"),
                        "title=Webinaire numéro " + (count / 2) + " (" + run + ") :", page, "numéro " + (count / 2) + " (" + run + ")");
            }
            for (int run = 1; run <= RUNS; run++) {
                String slug = "ajout-" + run;
                bench.create("nouvelle session", "content/webinaires/" + slug + ".md", String.join("\n",
                        "title=Session ajoutée " + run, "type=session", "status=published", "date=2099-01-0" + run,
                        "start=10:00", "end=12:00", "uid=" + java.util.UUID.nameUUIDFromBytes(slug.getBytes(StandardCharsets.UTF_8)),
                        "~~~~~~", "Ajoutée pendant l'aperçu.", ""), "webinaires/" + slug + ".html", "Session ajoutée " + run);
            }
            for (int run = 1; run <= RUNS; run++) {
                bench.save("feuille de style", "assets/css/site.css", run == 1 ? "" : "/* " + (run - 1) + " */", "/* " + run + " */",
                        "css/site.css", "/* " + run + " */");
            }
        }
        terminal.stream().filter(l -> l.startsWith("Reconstruit")).forEach(l -> System.out.println("  terminal : " + l));
    }

    /** Saves files and waits until the preview serves them. */
    private static final class Bench {

        private final LivePreview preview;
        private final Path dir;
        private final HttpClient http = HttpClient.newHttpClient();

        Bench(LivePreview preview, Path dir) {
            this.preview = preview;
            this.dir = dir;
        }

        void save(String what, String file, String from, String to, String page, String expected) throws Exception {
            Path path = dir.resolve(file);
            String text = Files.readString(path, StandardCharsets.UTF_8);
            String changed = from.isEmpty() ? to + "\n" + text : text.replace(from, to);
            if (changed.equals(text)) {
                throw new IllegalStateException(file + " ne contient pas " + from);
            }
            long started = System.nanoTime();
            Files.writeString(path, changed, StandardCharsets.UTF_8);
            await(what, started, page, expected);
        }

        void create(String what, String file, String text, String page, String expected) throws Exception {
            long started = System.nanoTime();
            Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
            await(what, started, page, expected);
        }

        private void await(String what, long started, String page, String expected) throws IOException, InterruptedException {
            while (true) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(preview.url() + page)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.body().contains(expected)) {
                    break;
                }
                if (response.body().contains("apercu-erreurs\"")) {
                    throw new IllegalStateException("l'aperçu signale une erreur : " + preview.status().current());
                }
                if (System.nanoTime() - started > 600_000_000_000L) {
                    throw new IllegalStateException(what + " : rien après 10 minutes");
                }
                Thread.sleep(10);
            }
            System.out.printf("%-22s enregistré → servi en %5d ms%n", what, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private record Printing(List<String> lines) implements BuildLog {

        @Override
        public void info(String message) {
            lines.add(message);
        }

        @Override
        public void warn(String message) {
            lines.add(message);
        }

        @Override
        public void error(String message) {
            lines.add(message);
            System.out.println("ERREUR " + message);
        }
    }
}
