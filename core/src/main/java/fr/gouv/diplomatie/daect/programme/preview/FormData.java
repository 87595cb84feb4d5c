package fr.gouv.diplomatie.daect.programme.preview;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An {@code application/x-www-form-urlencoded} body: every name with its values, in the order sent. */
public final class FormData {

    private final Map<String, List<String>> values;

    private FormData(Map<String, List<String>> values) {
        this.values = values;
    }

    public static FormData parse(String body) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (body != null && !body.isEmpty()) {
            for (String pair : body.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        values.replaceAll((k, v) -> List.copyOf(v));
        return new FormData(Collections.unmodifiableMap(values));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // A broken %-escape: keep the text as sent rather than refuse the whole submission.
            return text;
        }
    }

    public Map<String, List<String>> values() {
        return values;
    }

    /** The first value of {@code name}, or "" when absent. */
    public String first(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? "" : list.get(0);
    }
}
