package fr.gouv.diplomatie.daect.site;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import fr.gouv.diplomatie.daect.programme.assets.FrontEndInstaller;
import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editing interface is published only when asked, then saves to the Git host of the settings, under its own policy. */
class EditingInterfacePublicationTest {

    @Test
    void thePublishedSiteHasNoEditingInterfaceUnlessAsked() {
        assertTrue(Files.isRegularFile(BakedSite.dir().resolve("index.html")));
        assertFalse(Files.exists(BakedSite.dir().resolve("admin")), "no /admin/ without -Dcms.publish=true");
    }

    @Test
    void withCmsPublishTheInterfaceSavesToGitLabUnderItsOwnPolicyAndThePublicPagesKeepTheirs() throws Exception {
        FrontEndInstaller.editingInterface(Rebake.projectDir().toAbsolutePath(), BuildLog.silent()).install();
        Path www = new ProjectCopy("edition-publiee").withEditingInterface()
                .bake(Map.of("cms.publish", "true", "cms.repo", "daect/webinaires", "cms.app_id", "0123abcd"));

        Document admin = Jsoup.parse(www.resolve("admin/index.html").toFile(), "UTF-8");
        String policy = admin.selectFirst("head > meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(policy.contains("connect-src 'self' https://gitlab.com;"), policy);
        assertTrue(policy.contains("script-src 'self' 'unsafe-eval'"), policy);
        assertEquals("decap/decap-cms.js", admin.selectFirst("script").attr("src"));
        assertTrue(Files.isRegularFile(www.resolve("admin/decap/decap-cms.js")));
        try (Stream<Path> files = Files.walk(www.resolve("admin"))) {
            assertFalse(files.anyMatch(f -> f.toString().endsWith(".map")), "no source maps");
        }

        JsonObject config = JsonParser.parseString(Files.readString(www.resolve("admin/config.yml"), StandardCharsets.UTF_8)).getAsJsonObject();
        JsonObject backend = config.getAsJsonObject("backend");
        assertEquals("gitlab", backend.get("name").getAsString());
        assertEquals("pkce", backend.get("auth_type").getAsString());
        assertEquals("0123abcd", backend.get("app_id").getAsString());
        assertEquals("daect/webinaires", backend.get("repo").getAsString());
        assertEquals("editorial_workflow", backend.get("publish_mode").getAsString());
        assertFalse(config.has("local_backend"), "no local backend in the published interface");

        String published = BakedSite.page("index.html").selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        Document home = Jsoup.parse(www.resolve("index.html").toFile(), "UTF-8");
        assertEquals(published, home.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"), "the public pages' policy is unchanged");
        assertFalse(published.contains("unsafe-eval"));
    }

    @Test
    void withCmsPublishButNoRepositoryTheBuildSaysWhichSettingToGive() {
        Exception refused = assertThrows(Exception.class, () -> new ProjectCopy("edition-sans-depot").withEditingInterface()
                .bake(Map.of("cms.publish", "true")));
        String messages = "";
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            messages += cause.getMessage() + "\n";
        }
        assertTrue(messages.contains("-Dcms.repo=groupe/projet"), messages);
    }
}
