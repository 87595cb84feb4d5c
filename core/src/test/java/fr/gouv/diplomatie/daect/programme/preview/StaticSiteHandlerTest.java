package fr.gouv.diplomatie.daect.programme.preview;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaticSiteHandlerTest {

    @TempDir
    Path dir;

    private Path site;
    private PreviewServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        site = dir.resolve("www");
        write("index.html", "<!DOCTYPE html><title>Accueil</title>");
        write("guide.html", "<!DOCTYPE html><title>Guide</title>");
        write("404.html", "<!DOCTYPE html><title>Page non trouvée</title>");
        write("webinaires/2021-01-13-sante.ics", "BEGIN:VCALENDAR\r\nX-WR-CALNAME:Santé\r\nEND:VCALENDAR\r\n");
        write("css/site.css", "body{}");
        Files.createDirectories(site.resolve("fonts"));
        Files.write(site.resolve("fonts/Marianne-Regular.woff2"), new byte[]{'w', 'O', 'F', '2', 0, 1, 2});
        Files.writeString(dir.resolve("secret.txt"), "hors du site");
        server = PreviewServer.bind(0).serveSite(site).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void write(String path, String text) throws Exception {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String type(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void filesComeWithTheTypesAndBytesAStaticHostWouldSend() throws Exception {
        HttpResponse<byte[]> calendar = get("/webinaires/2021-01-13-sante.ics");
        assertEquals(200, calendar.statusCode());
        assertEquals("text/calendar; charset=utf-8", type(calendar));
        assertEquals("BEGIN:VCALENDAR\r\nX-WR-CALNAME:Santé\r\nEND:VCALENDAR\r\n", new String(calendar.body(), StandardCharsets.UTF_8));

        assertEquals("text/css; charset=utf-8", type(get("/css/site.css")));
        HttpResponse<byte[]> font = get("/fonts/Marianne-Regular.woff2");
        assertEquals("font/woff2", type(font));
        assertArrayEquals(Files.readAllBytes(site.resolve("fonts/Marianne-Regular.woff2")), font.body());
        assertEquals("no-cache", get("/guide.html").headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void theRootIsTheIndexAndAPageAnswersWithoutItsExtension() throws Exception {
        HttpResponse<byte[]> root = get("/");
        assertEquals(200, root.statusCode());
        assertEquals("text/html; charset=utf-8", type(root));
        assertTrue(new String(root.body(), StandardCharsets.UTF_8).contains("Accueil"));
        assertTrue(new String(get("/guide").body(), StandardCharsets.UTF_8).contains("Guide"));
        assertTrue(new String(get("/guide.html?session=x").body(), StandardCharsets.UTF_8).contains("Guide"));
    }

    @Test
    void anUnknownAddressGetsTheSites404PageWithStatus404() throws Exception {
        HttpResponse<byte[]> missing = get("/webinaires/inconnu.html");

        assertEquals(404, missing.statusCode());
        assertEquals("text/html; charset=utf-8", type(missing));
        assertTrue(new String(missing.body(), StandardCharsets.UTF_8).contains("Page non trouvée"));
    }

    @Test
    void nothingOutsideTheSiteFolderIsServed() throws Exception {
        StaticSiteHandler handler = new StaticSiteHandler(site);
        assertEquals(Optional.empty(), handler.resolve("/../secret.txt"));
        assertEquals(Optional.empty(), handler.resolve("/css/../../secret.txt"));

        // Sent raw: an HTTP client would tidy the path before sending it.
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /../secret.txt HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 404"), answer);
            assertFalse(answer.contains("hors du site"));
        }
    }

    @Test
    void headGivesTheHeadersOnly() throws Exception {
        HttpResponse<byte[]> head = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/guide.html"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(String.valueOf(Files.size(site.resolve("guide.html"))), head.headers().firstValue("Content-Length").orElseThrow());
    }

    @Test
    void theSiteCannotBeChangedThroughTheServer() throws Exception {
        HttpResponse<byte[]> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/guide.html"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElseThrow());
    }
}
