package fr.gouv.diplomatie.daect.programme.cms;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import fr.gouv.diplomatie.daect.programme.preview.PreviewServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decap's local backend protocol on the preview server, writing the working tree and nothing outside content/ and assets/. */
class LocalBackendTest {

    @TempDir
    Path project;

    private PreviewServer server;

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(project.resolve("content/webinaires"));
        Files.writeString(project.resolve("content/webinaires/2021-01-13-sante.md"), "title=La santé\n~~~~~~\n");
        Files.writeString(project.resolve("jbake.properties"), "secret=1\n");
        server = PreviewServer.bind(0).handle(LocalBackend.PATH, new LocalBackend(project)).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> post(String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "api/v1"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void decapFindsItAndReadsTheSessions() throws Exception {
        assertTrue(post("{\"action\":\"info\"}").body().contains("\"type\":\"local_fs\""));
        String entries = post("{\"action\":\"entriesByFolder\",\"params\":{\"folder\":\"content/webinaires\",\"extension\":\"md\",\"depth\":1}}").body();
        assertTrue(entries.contains("\"path\":\"content/webinaires/2021-01-13-sante.md\""), entries);
        assertTrue(entries.contains("title=La santé"), entries);
    }

    @Test
    void aPublishedEntryIsWrittenInTheWorkingTree() throws Exception {
        HttpResponse<String> answer = post("{\"action\":\"persistEntry\",\"params\":{\"dataFiles\":[{\"path\":\"content/webinaires/2021-03-10-x.md\","
                + "\"raw\":\"title=X\\n~~~~~~\\n\"}],\"assets\":[]}}");
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("title=X\n~~~~~~\n", Files.readString(project.resolve("content/webinaires/2021-03-10-x.md")));
    }

    @Test
    void anEntryIsValidatedAsTheBuildWouldWithItsFieldNamedAndNothingWritten() throws Exception {
        String raw = "title=La santé\ntype=session\nstatus=published\ndate=2021-01-13\nstart=10:00\nend=09:30\n"
                + "uid=d3c6c4f3-578d-4e94-bfef-da0ea20b46ff\n~~~~~~\nTexte\n";
        HttpResponse<String> answer = post(new Gson().toJson(Map.of("action", "validate",
                "params", Map.of("path", "content/webinaires/2021-01-13-sante.md", "raw", raw))));
        assertEquals(200, answer.statusCode(), answer.body());
        JsonArray diagnostics = JsonParser.parseString(answer.body()).getAsJsonObject().getAsJsonArray("diagnostics");
        assertEquals(1, diagnostics.size(), answer.body());
        JsonObject end = diagnostics.get(0).getAsJsonObject();
        assertEquals("end", end.get("field").getAsString());
        assertEquals("Heure de fin", end.get("label").getAsString());
        assertEquals("erreur", end.get("severity").getAsString());
        assertTrue(end.get("message").getAsString().contains("`end=09:30` n'est pas après `start=10:00`"), answer.body());
        assertEquals("title=La santé\n~~~~~~\n", Files.readString(project.resolve("content/webinaires/2021-01-13-sante.md")), "nothing written");

        String fixed = post(new Gson().toJson(Map.of("action", "validate",
                "params", Map.of("path", "content/webinaires/2021-01-13-sante.md", "raw", raw.replace("end=09:30", "end=11:30"))))).body();
        assertEquals("{\"diagnostics\":[]}", fixed);
    }

    @Test
    void nothingOutsideContentAndAssets() throws Exception {
        for (String path : new String[] {"jbake.properties", "content/../jbake.properties", "/etc/passwd", "content\\\\x.md"}) {
            HttpResponse<String> answer = post("{\"action\":\"persistEntry\",\"params\":{\"dataFiles\":[{\"path\":\"" + path
                    + "\",\"raw\":\"pris\"}]}}");
            assertEquals(422, answer.statusCode(), path);
            assertTrue(answer.body().contains("Chemin refusé"), answer.body());
        }
        assertEquals("secret=1\n", Files.readString(project.resolve("jbake.properties")));
        assertEquals(422, post("{\"action\":\"getEntry\",\"params\":{\"path\":\"jbake.properties\"}}").statusCode());
    }

    @Test
    void aCrossSitePostWithoutJsonIsRefused() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "api/v1"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"action\":\"deleteFiles\",\"params\":{\"paths\":[\"content/webinaires/2021-01-13-sante.md\"]}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, answer.statusCode());
        assertFalse(Files.notExists(project.resolve("content/webinaires/2021-01-13-sante.md")));
    }
}
