package fr.gouv.diplomatie.daect.programme.programme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tags sessions may carry, with their French labels: {@code tags.properties} at the repository
 * root, one {@code slug=Libellé} per line, {@code #} for comments. Kept in the repository so that
 * theme filters stay clean: a tag not listed there is a typo.
 */
public final class TagVocabulary {

    public static final String FILE_NAME = "tags.properties";

    /** One line {@code slug=label} of the file; {@code label} is null when the line has no {@code =}. */
    public record Entry(int line, String slug, String label) {
    }

    private final boolean present;
    private final List<Entry> entries;
    private final Map<String, String> labels = new LinkedHashMap<>();

    private TagVocabulary(boolean present, List<Entry> entries) {
        this.present = present;
        this.entries = List.copyOf(entries);
        for (Entry entry : entries) {
            if (entry.label() != null) {
                labels.putIfAbsent(entry.slug(), entry.label());
            }
        }
    }

    public static TagVocabulary load(Path file) {
        if (!Files.isRegularFile(file)) {
            return new TagVocabulary(false, List.of());
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TagVocabulary parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int equals = line.indexOf('=');
            entries.add(equals < 0 ? new Entry(i + 1, line, null)
                    : new Entry(i + 1, line.substring(0, equals).strip(), line.substring(equals + 1).strip()));
        }
        return new TagVocabulary(true, entries);
    }

    /** False when the file does not exist. */
    public boolean present() {
        return present;
    }

    public List<Entry> entries() {
        return entries;
    }

    public boolean contains(String slug) {
        return labels.containsKey(slug);
    }

    public Optional<String> label(String slug) {
        return Optional.ofNullable(labels.get(slug));
    }

    public List<String> slugs() {
        return List.copyOf(labels.keySet());
    }
}
