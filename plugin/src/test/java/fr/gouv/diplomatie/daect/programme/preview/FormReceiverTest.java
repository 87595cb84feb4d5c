package fr.gouv.diplomatie.daect.programme.preview;

import fr.gouv.diplomatie.daect.programme.registration.FormProtocol;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
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
        server = PreviewServer.bind(0).receiveForms(new FormReceiver(protocol, new SubmissionLog(log), clock, messages::add)).start();
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
                .header("Origin", "http://127.0.0.1:1")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (json) {
            request.header("Accept", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<JSONObject> recorded() throws Exception {
        if (!Files.exists(log)) {
            return List.of();
        }
        List<JSONObject> lines = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            lines.add((JSONObject) new JSONParser().parse(line));
        }
        return lines;
    }

    @Test
    void aPlainPostIsRecordedAndRedirectedToTheThankYouPageBesideTheReceiver() throws Exception {
        HttpResponse<String> response = post(form(complete()), false);

        assertEquals(303, response.statusCode());
        assertEquals("http://127.0.0.1:" + server.port() + "/inscription-merci.html", response.headers().firstValue("Location").orElseThrow());
        List<JSONObject> lines = recorded();
        assertEquals(1, lines.size());
        assertEquals("2020-10-01T08:30:00Z", lines.get(0).get("recu"));
        JSONObject fields = (JSONObject) lines.get(0).get("champs");
        assertEquals("N'Diaye", fields.get("nom"));
        assertEquals("Léa", fields.get("prenom"));
        assertEquals("lea.ndiaye@dakar.sn", fields.get("email"));
        assertEquals("Ville de Dakar", fields.get("organisation"));
        assertEquals("", fields.get("fonction"));
        assertEquals(List.of("Mercredi 9 décembre 2020 — Coopérer avec le Sénégal", "Mercredi 13 janvier 2021 — La santé"),
                new ArrayList<>((JSONArray) fields.get("webinaires")));
        assertEquals("oui", fields.get("consentement"));
        assertEquals("Inscription aux webinaires de la DAECT", fields.get("_subject"));
        assertFalse(fields.containsKey("_gotcha"), "the honeypot is protocol, not data");
        assertFalse(fields.containsKey("_next"));
    }

    @Test
    void oneSessionIsStillRecordedAsAList() throws Exception {
        post(form("nom", "Dupont", "prenom", "Marie", "email", "marie@lille.fr", "organisation", "Lille",
                "webinaires", "La santé", "consentement", "oui"), true);

        JSONObject fields = (JSONObject) recorded().get(0).get("champs");
        assertEquals(List.of("La santé"), new ArrayList<>((JSONArray) fields.get("webinaires")));
    }

    @Test
    void anAbsoluteNextIsWhereAPlainPostGoes() throws Exception {
        HttpResponse<String> absolute = post(form("nom", "Dupont", "prenom", "Marie", "email", "marie@lille.fr", "organisation", "Lille",
                "webinaires", "La santé", "consentement", "oui", "_next", "https://www.example.gouv.fr/inscription-merci.html"), false);
        assertEquals("https://www.example.gouv.fr/inscription-merci.html", absolute.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void aFetchGetsJsonWithTheNextPageAndCorsHeaders() throws Exception {
        HttpResponse<String> response = post(form(complete()), true);

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        JSONObject answer = (JSONObject) new JSONParser().parse(response.body());
        assertEquals(Boolean.TRUE, answer.get("ok"));
        assertEquals("http://127.0.0.1:" + server.port() + "/inscription-merci.html", answer.get("next"));
        assertEquals(1, recorded().size());
    }

    @Test
    void missingFieldsAndABadAddressAre422WithFrenchMessagesAndNothingRecorded() throws Exception {
        HttpResponse<String> response = post(form("nom", "", "prenom", "Léa", "email", "lea@intranet", "organisation", "Dakar",
                "webinaires", "La santé"), true);

        assertEquals(422, response.statusCode());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        JSONArray errors = (JSONArray) ((JSONObject) new JSONParser().parse(response.body())).get("errors");
        assertEquals(3, errors.size());
        JSONObject nom = (JSONObject) errors.get(0);
        assertEquals("nom", nom.get("field"));
        assertEquals("REQUIRED_FIELD_MISSING", nom.get("code"));
        assertEquals("Ce champ est obligatoire.", nom.get("message"));
        JSONObject email = (JSONObject) errors.get(1);
        assertEquals("email", email.get("field"));
        assertEquals("TYPE_EMAIL", email.get("code"));
        assertEquals("Saisissez une adresse électronique valide, par exemple prenom.nom@exemple.fr.", email.get("message"));
        assertEquals("consentement", ((JSONObject) errors.get(2)).get("field"));
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
        assertEquals(Boolean.TRUE, ((JSONObject) new JSONParser().parse(json.body())).get("ok"));
        assertEquals(303, plain.statusCode());
        assertEquals(List.of(), recorded());
        assertTrue(messages.stream().anyMatch(m -> m.contains("champ piège")), messages.toString());
    }

    @Test
    void aPreflightIsAnsweredForPostWithItsHeaders() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(receiver())
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://www.example.gouv.fr")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "accept, content-type").build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(204, response.statusCode());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Methods").orElseThrow().contains("POST"));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase().contains("content-type"));
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
