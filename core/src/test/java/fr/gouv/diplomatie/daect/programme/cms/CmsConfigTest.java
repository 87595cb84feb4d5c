package fr.gouv.diplomatie.daect.programme.cms;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import fr.gouv.diplomatie.daect.programme.programme.SessionHeader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editing form and the validation know the same header keys, described by the writing guide. */
class CmsConfigTest {

    private static final Path REPOSITORY = Path.of("..");

    private JsonObject config() throws Exception {
        return JsonParser.parseString(new CmsConfig(REPOSITORY).json(Map.of("name", "git-gateway"), "http://localhost:8820/api/v1"))
                .getAsJsonObject();
    }

    @Test
    void theFormsHoldEveryKeyTheValidationKnowsAndNoOther() throws Exception {
        Set<String> inForms = new TreeSet<>();
        for (JsonElement collection : config().getAsJsonArray("collections")) {
            JsonObject c = collection.getAsJsonObject();
            if (c.has("fields")) {
                c.getAsJsonArray("fields").forEach(f -> inForms.add(f.getAsJsonObject().get("name").getAsString()));
            }
            if (c.has("files")) {
                c.getAsJsonArray("files").forEach(file -> file.getAsJsonObject().getAsJsonArray("fields")
                        .forEach(f -> inForms.add(f.getAsJsonObject().get("name").getAsString())));
            }
        }
        inForms.remove("body");
        assertEquals(new TreeSet<>(SessionHeader.KNOWN), inForms);
    }

    @Test
    void theSessionFormFollowsTheValidation() throws Exception {
        JsonObject sessions = config().getAsJsonArray("collections").get(0).getAsJsonObject();
        assertEquals("content/webinaires", sessions.get("folder").getAsString());
        assertEquals("jbake", sessions.get("format").getAsString());
        assertFalse(sessions.get("delete").getAsBoolean(), "a published session is cancelled, never deleted");
        Map<String, JsonObject> fields = new HashMap<>();
        sessions.getAsJsonArray("fields").forEach(f -> fields.put(f.getAsJsonObject().get("name").getAsString(), f.getAsJsonObject()));
        for (String key : SessionHeader.KNOWN) {
            if (!CmsConfig.PAGE_ONLY.contains(key)) {
                JsonObject field = fields.get(key);
                assertFalse(field.get("label").getAsString().isBlank(), key);
                assertFalse(field.get("hint").getAsString().isBlank(), key);
                boolean required = SessionHeader.REQUIRED.contains(key) || SessionHeader.REQUIRED_FOR_SESSION.contains(key);
                assertEquals(required, field.get("required").getAsBoolean(), key + " required as the validation says");
            }
        }
        assertEquals("uuid", fields.get("uid").get("widget").getAsString());
        assertTrue(fields.get("uid").get("read_only").getAsBoolean());
        assertEquals("HH:mm", fields.get("start").get("format").getAsString());
        assertEquals("YYYY-MM-DD", fields.get("date").get("format").getAsString());
        assertTrue(fields.get("tags").get("multiple").getAsBoolean());
        assertTrue(fields.get("tags").get("options").toString().contains("\"value\":\"sante\""), "the tags of tags.properties");
        assertTrue(fields.get("eventStatus").get("options").toString().contains("\"value\":\"cancelled\""));
        assertTrue(fields.get("title").get("hint").getAsString().startsWith("le titre"), "the guide's help");
    }

    @Test
    void theEditablePagesAreTheHomeTheGuideAndTheLegalPages() throws Exception {
        JsonObject pages = config().getAsJsonArray("collections").get(1).getAsJsonObject();
        Set<String> files = new TreeSet<>();
        pages.getAsJsonArray("files").forEach(f -> files.add(f.getAsJsonObject().get("file").getAsString()));
        assertEquals(new TreeSet<>(List.of("content/accessibilite.md", "content/donnees-personnelles.md", "content/guide.md",
                "content/index.md", "content/mentions-legales.md")), files);
    }

    @Test
    void inFrenchWithTheLocalBackend() throws Exception {
        JsonObject config = config();
        assertEquals("fr", config.get("locale").getAsString());
        assertEquals("http://localhost:8820/api/v1", config.getAsJsonObject("local_backend").get("url").getAsString());
    }
}
