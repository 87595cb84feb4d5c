package fr.gouv.diplomatie.daect.programme.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The site settings: {@code jbake.properties}, with values given on the Maven command line
 * ({@code -Dkey=value}) taking precedence.
 */
public final class SiteSettings {

    public static final String FILE_NAME = "jbake.properties";

    public static final String SITE_HOST = "site.host";
    public static final String TIMEZONE = "programme.timezone";
    public static final String TODAY = "programme.today";
    /** Hours before a session's start when its registration closes (default 24: the link is sent « quelques jours avant »). */
    public static final String REGISTRATION_CLOSES_HOURS = "registration.closes.hours";
    public static final int DEFAULT_REGISTRATION_CLOSES_HOURS = 24;
    public static final String FORM_ACTION = "form.action";
    public static final String CONTACT_EMAIL = "contact.email";

    private static final List<String> SITE_PREFIXES = List.of("site.", "form.", "programme.", "contact.", "link.",
            "legal.", "privacy.", "accessibility.", "registration.", "cms.");

    private final Path file;
    private final Map<String, String> fileValues;
    private final Map<String, Integer> lines;
    private final Map<String, String> overrides;

    private SiteSettings(Path file, Map<String, String> fileValues, Map<String, Integer> lines, Map<String, String> overrides) {
        this.file = file;
        this.fileValues = fileValues;
        this.lines = lines;
        this.overrides = overrides;
    }

    /**
     * Loads {@code jbake.properties} from {@code projectDir}; only the keys of {@code commandLine}
     * that the file declares (or that start with a known prefix) override it.
     */
    public static SiteSettings load(Path projectDir, Map<String, String> commandLine) {
        Path file = projectDir.resolve(FILE_NAME);
        Properties properties = new Properties();
        Map<String, Integer> lines = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
                List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < text.size(); i++) {
                    String line = text.get(i).strip();
                    int equals = line.indexOf('=');
                    if (!line.startsWith("#") && equals > 0) {
                        lines.putIfAbsent(line.substring(0, equals).strip(), i + 1);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(k -> values.put(k, properties.getProperty(k).strip()));
        Map<String, String> overrides = new LinkedHashMap<>();
        commandLine.forEach((key, value) -> {
            if (values.containsKey(key) || isSiteKey(key)) {
                overrides.put(key, value);
            }
        });
        return new SiteSettings(file, values, lines, overrides);
    }

    /** Settings from a plain map, for tests and generated projects. */
    public static SiteSettings of(Map<String, String> values) {
        return new SiteSettings(Path.of(FILE_NAME), new LinkedHashMap<>(values), Map.of(), Map.of());
    }

    /**
     * A key of the site's own settings, which the command line may set even when {@code jbake.properties} does not
     * declare it: every family of settings the templates and views read.
     */
    public static boolean isSiteKey(String key) {
        return SITE_PREFIXES.stream().anyMatch(key::startsWith);
    }

    public Optional<String> get(String key) {
        String value = overrides.containsKey(key) ? overrides.get(key) : fileValues.get(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    public String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    public boolean isOverridden(String key) {
        return overrides.containsKey(key);
    }

    /** The line of {@code key} in {@code jbake.properties}, or 0 when it is not there. */
    public int lineOf(String key) {
        return lines.getOrDefault(key, 0);
    }

    public Path file() {
        return file;
    }

    /** Every effective setting, command-line values included. */
    public Map<String, String> asMap() {
        Map<String, String> all = new LinkedHashMap<>(fileValues);
        all.putAll(overrides);
        return Collections.unmodifiableMap(all);
    }

    public Map<String, String> overrides() {
        return Collections.unmodifiableMap(overrides);
    }

    public ZoneId timeZone() {
        return ZoneId.of(get(TIMEZONE, "Europe/Paris"));
    }

    /**
     * The moment the programme is seen from, which decides what is upcoming and what is past:
     * the start of {@code programme.today} in the programme's zone when it is set, else the clock's instant.
     */
    public Instant now(Clock clock) {
        return get(TODAY).map(day -> LocalDate.parse(day).atStartOfDay(timeZone()).toInstant()).orElseGet(clock::instant);
    }

    /** How long before its start a session's registration closes; a value that is no whole number counts as the default (validation reports it). */
    public java.time.Duration registrationCloses() {
        String value = get(REGISTRATION_CLOSES_HOURS, "").strip();
        int hours = value.matches("\\d{1,4}") ? Integer.parseInt(value) : DEFAULT_REGISTRATION_CLOSES_HOURS;
        return java.time.Duration.ofHours(hours);
    }
}
