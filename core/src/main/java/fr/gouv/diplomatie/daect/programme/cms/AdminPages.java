package fr.gouv.diplomatie.daect.programme.cms;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * The editing interface at {@code /admin/}: its page and scripts (class path), its configuration
 * (generated for each request, so a new tag shows at once) and Decap CMS itself, from
 * {@code cms/node_modules/decap-cms/dist}. Every answer carries the admin's own Content-Security-Policy;
 * the site's pages keep theirs.
 */
public final class AdminPages implements HttpHandler {

    public static final String PATH = "/admin/";
    /** Where Decap's files are served from; its script loads its chunks next to itself. */
    static final String DECAP = "decap/";
    public static final String DECAP_DIST = "cms/node_modules/decap-cms/dist";
    /**
     * Decap needs eval (its configuration checker, ajv, compiles its schema), inline styles (emotion),
     * WebAssembly and blob: previews; the local backend is on the same origin. Only /admin/ gets this.
     */
    public static final String LOCAL_POLICY = "default-src 'self'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; font-src 'self' data:; "
            + "worker-src 'self' blob:; frame-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "wasm", "application/wasm", "map", "application/json", "yml", "text/yaml; charset=utf-8");

    private final Path decapDist;
    private final Function<String, String> config;

    /** @param config the configuration for a request's {@code Host} */
    public AdminPages(Path projectDir, Function<String, String> config) {
        this.decapDist = projectDir.toAbsolutePath().normalize().resolve(DECAP_DIST);
        this.config = config;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(PATH.length() - 1);
            if (!exchange.getRequestMethod().equals("GET")) {
                send(exchange, 405, "txt", "Méthode non permise".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/config.yml")) {
                String host = exchange.getRequestHeaders().getFirst("Host");
                send(exchange, 200, "yml", config.apply(host == null ? "localhost" : host).getBytes(StandardCharsets.UTF_8));
            } else if (path.startsWith("/" + DECAP)) {
                sendDecap(exchange, path.substring(DECAP.length() + 1));
            } else {
                String name = path.equals("/") ? "index.html" : path.substring(1);
                try (InputStream resource = name.matches("[a-z-]+\\.(html|js)") ? AdminPages.class.getResourceAsStream(HeaderFormat.ADMIN_RESOURCES + name) : null) {
                    if (resource == null) {
                        send(exchange, 404, "txt", ("Introuvable : " + path).getBytes(StandardCharsets.UTF_8));
                    } else {
                        send(exchange, 200, extension(name), resource.readAllBytes());
                    }
                }
            }
        }
    }

    private void sendDecap(HttpExchange exchange, String name) throws IOException {
        Path file = decapDist.resolve(name).normalize();
        if (!name.matches("[A-Za-z0-9._-]+") || !file.startsWith(decapDist) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            send(exchange, 404, "txt", ("Decap CMS n'est pas installé (" + DECAP_DIST + "/" + name + " manque) : relancez mvn -Ppreview package.")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        send(exchange, 200, extension(name), Files.readAllBytes(file));
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static void send(HttpExchange exchange, int status, String extension, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "text/plain; charset=utf-8"));
        exchange.getResponseHeaders().set("Content-Security-Policy", LOCAL_POLICY);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
