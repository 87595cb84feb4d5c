package fr.gouv.diplomatie.daect.programme.cms;

import com.google.gson.GsonBuilder;
import fr.gouv.diplomatie.daect.programme.content.ContentFileReader;
import fr.gouv.diplomatie.daect.programme.content.HeaderLine;
import fr.gouv.diplomatie.daect.programme.programme.EventStatus;
import fr.gouv.diplomatie.daect.programme.programme.FieldLabels;
import fr.gouv.diplomatie.daect.programme.programme.SessionHeader;
import fr.gouv.diplomatie.daect.programme.programme.TagVocabulary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decap CMS's configuration, generated from what the validation knows: one field per header key
 * ({@link SessionHeader#KNOWN}) with its French label and the guide's help, the tags of
 * {@code tags.properties}, the values the validation accepts. Written as JSON, which Decap reads
 * as YAML. The backend part is given by the caller (local preview or the published Git backend).
 */
public final class CmsConfig {

    /** The pages' own keys: not in the session form. */
    static final Set<String> PAGE_ONLY = Set.of(SessionHeader.DESCRIPTION, SessionHeader.SUBTITLE);
    /** The pages editors may change here: the home page, the guide, the legal pages. */
    static final Set<String> EDITABLE_PAGE_TYPES = Set.of("home", "guide", "legal", SessionHeader.PRIVACY_TYPE, "accessibility");
    public static final String SESSIONS_FOLDER = "content/webinaires";
    public static final String MEDIA_FOLDER = "assets/medias";

    private final Path projectDir;
    private final HeaderGuide guide;
    private final TagVocabulary tags;

    public CmsConfig(Path projectDir) throws IOException {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.guide = HeaderGuide.load(this.projectDir);
        this.tags = TagVocabulary.load(this.projectDir.resolve(TagVocabulary.FILE_NAME));
    }

    /** @param backend Decap's {@code backend} section; {@code localBackendUrl} null when published */
    public String json(Map<String, Object> backend, String localBackendUrl) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("backend", backend);
        if (localBackendUrl != null) {
            config.put("local_backend", Map.of("url", localBackendUrl));
        }
        config.put("locale", "fr");
        config.put("media_folder", MEDIA_FOLDER);
        config.put("public_folder", "/medias");
        config.put("slug", Map.of("encoding", "ascii", "clean_accents", true, "sanitize_replacement", "-"));
        config.put("collections", List.of(sessions(), pages()));
        return new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create().toJson(config) + "\n";
    }

    Map<String, Object> sessions() {
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("name", "webinaires");
        collection.put("label", "Webinaires");
        collection.put("label_singular", "Webinaire");
        collection.put("description", "Le programme : un fichier par webinaire. Un webinaire publié ne se supprime pas : "
                + "pour l'annuler, choisissez « Annulé » dans « État du webinaire ».");
        collection.put("folder", SESSIONS_FOLDER);
        collection.put("extension", "md");
        collection.put("format", HeaderFormat.NAME);
        collection.put("create", true);
        // A published session is cancelled, never deleted: calendars must be told (docs/guide-redaction.md).
        collection.put("delete", false);
        collection.put("identifier_field", SessionHeader.TITLE);
        // The slug as new-session writes it, which admin.js puts in this hidden key (Decap would drop apostrophes).
        collection.put("slug", "{{fields.date}}-{{fields.__slug}}");
        collection.put("summary", "{{date}} — {{title}}");
        collection.put("sortable_fields", List.of(SessionHeader.DATE, SessionHeader.TITLE));
        List<Map<String, Object>> fields = new ArrayList<>();
        for (String key : SessionHeader.KNOWN) {
            if (!PAGE_ONLY.contains(key)) {
                fields.add(sessionField(key));
            }
        }
        fields.add(body());
        collection.put("fields", fields);
        return collection;
    }

    private Map<String, Object> sessionField(String key) {
        Map<String, Object> field = field(key);
        switch (key) {
            case SessionHeader.TYPE -> hidden(field, SessionHeader.SESSION_TYPE);
            case SessionHeader.STATUS -> select(field, List.of("published", "draft")).put("default", "published");
            // Local pickers (no "UTC" beside the hours, which are the programme's zone's): a date alone or a time
            // alone reads and writes back unchanged in any zone (the browser test runs in Paris).
            case SessionHeader.DATE -> field.putAll(Map.of("widget", "datetime", "format", "YYYY-MM-DD",
                    "date_format", "YYYY-MM-DD", "time_format", false, "picker_utc", false));
            case SessionHeader.START, SessionHeader.END -> field.putAll(Map.of("widget", "datetime", "format", "HH:mm",
                    "date_format", false, "time_format", "HH:mm", "picker_utc", false));
            // Generated once when the session is created, shown but never editable.
            case SessionHeader.UID -> field.putAll(Map.of("widget", "uuid", "read_only", true));
            case SessionHeader.EVENT_STATUS -> field.putAll(Map.of("widget", "select", "options",
                    Arrays.stream(EventStatus.values()).map(s -> Map.of("label", s.label(), "value", s.headerValue())).toList()));
            case SessionHeader.TAGS -> field.putAll(Map.of("widget", "select", "multiple", true, "options",
                    tags.entries().stream().filter(e -> e.label() != null)
                            .map(e -> Map.of("label", e.label(), "value", e.slug())).toList()));
            case SessionHeader.REGISTRATION -> select(field, List.of("open", "closed"));
            case SessionHeader.SUMMARY, SessionHeader.SPEAKERS, SessionHeader.DOCUMENTS -> field.put("widget", "text");
            default -> field.put("widget", "string");
        }
        return field;
    }

    Map<String, Object> pages() {
        List<Map<String, Object>> files = new ArrayList<>();
        ContentFileReader reader = new ContentFileReader(projectDir);
        for (Path file : ContentFileReader.list(projectDir.resolve("content"))) {
            if (file.getParent().equals(projectDir.resolve("content")) && file.toString().endsWith(".md")) {
                String type = headerValue(reader, file, SessionHeader.TYPE);
                if (EDITABLE_PAGE_TYPES.contains(type)) {
                    files.add(page(file, type, headerValue(reader, file, SessionHeader.TITLE)));
                }
            }
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("name", "pages");
        collection.put("label", "Pages du site");
        collection.put("format", HeaderFormat.NAME);
        collection.put("extension", "md");
        collection.put("delete", false);
        collection.put("files", files);
        return collection;
    }

    private Map<String, Object> page(Path file, String type, String title) {
        List<Map<String, Object>> fields = new ArrayList<>();
        fields.add(field(SessionHeader.TITLE).append("widget", "string"));
        fields.add(hidden(field(SessionHeader.TYPE), type));
        fields.add(hidden(field(SessionHeader.STATUS), "published"));
        fields.add(field(SessionHeader.DESCRIPTION).append("widget", "text"));
        if (type.equals("home")) {
            fields.add(field(SessionHeader.SUBTITLE).append("widget", "string"));
        }
        fields.add(body());
        Map<String, Object> page = new LinkedHashMap<>();
        String name = file.getFileName().toString().replaceFirst("\\.md$", "");
        page.put("name", name);
        page.put("label", title.isEmpty() ? name : title);
        page.put("file", projectDir.relativize(file).toString().replace('\\', '/'));
        page.put("fields", fields);
        return page;
    }

    private static String headerValue(ContentFileReader reader, Path file, String key) {
        return reader.read(file).header().stream().filter(HeaderLine::isAssignment).filter(l -> l.key().equals(key))
                .map(HeaderLine::value).findFirst().orElse("");
    }

    /** Label, help and required from the guide: a key it does not describe has no place in the form. */
    private Field field(String key) {
        HeaderGuide.KeyHelp help = guide.key(key).orElseThrow(() -> new IllegalStateException(
                "La clé « " + key + " » n'est pas décrite dans " + HeaderGuide.PATH + " : ajoutez-la au tableau des clés."));
        Field field = new Field();
        field.put("name", key);
        field.put("label", FieldLabels.of(key).orElseThrow(() -> new IllegalStateException("clé sans libellé : " + key)));
        field.put("hint", help.help());
        field.put("required", help.required());
        return field;
    }

    private static Field hidden(Map<String, Object> field, String value) {
        field.put("widget", "hidden");
        field.put("default", value);
        return (Field) field;
    }

    private static Field select(Map<String, Object> field, List<String> values) {
        field.put("widget", "select");
        field.put("options", values.stream().map(v -> Map.of("label", FieldLabels.value(v), "value", v)).toList());
        return (Field) field;
    }

    private static Map<String, Object> body() {
        return new Field().append("name", "body").append("label", "Présentation").append("widget", "markdown")
                .append("required", false).append("hint", "Le texte de la page, en Markdown (facultatif).");
    }

    /** A field's settings in Decap's order of reading. */
    private static final class Field extends LinkedHashMap<String, Object> {
        Field append(String key, Object value) {
            put(key, value);
            return this;
        }
    }
}
