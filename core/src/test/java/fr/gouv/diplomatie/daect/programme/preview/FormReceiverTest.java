package fr.gouv.diplomatie.daect.programme.preview;

import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.registration.FormProtocol;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The receiver over real HTTP, as the browser and the form talk to it: what it records of an accepted registration,
 * and where it sends the visitor next (the thank-you page, a {@code _next} on the preview or the named site, nowhere else).
 */
class FormReceiverTest extends FormReceiverFixture {

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

    @Test
    void aPostFromThePreviewItselfIsAccepted() throws Exception {
        assertEquals(303, postFrom(Map.of("Origin", "http://localhost:" + server.port(), "Sec-Fetch-Site", "same-origin"), false).statusCode());
        assertEquals(303, postFrom(Map.of("Origin", "http://127.0.0.1:" + server.port()), false).statusCode());
        assertEquals(303, postFrom(Map.of("Sec-Fetch-Site", "same-origin"), false).statusCode());
        assertEquals(303, postFrom(Map.of(), false).statusCode());
        assertEquals(4, recorded().size());
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
    void aNextThatIsNotAWebAddressIsIgnored() throws Exception {
        HttpResponse<String> response = post(form("nom", "Dupont", "prenom", "Marie", "email", "marie@lille.fr", "organisation", "Lille",
                "webinaires", "La santé", "consentement", "oui", "_next", "javascript:alert(1)"), false);

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Location").isEmpty());
        assertTrue(response.body().contains("Merci, votre inscription a bien été envoyée."));
        assertEquals(1, recorded().size());
    }
}
