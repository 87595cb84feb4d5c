package fr.gouv.diplomatie.daect.programme.preview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The local receiver's record: each accepted submission appended as one line of JSON,
 * {@code {"recu":"2020-10-01T08:00:00Z","champs":{"nom":"Dupont","webinaires":["…"]}}}.
 */
public final class SubmissionLog {

    private final Path file;

    public SubmissionLog(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    public Path file() {
        return file;
    }

    /** @param fields each value a {@code String}, or a {@code List<String>} for a field with several values */
    public synchronized void append(Instant received, Map<String, Object> fields) throws IOException {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("recu", received.toString());
        line.put("champs", fields);
        Files.createDirectories(file.getParent());
        Files.writeString(file, Json.write(line) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }
}
