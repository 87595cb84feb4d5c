package fr.gouv.diplomatie.daect.programme.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Serves a baked site folder the way a static host does: {@code index.html} for a folder,
 * {@code page.html} for {@code /page}, the site's {@code 404.html} with status 404, the right
 * content types. Each request reads the folder anew, so a rebake (which swaps the folder) shows at once.
 * HTML pages go through a filter on their way out (the live preview adds its script there).
 */
public final class StaticSiteHandler implements HttpHandler {

    public static final String NOT_FOUND_PAGE = "404.html";

    private final Path site;
    private final UnaryOperator<String> pages;

    public StaticSiteHandler(Path site) {
        this(site, UnaryOperator.identity());
    }

    /** @param pages applied to every HTML page served (UTF-8 text) */
    public StaticSiteHandler(Path site, UnaryOperator<String> pages) {
        this.site = site.toAbsolutePath().normalize();
        this.pages = pages;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            Responses.text(exchange, 405, "Méthode non permise : " + method);
            return;
        }
        // Every answer is fresh: an editor previews changes as soon as they are baked.
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        Optional<Path> file = resolve(exchange.getRequestURI().getPath());
        if (file.isPresent()) {
            send(exchange, 200, file.get());
            return;
        }
        Path notFound = site.resolve(NOT_FOUND_PAGE);
        if (Files.isRegularFile(notFound)) {
            send(exchange, 404, notFound);
        } else {
            // No site yet (its first build failed): still a page, which the preview can put its error overlay on.
            Responses.html(exchange, 404, pages.apply("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
                    + "<title>Page non trouvée</title></head><body><main><h1>Page non trouvée</h1><p>Page non trouvée : "
                    + Responses.escapeHtml(exchange.getRequestURI().getPath()) + "</p></main></body></html>\n"));
        }
    }

    private void send(HttpExchange exchange, int status, Path file) throws IOException {
        String contentType = ContentTypes.of(file.getFileName().toString());
        byte[] body = Files.readAllBytes(file);
        if (contentType.startsWith("text/html")) {
            body = pages.apply(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        Responses.send(exchange, status, contentType, body);
    }

    /** The file an address stands for, never outside the site folder. */
    Optional<Path> resolve(String requestPath) {
        String relative = requestPath == null ? "" : requestPath.replaceFirst("^/+", "");
        if (relative.contains("\0") || relative.contains("\\")) {
            return Optional.empty();
        }
        Path target = site.resolve(relative).normalize();
        if (!target.startsWith(site)) {
            return Optional.empty();
        }
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        } else if (!Files.exists(target) && !relative.isEmpty() && !relative.endsWith("/")) {
            target = target.resolveSibling(target.getFileName() + ".html");
        }
        return Files.isRegularFile(target) ? Optional.of(target) : Optional.empty();
    }
}
