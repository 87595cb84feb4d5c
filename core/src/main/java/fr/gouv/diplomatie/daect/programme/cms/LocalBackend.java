package fr.gouv.diplomatie.daect.programme.cms;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decap CMS's local backend protocol (what {@code decap-server} serves), on the preview's own
 * server: one JSON POST at {@code /api/v1} with an {@code action} and its {@code params}. Files are
 * read and written in the working tree, only under {@code content/} and {@code assets/}
 * ({@link RepositoryFiles}); the preview's watcher then rebuilds the site as for any saved file.
 * One action of our own, {@code validate}, checks an entry without writing it ({@link CandidateCheck}).
 */
public final class LocalBackend implements HttpHandler {

    public static final String PATH = "/api/v1";

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private final RepositoryFiles files;
    private final CandidateCheck check;

    public LocalBackend(Path projectDir) {
        this.files = new RepositoryFiles(projectDir);
        this.check = new CandidateCheck(projectDir, files);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                send(exchange, 405, Map.of("error", "Méthode non permise : " + exchange.getRequestMethod()));
                return;
            }
            // A JSON content type cannot be sent cross-site without a preflight, which this server never grants.
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (type == null || !type.startsWith("application/json")) {
                send(exchange, 415, Map.of("error", "Le corps de la requête doit être du JSON (application/json)."));
                return;
            }
            JsonObject request;
            try {
                request = JsonParser.parseString(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
            } catch (RuntimeException e) {
                send(exchange, 400, Map.of("error", "Requête illisible : " + e.getMessage()));
                return;
            }
            try {
                send(exchange, 200, answer(request.get("action").getAsString(),
                        request.has("params") ? request.getAsJsonObject("params") : new JsonObject()));
            } catch (IllegalArgumentException | IOException e) {
                send(exchange, 422, Map.of("error", e.getMessage()));
            }
        }
    }

    private Object answer(String action, JsonObject params) throws IOException {
        return switch (action) {
            case "info" -> Map.of("repo", files.name(), "publish_modes", List.of("simple"), "type", "local_fs");
            case "entriesByFolder" -> entries(files.list(text(params, "folder"), text(params, "extension"),
                    params.has("depth") ? params.get("depth").getAsInt() : 1));
            case "entriesByFiles" -> {
                List<String> paths = new ArrayList<>();
                params.getAsJsonArray("files").forEach(file -> paths.add(file.getAsJsonObject().get("path").getAsString()));
                yield entries(paths);
            }
            case "getEntry" -> entry(text(params, "path"));
            case "persistEntry" -> persistEntry(params);
            case "getMedia" -> {
                List<Object> media = new ArrayList<>();
                for (String path : files.list(text(params, "mediaFolder"), "", 1)) {
                    media.add(mediaFile(path));
                }
                yield media;
            }
            case "getMediaFile" -> mediaFile(text(params, "path"));
            case "persistMedia" -> {
                JsonObject asset = params.getAsJsonObject("asset");
                writeAsset(asset);
                yield mediaFile(text(asset, "path"));
            }
            case "deleteFile" -> {
                files.delete(text(params, "path"));
                yield Map.of("message", "fichier supprimé");
            }
            case "deleteFiles" -> {
                for (JsonElement path : params.getAsJsonArray("paths")) {
                    files.delete(path.getAsString());
                }
                yield Map.of("message", "fichiers supprimés");
            }
            case "getDeployPreview" -> Map.of();
            // Ours, not Decap's: the preview pane's validation of the entry as it stands (preview.js).
            case "validate" -> Map.of("diagnostics", check.check(text(params, "path"), text(params, "raw")));
            default -> throw new IllegalArgumentException("Action inconnue du serveur d'édition local : " + action);
        };
    }

    private Object persistEntry(JsonObject params) throws IOException {
        for (JsonElement element : params.getAsJsonArray("dataFiles")) {
            JsonObject file = element.getAsJsonObject();
            String path = text(file, "path");
            String newPath = file.has("newPath") && !file.get("newPath").isJsonNull() ? text(file, "newPath") : path;
            files.write(newPath, text(file, "raw").getBytes(StandardCharsets.UTF_8));
            if (!newPath.equals(path)) {
                files.delete(path);
            }
        }
        if (params.has("assets")) {
            for (JsonElement asset : params.getAsJsonArray("assets")) {
                writeAsset(asset.getAsJsonObject());
            }
        }
        return Map.of("message", "entrée enregistrée");
    }

    private void writeAsset(JsonObject asset) throws IOException {
        String content = text(asset, "content");
        boolean base64 = asset.has("encoding") && "base64".equals(text(asset, "encoding"));
        files.write(text(asset, "path"), base64 ? Base64.getDecoder().decode(content) : content.getBytes(StandardCharsets.UTF_8));
    }

    private List<Object> entries(List<String> paths) throws IOException {
        List<Object> entries = new ArrayList<>();
        for (String path : paths) {
            entries.add(entry(path));
        }
        return entries;
    }

    private Map<String, Object> entry(String path) throws IOException {
        byte[] bytes = files.read(path);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("data", new String(bytes, StandardCharsets.UTF_8));
        entry.put("file", Map.of("path", path, "id", id(bytes)));
        return entry;
    }

    private Map<String, Object> mediaFile(String path) throws IOException {
        byte[] bytes = files.read(path);
        Map<String, Object> media = new LinkedHashMap<>();
        media.put("id", id(bytes));
        media.put("content", Base64.getEncoder().encodeToString(bytes));
        media.put("encoding", "base64");
        media.put("path", path);
        media.put("name", path.substring(path.lastIndexOf('/') + 1));
        return media;
    }

    private static String text(JsonObject object, String key) {
        JsonElement value = object.get(key);
        if (value == null || value.isJsonNull()) {
            throw new IllegalArgumentException("Paramètre manquant : " + key);
        }
        return value.getAsString();
    }

    /** Decap caches entries by this id: it changes when the content does. */
    private static String id(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange exchange, int status, Object answer) throws IOException {
        byte[] body = GSON.toJson(answer).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
