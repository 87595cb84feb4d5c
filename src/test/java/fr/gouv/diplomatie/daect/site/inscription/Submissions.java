package fr.gouv.diplomatie.daect.site.inscription;

import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.json.simple.parser.ParseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the receiver recorded, read with an independent JSON parser: one map of fields per submission. */
final class Submissions {

    private final Path file;

    Submissions(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    List<Map<String, Object>> all() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<Map<String, Object>> submissions = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                JSONObject fields = (JSONObject) ((JSONObject) new JSONParser().parse(line)).get("champs");
                Map<String, Object> copy = new LinkedHashMap<>();
                for (Object key : fields.keySet()) {
                    Object value = fields.get(key);
                    copy.put((String) key, value instanceof JSONArray array ? List.copyOf(array) : value);
                }
                submissions.add(copy);
            }
            return submissions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new AssertionError("ligne illisible dans " + file + " : " + e, e);
        }
    }

    int count() {
        return all().size();
    }

    /** The submissions recorded since {@code before} were counted. */
    List<Map<String, Object>> since(int before) {
        List<Map<String, Object>> all = all();
        return all.subList(before, all.size());
    }
}
