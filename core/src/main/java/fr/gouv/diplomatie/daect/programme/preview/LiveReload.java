package fr.gouv.diplomatie.daect.programme.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The preview's own files, under {@value #PATH}: the script and stylesheet {@link PreviewPages} adds
 * to every page, and the Server-Sent Events stream the script listens to. The stream sends the
 * identifier of the current build on connection, then after every rebuild (and a comment every few
 * seconds, so that a closed tab is noticed); a page whose build is not the current one reloads.
 */
public final class LiveReload implements HttpHandler {

    public static final String PATH = "/_apercu/";
    public static final String SCRIPT = PATH + "apercu.js";
    public static final String STYLESHEET = PATH + "apercu.css";
    public static final String EVENTS = PATH + "evenements";

    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final BuildStatus status;

    public LiveReload(BuildStatus status) {
        this.status = status;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        switch (path) {
            case EVENTS -> stream(exchange);
            case SCRIPT -> resource(exchange, "apercu.js", "text/javascript; charset=utf-8");
            case STYLESHEET -> resource(exchange, "apercu.css", "text/css; charset=utf-8");
            default -> Responses.text(exchange, 404, "Fichier de l'aperçu inconnu : " + path);
        }
    }

    private static void resource(HttpExchange exchange, String name, String contentType) throws IOException {
        try (InputStream in = LiveReload.class.getResourceAsStream(name)) {
            if (in == null) {
                Responses.text(exchange, 404, name + " absent du plugin");
                return;
            }
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            Responses.send(exchange, 200, contentType, in.readAllBytes());
        }
    }

    private void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            String sent = status.id();
            write(out, "retry: 1000\nevent: build\ndata: " + sent + "\n\n");
            while (!Thread.currentThread().isInterrupted()) {
                String now = status.awaitChange(sent, KEEP_ALIVE);
                if (now.equals(sent)) {
                    write(out, ": toujours là\n\n");
                } else {
                    sent = now;
                    write(out, "event: build\ndata: " + now + "\n\n");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The tab was closed or reloaded.
        } finally {
            exchange.close();
        }
    }

    private static void write(OutputStream out, String event) throws IOException {
        out.write(event.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
