package fr.gouv.diplomatie.daect.programme.preview;

import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import fr.gouv.diplomatie.daect.programme.registration.FieldError;
import fr.gouv.diplomatie.daect.programme.registration.FormField;
import fr.gouv.diplomatie.daect.programme.registration.FormProtocol;
import fr.gouv.diplomatie.daect.programme.registration.RegistrationForm;
import fr.gouv.diplomatie.daect.programme.registration.SubmissionCheck;
import fr.gouv.diplomatie.daect.programme.view.FormView;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A local stand-in for the form service, speaking Formspree's protocol, so that an editor can try
 * the whole registration flow with no account anywhere:
 * <ul>
 * <li>a plain post is answered by a 303 to {@code _next}; a post that asks for JSON
 *     ({@code Accept: application/json}) by {@code {"ok":true,"next":…}};</li>
 * <li>a refused submission by a 422 with {@code {"errors":[{"field","message","code"}]}} (French
 *     messages), or a French page listing them for a plain post;</li>
 * <li>a filled honeypot by the same success, silently, and nothing recorded;</li>
 * <li>a post from another origin (its {@code Origin} or {@code Sec-Fetch-Site} says so) by a 403 with a French
 *     {@code {"error":…}}, and nothing recorded: any page the editor visits could otherwise fill the log; a post
 *     with no {@code Origin} at all (an old browser's plain form, curl) is accepted;</li>
 * <li>{@code _next} is followed only within the preview's own origin (or the site's, see below), as the real
 *     service only sends visitors back to the form's site; any other falls back to the thank-you page.</li>
 * </ul>
 * The preview's origin is taken from the address the server is bound to, never from the request's {@code Host}
 * header. No wildcard CORS header: the preview's own pages post from the same origin and need none. When the
 * receiver stands for the real service on another origin (the site's browser tests), that site is named with
 * {@link #FormReceiver(FormProtocol, SubmissionLog, Clock, Consumer, URI)} and only it gets CORS headers.
 * Accepted submissions are appended to a {@link SubmissionLog}.
 */
public final class FormReceiver implements HttpHandler {

    /** Far more than the form can hold: a bigger body is not a registration. */
    static final int MAX_BODY = 64 * 1024;

    private final FormProtocol protocol;
    private final RegistrationForm form;
    private final SubmissionCheck check;
    private final SubmissionLog log;
    private final Clock clock;
    private final BuildLog messages;
    /** The site whose forms post here from another origin, or null (the preview: same origin). */
    private final URI site;
    private final Optional<String> siteOrigin;

    public FormReceiver(FormProtocol protocol, SubmissionLog log, Clock clock, BuildLog messages) {
        this(protocol, log, clock, messages, null);
    }

    /** @param site the address of the site whose pages post here from another origin, like {@code site.host} */
    public FormReceiver(FormProtocol protocol, SubmissionLog log, Clock clock, BuildLog messages, URI site) {
        this.site = site;
        this.siteOrigin = Origins.of(site);
        this.protocol = protocol;
        this.form = RegistrationForm.of(protocol);
        this.check = new SubmissionCheck(form);
        this.log = log;
        this.clock = clock;
        this.messages = messages;
    }

    public SubmissionLog log() {
        return log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Set<String> own = Origins.served(exchange.getLocalAddress());
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        boolean fromSite = origin != null && siteOrigin.isPresent() && siteOrigin.get().equals(origin.strip().toLowerCase(Locale.ROOT));
        if (fromSite) {
            // Only the named site may read the answers of a cross-origin fetch.
            exchange.getResponseHeaders().set("Access-Control-Allow-Origin", origin.strip());
            exchange.getResponseHeaders().set("Vary", "Origin");
        }
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        if (method.equals("OPTIONS")) {
            exchange.getResponseHeaders().set("Allow", "POST, OPTIONS");
            if (fromSite) {
                exchange.getResponseHeaders().set("Access-Control-Allow-Methods", "POST, OPTIONS");
                exchange.getResponseHeaders().set("Access-Control-Allow-Headers", "Accept, Content-Type");
                exchange.getResponseHeaders().set("Access-Control-Max-Age", "600");
            }
            Responses.send(exchange, 204, "text/plain; charset=utf-8", new byte[0]);
            return;
        }
        if (method.equals("POST") && !fromSite && crossOrigin(exchange, origin, own)) {
            messages.info("Formulaire : envoi refusé, venu d'une autre origine (" + (origin == null ? "?" : origin) + ").");
            Responses.json(exchange, 403, Json.write(Map.of("error", "Envoi refusé : la réception locale du formulaire n'accepte que "
                    + "les envois des pages de l'aperçu (" + Origins.bound(exchange.getLocalAddress()) + ").")));
            return;
        }
        boolean json = wantsJson(exchange);
        if (!method.equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST, OPTIONS");
            refuse(exchange, json, 405, "Ce formulaire s'envoie avec la méthode POST uniquement.");
            return;
        }
        String contentType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("").toLowerCase(Locale.ROOT);
        if (!contentType.isEmpty() && !contentType.startsWith("application/x-www-form-urlencoded")) {
            refuse(exchange, json, 415, "Type de contenu non pris en charge : " + contentType + " (attendu : application/x-www-form-urlencoded).");
            return;
        }
        byte[] body = readBody(exchange.getRequestBody());
        if (body == null) {
            refuse(exchange, json, 413, "Envoi trop volumineux.");
            return;
        }
        FormData data = FormData.parse(new String(body, StandardCharsets.UTF_8));
        Optional<String> next = next(exchange, own, data.first(protocol.nextField()));

        if (!data.first(protocol.gotchaField()).isEmpty()) {
            // A robot filled the field people never see: answer as if all went well, record nothing.
            messages.info("Formulaire : envoi ignoré (champ piège « " + protocol.gotchaField() + " » rempli).");
            succeed(exchange, json, next);
            return;
        }
        List<FieldError> errors = check.check(data.values());
        if (!errors.isEmpty()) {
            messages.info("Formulaire : envoi refusé (" + errors.stream().map(FieldError::field).toList() + ").");
            invalid(exchange, json, errors);
            return;
        }
        log.append(clock.instant(), recorded(data));
        messages.info("Formulaire : inscription enregistrée dans " + log.file());
        succeed(exchange, json, next);
    }

    /** Every field sent, but the protocol's own (honeypot, next page); a checkbox group as a list. */
    private Map<String, Object> recorded(FormData data) {
        Map<String, Object> fields = new LinkedHashMap<>();
        data.values().forEach((name, values) -> {
            if (name.equals(protocol.gotchaField()) || name.equals(protocol.nextField())) {
                return;
            }
            boolean multiple = values.size() > 1 || form.find(name).map(FormField::isMultiple).orElse(false);
            fields.put(name, multiple ? values : values.get(0));
        });
        return fields;
    }

    /**
     * Whether a post comes from a page of another origin: its {@code Origin} is not the preview's, or, without
     * {@code Origin}, the browser says so in {@code Sec-Fetch-Site}. Without either, it is a plain post from an
     * old browser or a tool, accepted.
     */
    private static boolean crossOrigin(HttpExchange exchange, String origin, Set<String> own) {
        if (origin != null) {
            return !own.contains(origin.strip().toLowerCase(Locale.ROOT));
        }
        String site = exchange.getRequestHeaders().getFirst("Sec-Fetch-Site");
        return site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none");
    }

    /**
     * Where to send the visitor: {@code _next} made absolute against the receiver's own address (the local form
     * gives the thank-you page relative to the site root), if it stays on the preview's origin or the site's;
     * else the thank-you page; nothing when no {@code _next} was given, or not a web address.
     */
    private Optional<String> next(HttpExchange exchange, Set<String> own, String given) {
        String bound = Origins.bound(exchange.getLocalAddress());
        Optional<String> next = resolveNext(URI.create(bound + exchange.getRequestURI().getRawPath()), given);
        if (next.isEmpty()) {
            return next;
        }
        Optional<String> origin = Origins.of(URI.create(next.get()));
        if (origin.isPresent() && (own.contains(origin.get()) || origin.equals(siteOrigin))) {
            return next;
        }
        messages.info("Formulaire : page de retour « " + given.strip() + " » ignorée (autre site) ; retour à la page de remerciement.");
        URI home = site != null ? site : URI.create(bound + "/");
        return Optional.of(home.resolve(FormView.THANK_YOU_PAGE).toString());
    }

    private static boolean wantsJson(HttpExchange exchange) {
        String accept = exchange.getRequestHeaders().getFirst("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json");
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        return body.length > MAX_BODY ? null : body;
    }

    /**
     * {@code _next} made absolute against the receiver's address (the local form gives the
     * thank-you page relative to the site root); anything but http(s) is ignored.
     */
    static Optional<String> resolveNext(URI request, String next) {
        if (next == null || next.isBlank()) {
            return Optional.empty();
        }
        try {
            URI resolved = request.resolve(new URI(next.strip()));
            String scheme = resolved.getScheme();
            boolean web = scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) && resolved.getHost() != null;
            return web ? Optional.of(resolved.toString()) : Optional.empty();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void succeed(HttpExchange exchange, boolean json, Optional<String> next) throws IOException {
        if (json) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("ok", true);
            next.ifPresent(n -> answer.put("next", n));
            Responses.json(exchange, 200, Json.write(answer));
        } else if (next.isPresent()) {
            exchange.getResponseHeaders().set("Location", next.get());
            Responses.send(exchange, 303, "text/plain; charset=utf-8", new byte[0]);
        } else {
            Responses.html(exchange, 200, page("Inscription envoyée", "<p>Merci, votre inscription a bien été envoyée.</p>"));
        }
    }

    private static void invalid(HttpExchange exchange, boolean json, List<FieldError> errors) throws IOException {
        if (json) {
            List<Map<String, Object>> list = errors.stream().map(e -> {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("field", e.field());
                item.put("message", e.message());
                item.put("code", e.code());
                return item;
            }).toList();
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("error", "Le formulaire contient des erreurs.");
            answer.put("errors", list);
            Responses.json(exchange, 422, Json.write(answer));
            return;
        }
        StringBuilder items = new StringBuilder("<ul>");
        for (FieldError error : errors) {
            items.append("<li><strong>").append(Responses.escapeHtml(error.field())).append("</strong> : ")
                    .append(Responses.escapeHtml(error.message())).append("</li>");
        }
        items.append("</ul><p>Revenez à la page précédente pour corriger le formulaire : les valeurs saisies y sont conservées par votre navigateur.</p>");
        Responses.html(exchange, 422, page("Le formulaire contient des erreurs", items.toString()));
    }

    private static void refuse(HttpExchange exchange, boolean json, int status, String message) throws IOException {
        if (json) {
            Responses.json(exchange, status, Json.write(Map.of("error", message)));
        } else {
            Responses.html(exchange, status, page("Envoi refusé", "<p>" + Responses.escapeHtml(message) + "</p>"));
        }
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + Responses.escapeHtml(title)
                + " — réception locale du formulaire</title></head><body><main><h1>" + Responses.escapeHtml(title) + "</h1>"
                + body + "</main></body></html>\n";
    }
}
