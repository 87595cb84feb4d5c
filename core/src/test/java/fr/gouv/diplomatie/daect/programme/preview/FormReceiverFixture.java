package fr.gouv.diplomatie.daect.programme.preview;

import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.registration.FormProtocol;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the form receiver's tests share: a preview server with the receiver on a free port for each test, a client
 * that does not follow redirects, the posts of a form, and the registrations recorded, read back.
 */
abstract class FormReceiverFixture {

    @TempDir
    Path dir;

    PreviewServer server;
    Path log;
    final List<String> messages = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws Exception {
        log = dir.resolve("target/inscriptions.jsonl");
        FormProtocol protocol = FormProtocol.from(SiteSettings.of(Map.of()));
        Clock clock = Clock.fixed(Instant.parse("2020-10-01T08:30:00Z"), ZoneOffset.UTC);
        server = PreviewServer.bind(0).receiveForms(new FormReceiver(protocol, new SubmissionLog(log), clock, BuildLog.to(messages::add))).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    URI receiver() {
        return URI.create("http://127.0.0.1:" + server.port() + "/_formulaire");
    }

    static String form(String... pairs) {
        List<String> encoded = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            encoded.add(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return String.join("&", encoded);
    }

    static String[] complete(String... more) {
        List<String> pairs = new ArrayList<>(List.of("nom", "N'Diaye", "prenom", "Léa", "email", "lea.ndiaye@dakar.sn",
                "organisation", "Ville de Dakar", "fonction", "", "webinaires", "Mercredi 9 décembre 2020 — Coopérer avec le Sénégal",
                "webinaires", "Mercredi 13 janvier 2021 — La santé", "consentement", "oui", "_gotcha", "",
                "_subject", "Inscription aux webinaires de la DAECT", "_next", "inscription-merci.html"));
        pairs.addAll(List.of(more));
        return pairs.toArray(String[]::new);
    }

    HttpResponse<String> post(String body, boolean json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(receiver())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://127.0.0.1:" + server.port())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (json) {
            request.header("Accept", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    List<JsonObject> recorded() throws Exception {
        if (!Files.exists(log)) {
            return List.of();
        }
        List<JsonObject> lines = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            lines.add(JsonParser.parseString(line).getAsJsonObject());
        }
        return lines;
    }

    static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    static String text(JsonObject object, String key) {
        return object.get(key).getAsString();
    }

    static List<String> texts(JsonArray array) {
        List<String> texts = new ArrayList<>();
        for (JsonElement element : array) {
            texts.add(element.getAsString());
        }
        return texts;
    }

    HttpResponse<String> postFrom(Map<String, String> headers, boolean json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(receiver())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(complete())));
        headers.forEach(request::header);
        if (json) {
            request.header("Accept", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
