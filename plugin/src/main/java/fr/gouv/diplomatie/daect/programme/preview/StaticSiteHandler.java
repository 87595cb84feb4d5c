package fr.gouv.diplomatie.daect.programme.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Serves a baked site folder the way a static host does: {@code index.html} for a folder,
 * {@code page.html} for {@code /page}, the site's {@code 404.html} with status 404, the right
 * content types. Each request reads the folder anew, so a rebake (which swaps the folder) shows at once.
 */
public final class StaticSiteHandler implements HttpHandler {

    public static final String NOT_FOUND_PAGE = "404.html";

    private final Path site;

    public StaticSiteHandler(Path site) {
        this.site = site.toAbsolutePath().normalize();
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
            Responses.send(exchange, 200, ContentTypes.of(file.get().getFileName().toString()), Files.readAllBytes(file.get()));
            return;
        }
        Path notFound = site.resolve(NOT_FOUND_PAGE);
        if (Files.isRegularFile(notFound)) {
            Responses.send(exchange, 404, ContentTypes.of(NOT_FOUND_PAGE), Files.readAllBytes(notFound));
        } else {
            Responses.text(exchange, 404, "Page non trouvée : " + exchange.getRequestURI().getPath());
        }
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
