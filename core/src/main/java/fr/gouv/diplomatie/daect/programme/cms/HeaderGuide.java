package fr.gouv.diplomatie.daect.programme.cms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code docs/guide-redaction.md} says of each header key, read from its tables
 * ({@code | `key` | oui | role and values |}): the form's help texts come from the page editors
 * already read, so the two cannot drift apart.
 */
public final class HeaderGuide {

    public static final String PATH = "docs/guide-redaction.md";

    /** Whether the guide calls the key required, and its help text without Markdown code marks. */
    public record KeyHelp(boolean required, String help) {
    }

    private static final Pattern ROW = Pattern.compile("^\\|\\s*((?:`[A-Za-z]+`(?:,\\s*)?)+)\\s*\\|\\s*(oui|non)\\s*\\|\\s*(.*?)\\s*\\|\\s*$");
    private static final Pattern KEY = Pattern.compile("`([A-Za-z]+)`");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");

    private final Map<String, KeyHelp> keys;

    private HeaderGuide(Map<String, KeyHelp> keys) {
        this.keys = keys;
    }

    public static HeaderGuide load(Path projectDir) throws IOException {
        return parse(Files.readAllLines(projectDir.resolve(PATH), StandardCharsets.UTF_8));
    }

    /** The first row naming a key wins: the sessions' table comes before the pages'. */
    static HeaderGuide parse(List<String> lines) {
        Map<String, KeyHelp> keys = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                continue;
            }
            String help = LINK.matcher(row.group(3)).replaceAll("$1").replace("`", "");
            Matcher key = KEY.matcher(row.group(1));
            while (key.find()) {
                keys.putIfAbsent(key.group(1), new KeyHelp(row.group(2).equals("oui"), help));
            }
        }
        return new HeaderGuide(keys);
    }

    public Optional<KeyHelp> key(String key) {
        return Optional.ofNullable(keys.get(key));
    }
}
