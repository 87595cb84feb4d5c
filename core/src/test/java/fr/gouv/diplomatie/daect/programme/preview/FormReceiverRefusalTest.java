package fr.gouv.diplomatie.daect.programme.preview;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the receiver keeps out over real HTTP, recording none of it: other origins and their preflights (it listens on
 * the loopback address only), missing or bad fields (answered in French), a filled honeypot, personal data in an
 * address, bodies that are not form-encoded.
 */
class FormReceiverRefusalTest extends FormReceiverFixture {

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
    void itListensOnTheLoopbackAddressOnly() {
        assertEquals("127.0.0.1", server.address().getAddress().getHostAddress());
        assertTrue(server.address().getAddress().isLoopbackAddress());
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
}
