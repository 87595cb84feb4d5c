package fr.gouv.diplomatie.daect.site.browser;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the receiver recorded, read back from its JSON lines: one map of fields per submission. */
public final class Submissions {

    private final Path file;

    Submissions(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public List<Map<String, Object>> all() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<Map<String, Object>> submissions = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                JsonObject fields = JsonParser.parseString(line).getAsJsonObject().getAsJsonObject("champs");
                Map<String, Object> copy = new LinkedHashMap<>();
                for (Map.Entry<String, JsonElement> field : fields.entrySet()) {
                    JsonElement value = field.getValue();
                    if (value.isJsonArray()) {
                        List<String> values = new ArrayList<>();
                        value.getAsJsonArray().forEach(v -> values.add(v.getAsString()));
                        copy.put(field.getKey(), values);
                    } else {
                        copy.put(field.getKey(), value.getAsString());
                    }
                }
                submissions.add(copy);
            }
            return submissions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonParseException | IllegalStateException e) {
            throw new AssertionError("ligne illisible dans " + file + " : " + e, e);
        }
    }

    public int count() {
        return all().size();
    }

    /** The submissions recorded since {@code before} were counted. */
    public List<Map<String, Object>> since(int before) {
        List<Map<String, Object>> all = all();
        return all.subList(before, all.size());
    }
}
