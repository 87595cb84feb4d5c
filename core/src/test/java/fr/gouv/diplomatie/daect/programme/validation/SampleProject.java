package fr.gouv.diplomatie.daect.programme.validation;

import fr.gouv.diplomatie.daect.programme.content.ContentFileReader;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A project on disk for the validation tests: real files in a temporary folder, read by the real
 * reader and checked by the standard validator, as the {@code validate} goal does.
 */
final class SampleProject {

    static final String[] DEFAULT_SETTINGS = {
            "site.host=https://example.org/webinaires/",
            "programme.timezone=Europe/Paris",
            "contact.email=secretariat@example.org",
            "form.action=",
            "render.error404=true"};

    private final Path dir;
    private final Map<String, String> commandLine = new LinkedHashMap<>();
    private boolean production;

    SampleProject(Path dir) {
        this.dir = dir;
        settings(DEFAULT_SETTINGS);
        write("tags.properties", "# vocabulaire", "sante=Santé", "maroc=Maroc", "dispositif-conjoint=Dispositif conjoint");
    }

    Path dir() {
        return dir;
    }

    SampleProject settings(String... lines) {
        return write(SiteSettings.FILE_NAME, lines);
    }

    SampleProject commandLine(String key, String value) {
        commandLine.put(key, value);
        return this;
    }

    SampleProject production() {
        production = true;
        return this;
    }

    /** Writes a text file, lines ending with "\n". */
    SampleProject write(String path, String... lines) {
        return bytes(path, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    SampleProject bytes(String path, byte[] bytes) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    SampleProject delete(String path) {
        try {
            Files.delete(dir.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * A valid session {@code content/webinaires/<slug>.md} on 2021-03-10 from 10:00 to 12:30, with
     * {@code changes} applied: {@code "key=value"} replaces (or adds) a line, {@code "-key"} removes it.
     * Lines after {@code "~~~~~~"} in {@code changes} form the body.
     */
    SampleProject session(String slug, String... changes) {
        return sessionAt("content/webinaires/" + slug + ".md", changes);
    }

    SampleProject sessionAt(String path, String... changes) {
        String slug = path.substring(path.lastIndexOf('/') + 1, path.lastIndexOf('.'));
        Map<String, String> header = new LinkedHashMap<>();
        header.put("title", "Session " + slug);
        header.put("type", "session");
        header.put("status", "published");
        header.put("date", "2021-03-10");
        header.put("start", "10:00");
        header.put("end", "12:30");
        header.put("uid", UUID.nameUUIDFromBytes(slug.getBytes(StandardCharsets.UTF_8)).toString());
        List<String> body = new ArrayList<>();
        boolean inBody = false;
        for (String change : changes) {
            if (inBody) {
                body.add(change);
            } else if (change.equals("~~~~~~")) {
                inBody = true;
            } else if (change.startsWith("-")) {
                header.remove(change.substring(1));
            } else {
                int equals = change.indexOf('=');
                header.put(change.substring(0, equals), change.substring(equals + 1));
            }
        }
        List<String> lines = new ArrayList<>();
        header.forEach((key, value) -> lines.add(key + "=" + value));
        lines.add("~~~~~~");
        lines.addAll(body);
        return write(path, lines.toArray(String[]::new));
    }

    /** A page {@code content/<path>} of type page, with the given body lines. */
    SampleProject page(String path, String... body) {
        List<String> lines = new ArrayList<>(List.of("title=Page", "type=page", "status=published", "~~~~~~"));
        lines.addAll(List.of(body));
        return write(path, lines.toArray(String[]::new));
    }

    ValidationReport report() {
        SiteSettings settings = SiteSettings.load(dir, commandLine);
        var files = new ContentFileReader(dir).readAll(dir.resolve("content"));
        return ProgrammeValidator.standard().validate(new ValidationContext(dir, files, settings, production));
    }

    /** Every diagnostic as the build prints it. */
    List<String> validate() {
        return report().diagnostics().stream().map(Diagnostic::format).toList();
    }
}
