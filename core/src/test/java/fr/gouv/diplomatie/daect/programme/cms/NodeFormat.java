package fr.gouv.diplomatie.daect.programme.cms;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The CMS's header format (the browser's JavaScript) run under Node, as the tests call it. */
final class NodeFormat {

    private static final Gson GSON = new Gson();

    private NodeFormat() {
    }

    /** @param cases each {@code {op: roundtrip|edit|create, text, changes, data, sortedKeys}} */
    static List<String> run(Path dir, List<Map<String, Object>> cases) throws IOException, InterruptedException {
        Path format = copy(HeaderFormat.SCRIPT, dir.resolve("header-format.js"));
        Path runner = copy("/cms/format-runner.js", dir.resolve("format-runner.js"));
        Path input = dir.resolve("cases.json");
        Files.writeString(input, GSON.toJson(cases), StandardCharsets.UTF_8);
        Path output = dir.resolve("results.json");
        Process node = new ProcessBuilder("node", runner.toString(), format.toString())
                .redirectInput(input.toFile()).redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!node.waitFor(60, TimeUnit.SECONDS) || node.exitValue() != 0) {
            node.destroyForcibly();
            throw new IOException("node a échoué");
        }
        return GSON.fromJson(Files.readString(output, StandardCharsets.UTF_8), new TypeToken<List<String>>() { }.getType());
    }

    private static Path copy(String resource, Path to) throws IOException {
        try (InputStream in = NodeFormat.class.getResourceAsStream(resource)) {
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
        return to;
    }
}
