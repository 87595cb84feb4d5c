package fr.gouv.diplomatie.daect.programme.preview;

import fr.gouv.diplomatie.daect.programme.testing.RecordedLog;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import fr.gouv.diplomatie.daect.programme.testing.RepositorySite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The live preview over a copy of this repository's site, on a free port, through HTTP as a browser
 * sees it: the site is served, a saved file shows in the served page and the open pages are told.
 */
class LivePreviewTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2020-12-01T09:00:00Z"), ZoneOffset.UTC);
    static final String SANTE = "content/webinaires/2021-01-13-sante.md";

    @TempDir
    Path dir;
    final List<String> terminal = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    LivePreview preview;

    @BeforeEach
    void start() throws Exception {
        RepositorySite.copyTo(dir);
        preview = LivePreview.start(new LivePreview.Options(dir, dir.resolve("target/www"), () -> SiteSettings.load(dir, Map.of()),
                CLOCK, false, 0, dir.resolve("target/inscriptions.jsonl")), new RecordedLog(terminal));
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    /** The one test of the whole chain, real files, watcher, threads and port: the other cases are in {@link PreviewRebuildTest}. */
    @Test
    void servesTheSiteAndASavedSessionShowsInTheServedPageAndTheOpenPagesAreTold() throws Exception {
        HttpResponse<String> session = get("webinaires/2021-01-13-sante");
        assertEquals(200, session.statusCode());
        assertEquals("text/html; charset=utf-8", session.headers().firstValue("Content-Type").orElse(""));
        assertTrue(session.body().contains("<h1>La santé</h1>"));
        HttpResponse<String> calendar = get("webinaires/2021-01-13-sante.ics");
        assertEquals("text/calendar; charset=utf-8", calendar.headers().firstValue("Content-Type").orElse(""));
        assertTrue(calendar.body().startsWith("BEGIN:VCALENDAR"));
        HttpResponse<String> missing = get("webinaires/absent");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page non trouvée"));
        assertTrue(get("guide").body().contains("<h1"), "pretty address of a page");
        assertEquals(405, get("_formulaire").statusCode(), "the local form receiver answers, to POST only");
        assertTrue(terminal.stream().anyMatch(l -> l.startsWith("INFO Reconstruit : site entier : ")), terminal.toString());

        String served = get("inscription").body();
        assertTrue(served.contains("<script src=\"/_apercu/apercu.js\" data-build=\"" + preview.status().id() + "\" defer></script></head>"), served);
        HttpResponse<String> script = get("_apercu/apercu.js");
        assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElse(""));
        assertTrue(script.body().contains("new EventSource('/_apercu/evenements')"));
        assertEquals("text/css; charset=utf-8", get("_apercu/apercu.css").headers().firstValue("Content-Type").orElse(""));

        try (EventStream events = new EventStream(URI.create(preview.url() + "_apercu/evenements"))) {
            String first = events.nextBuild();
            assertEquals(preview.status().id(), first);

            edit(SANTE, "title=La santé", "title=La santé mondiale");

            String next = events.nextBuild();
            assertNotEquals(first, next, "a rebuild is announced to the open pages");
            assertTrue(get("webinaires/2021-01-13-sante").body().contains("<h1>La santé mondiale</h1>"));
            assertTrue(get("").body().contains("La santé mondiale"), "the programme on the home page too");
        }
        assertTrue(terminal.stream().anyMatch(l -> l.matches("INFO Reconstruit : " + SANTE + " : \\d+ pages HTML.* en \\d+ ms \\(.*\\)")), terminal.toString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(preview.url() + path)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = dir.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " should contain " + from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }
    /** The Server-Sent Events stream a page listens to, read line by line. */
    private static final class EventStream implements AutoCloseable {

        private final java.io.InputStream body;
        private final BufferedReader lines;

        EventStream(URI uri) throws IOException, InterruptedException {
            HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofInputStream());
            assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
            this.body = response.body();
            this.lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        }

        /** The data of the next {@code build} event (the stream sends a comment every 15 s: the deadline is checked). */
        String nextBuild() throws IOException {
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            boolean build = false;
            for (String line = lines.readLine(); line != null && System.nanoTime() < deadline; line = lines.readLine()) {
                if (line.equals("event: build")) {
                    build = true;
                } else if (build && line.startsWith("data: ")) {
                    return line.substring("data: ".length());
                }
            }
            fail("the event stream ended");
            return null;
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }
}
