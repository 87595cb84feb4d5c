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
import org.junit.jupiter.api.Test;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The receiver over real HTTP, as the browser and the form talk to it. */
class FormReceiverTest {

    @TempDir
    Path dir;

    private PreviewServer server;
    private Path log;
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

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

    private URI receiver() {
        return URI.create("http://127.0.0.1:" + server.port() + "/_formulaire");
    }

    private static String form(String... pairs) {
        List<String> encoded = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            encoded.add(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return String.join("&", encoded);
    }

    private static String[] complete(String... more) {
        List<String> pairs = new ArrayList<>(List.of("nom", "N'Diaye", "prenom", "Léa", "email", "lea.ndiaye@dakar.sn",
                "organisation", "Ville de Dakar", "fonction", "", "webinaires", "Mercredi 9 décembre 2020 — Coopérer avec le Sénégal",
                "webinaires", "Mercredi 13 janvier 2021 — La santé", "consentement", "oui", "_gotcha", "",
                "_subject", "Inscription aux webinaires de la DAECT", "_next", "inscription-merci.html"));
        pairs.addAll(List.of(more));
        return pairs.toArray(String[]::new);
    }

    private HttpResponse<String> post(String body, boolean json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(receiver())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://127.0.0.1:" + server.port())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (json) {
            request.header("Accept", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<JsonObject> recorded() throws Exception {
        if (!Files.exists(log)) {
            return List.of();
        }
        List<JsonObject> lines = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            lines.add(JsonParser.parseString(line).getAsJsonObject());
        }
        return lines;
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private static String text(JsonObject object, String key) {
        return object.get(key).getAsString();
    }

    private static List<String> texts(JsonArray array) {
        List<String> texts = new ArrayList<>();
        for (JsonElement element : array) {
            texts.add(element.getAsString());
        }
        return texts;
    }

    @Test
    void aPlainPostIsRecordedAndRedirectedToTheThankYouPageBesideTheReceiver() throws Exception {
        HttpResponse<String> response = post(form(complete()), false);

        assertEquals(303, response.statusCode());
        assertEquals("http://127.0.0.1:" + server.port() + "/inscription-merci.html", response.headers().firstValue("Location").orElseThrow());
        List<JsonObject> lines = recorded();
        assertEquals(1, lines.size());
        assertEquals("2020-10-01T08:30:00Z", text(lines.get(0), "recu"));
        JsonObject fields = lines.get(0).getAsJsonObject("champs");
        assertEquals("N'Diaye", text(fields, "nom"));
        assertEquals("Léa", text(fields, "prenom"));
        assertEquals("lea.ndiaye@dakar.sn", text(fields, "email"));
        assertEquals("Ville de Dakar", text(fields, "organisation"));
        assertEquals("", text(fields, "fonction"));
        assertEquals(List.of("Mercredi 9 décembre 2020 — Coopérer avec le Sénégal", "Mercredi 13 janvier 2021 — La santé"),
                texts(fields.getAsJsonArray("webinaires")));
        assertEquals("oui", text(fields, "consentement"));
        assertEquals("Inscription aux webinaires de la DAECT", text(fields, "_subject"));
        assertFalse(fields.has("_gotcha"), "the honeypot is protocol, not data");
        assertFalse(fields.has("_next"));
    }

    @Test
    void oneSessionIsStillRecordedAsAList() throws Exception {
        post(form("nom", "Dupont", "prenom", "Marie", "email", "marie@lille.fr", "organisation", "Lille",
                "webinaires", "La santé", "consentement", "oui"), true);

        JsonObject fields = recorded().get(0).getAsJsonObject("champs");
        assertEquals(List.of("La santé"), texts(fields.getAsJsonArray("webinaires")));
    }

    private static String[] withNext(String next) {
        return new String[]{"nom", "Dupont", "prenom", "Marie", "email", "marie@lille.fr", "organisation", "Lille",
                "webinaires", "La santé", "consentement", "oui", "_next", next};
    }

    private String thankYouPage() {
        return "http://127.0.0.1:" + server.port() + "/inscription-merci.html";
    }

    @Test
    void anAbsoluteNextOnThePreviewIsWhereAPlainPostGoes() throws Exception {
        HttpResponse<String> absolute = post(form(withNext("http://localhost:" + server.port() + "/autre-page.html")), false);
        assertEquals("http://localhost:" + server.port() + "/autre-page.html", absolute.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void aNextOnAnotherSiteFallsBackToTheThankYouPage() throws Exception {
        for (String elsewhere : List.of("https://another.site/", "//another.site/", "http://another.site:" + server.port() + "/",
                "http://127.0.0.1:" + server.port() + "@another.site/", "http://127.0.0.1:1/")) {
            HttpResponse<String> plain = post(form(withNext(elsewhere)), false);
            assertEquals(303, plain.statusCode(), elsewhere);
            assertEquals(thankYouPage(), plain.headers().firstValue("Location").orElseThrow(), elsewhere);
            HttpResponse<String> fetched = post(form(withNext(elsewhere)), true);
            assertEquals(thankYouPage(), text(json(fetched.body()), "next"), elsewhere);
        }
        assertEquals(10, recorded().size(), "the registrations themselves are fine");
    }

    /** The Host header is the sender's to choose: the redirect is built from the address the server listens on. */
    @Test
    void aForgedHostHeaderDoesNotMoveTheRedirect() throws Exception {
        String body = form(complete());
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("POST /_formulaire HTTP/1.1\r\nHost: another.site\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length
                    + "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 303"), answer);
            assertTrue(answer.toLowerCase().contains("\r\nlocation: " + thankYouPage().toLowerCase() + "\r\n"), answer);
        }
        assertEquals(1, recorded().size(), "a post without Origin (curl, an old browser) is accepted");
    }

    private HttpResponse<String> postFrom(Map<String, String> headers, boolean json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(receiver())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(complete())));
        headers.forEach(request::header);
        if (json) {
            request.header("Accept", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPostFromAnotherOriginIsRefusedInFrenchAndNotRecorded() throws Exception {
        String refusal = "Envoi refusé : la réception locale du formulaire n'accepte que les envois des pages de l'aperçu (http://127.0.0.1:"
                + server.port() + ").";
        for (Map<String, String> headers : List.of(Map.of("Origin", "https://another.site"), Map.of("Origin", "null"),
                Map.of("Origin", "http://127.0.0.1:1"), Map.of("Sec-Fetch-Site", "cross-site"), Map.of("Sec-Fetch-Site", "same-site"),
                Map.of("Origin", "https://another.site", "Sec-Fetch-Site", "same-origin"))) {
            for (boolean json : List.of(true, false)) {
                HttpResponse<String> response = postFrom(headers, json);
                assertEquals(403, response.statusCode(), headers.toString());
                assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
                assertEquals(refusal, text(json(response.body()), "error"));
                assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
            }
        }
        assertEquals(List.of(), recorded());
        assertTrue(messages.stream().anyMatch(m -> m.contains("autre origine (https://another.site)")), messages.toString());
    }

    @Test
    void aPostFromThePreviewItselfIsAccepted() throws Exception {
        assertEquals(303, postFrom(Map.of("Origin", "http://localhost:" + server.port(), "Sec-Fetch-Site", "same-origin"), false).statusCode());
        assertEquals(303, postFrom(Map.of("Origin", "http://127.0.0.1:" + server.port()), false).statusCode());
        assertEquals(303, postFrom(Map.of("Sec-Fetch-Site", "same-origin"), false).statusCode());
        assertEquals(303, postFrom(Map.of(), false).statusCode());
        assertEquals(4, recorded().size());
    }

    @Test
    void itListensOnTheLoopbackAddressOnly() {
        assertEquals("127.0.0.1", server.address().getAddress().getHostAddress());
        assertTrue(server.address().getAddress().isLoopbackAddress());
    }

    /** Standing for the real service on another origin: that site's pages, and only them, may post and read the answer. */
    @Test
    void aNamedSiteMayPostFromItsOriginAndBeSentBack() throws Exception {
        server.close();
        FormProtocol protocol = FormProtocol.from(SiteSettings.of(Map.of()));
        server = PreviewServer.bind(0).receiveForms(new FormReceiver(protocol, new SubmissionLog(log), Clock.systemUTC(), BuildLog.to(messages::add),
                URI.create("http://127.0.0.1:4/webinaires/"))).start();

        HttpResponse<String> fetched = postFrom(Map.of("Origin", "http://127.0.0.1:4", "Sec-Fetch-Site", "same-site"), true);
        assertEquals(200, fetched.statusCode());
        assertEquals("http://127.0.0.1:4", fetched.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        HttpResponse<String> back = post(form(withNext("http://127.0.0.1:4/webinaires/inscription-merci.html")), false);
        assertEquals("http://127.0.0.1:4/webinaires/inscription-merci.html", back.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> away = post(form(withNext("https://another.site/")), false);
        assertEquals("http://127.0.0.1:4/webinaires/inscription-merci.html", away.headers().firstValue("Location").orElseThrow());
        assertEquals(403, postFrom(Map.of("Origin", "https://another.site"), true).statusCode());
    }

    @Test
    void aFetchGetsJsonWithTheNextPageAndNoCorsHeader() throws Exception {
        HttpResponse<String> response = post(form(complete()), true);

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "same origin: no CORS needed, none given");
        JsonObject answer = json(response.body());
        assertTrue(answer.get("ok").getAsBoolean());
        assertEquals("http://127.0.0.1:" + server.port() + "/inscription-merci.html", text(answer, "next"));
        assertEquals(1, recorded().size());
    }

    @Test
    void missingFieldsAndABadAddressAre422WithFrenchMessagesAndNothingRecorded() throws Exception {
        HttpResponse<String> response = post(form("nom", "", "prenom", "Léa", "email", "lea@intranet", "organisation", "Dakar",
                "webinaires", "La santé"), true);

        assertEquals(422, response.statusCode());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        JsonArray errors = json(response.body()).getAsJsonArray("errors");
        assertEquals(3, errors.size());
        JsonObject nom = errors.get(0).getAsJsonObject();
        assertEquals("nom", text(nom, "field"));
        assertEquals("REQUIRED_FIELD_MISSING", text(nom, "code"));
        assertEquals("Ce champ est obligatoire.", text(nom, "message"));
        JsonObject email = errors.get(1).getAsJsonObject();
        assertEquals("email", text(email, "field"));
        assertEquals("TYPE_EMAIL", text(email, "code"));
        assertEquals("Saisissez une adresse électronique valide, par exemple prenom.nom@exemple.fr.", text(email, "message"));
        assertEquals("consentement", text(errors.get(2).getAsJsonObject(), "field"));
        assertEquals(List.of(), recorded());
    }

    @Test
    void aPlainPostWithErrorsGetsAFrenchPageListingThem() throws Exception {
        HttpResponse<String> response = post(form("nom", "Dupont"), false);

        assertEquals(422, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html; charset=utf-8"));
        assertTrue(response.body().contains("<html lang=\"fr\">"));
        assertTrue(response.body().contains("Le formulaire contient des erreurs"));
        assertTrue(response.body().contains("<strong>email</strong> : Ce champ est obligatoire."));
        assertEquals(List.of(), recorded());
    }

    @Test
    void aFilledHoneypotLooksAcceptedButIsNotRecorded() throws Exception {
        HttpResponse<String> json = post(form(complete()).replace("_gotcha=", "_gotcha=http%3A%2F%2Fspam.example"), true);
        HttpResponse<String> plain = post(form(complete()).replace("_gotcha=", "_gotcha=spam"), false);

        assertEquals(200, json.statusCode());
        assertTrue(json(json.body()).get("ok").getAsBoolean());
        assertEquals(303, plain.statusCode());
        assertEquals(List.of(), recorded());
        assertTrue(messages.stream().anyMatch(m -> m.contains("champ piège")), messages.toString());
    }

    @Test
    void aPreflightFromAnotherOriginGetsNoCorsHeaders() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(receiver())
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://www.example.gouv.fr")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "accept, content-type").build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(204, response.statusCode());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "the browser then refuses the post itself");
        assertTrue(response.headers().firstValue("Access-Control-Allow-Methods").isEmpty());
    }

    @Test
    void personalDataNeverComesInAnAddress() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(receiver() + "?nom=Dupont&email=marie%40lille.fr"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(405, response.statusCode());
        assertTrue(response.body().contains("POST"));
        assertEquals(List.of(), recorded());
    }

    @Test
    void onlyFormEncodedBodiesAreRead() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(receiver())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"nom\":\"Dupont\"}")).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(415, response.statusCode());
        assertEquals(List.of(), recorded());
    }

    @Test
    void aNextThatIsNotAWebAddressIsIgnored() throws Exception {
        HttpResponse<String> response = post(form("nom", "Dupont", "prenom", "Marie", "email", "marie@lille.fr", "organisation", "Lille",
                "webinaires", "La santé", "consentement", "oui", "_next", "javascript:alert(1)"), false);

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Location").isEmpty());
        assertTrue(response.body().contains("Merci, votre inscription a bien été envoyée."));
        assertEquals(1, recorded().size());
    }
}
