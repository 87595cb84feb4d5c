package fr.gouv.diplomatie.daect.programme.site;

import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Whether the validation done earlier in a build still holds: the bake reads everything again when it does not. */
class ContentFingerprintTest {

    @TempDir
    Path dir;
    List<Path> read;

    @BeforeEach
    void aProject() throws IOException {
        write("content/webinaires/a.md", "title=A\n~~~~~~\nTexte.\n");
        write("assets/img/logo.svg", "<svg/>");
        write(SiteSettings.FILE_NAME, "site.name=Webinaires\n");
        read = List.of(dir.resolve("content"), dir.resolve("assets"), dir.resolve("tags.properties"), dir.resolve(SiteSettings.FILE_NAME));
    }

    @Test
    void nothingTouchedSameFingerprint() {
        assertEquals(fingerprint(Map.of(), false), fingerprint(Map.of(), false));
    }

    @Test
    void anEditedFileChangesIt() throws IOException {
        ContentFingerprint before = fingerprint(Map.of(), false);
        Path file = dir.resolve("content/webinaires/a.md");
        FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, "title=B\n~~~~~~\nTexte.\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(time.toMillis() + 2000));
        assertNotEquals(before, fingerprint(Map.of(), false));
    }

    @Test
    void aFileAddedOrRemovedAnywhereReadChangesIt() throws IOException {
        ContentFingerprint before = fingerprint(Map.of(), false);
        write("tags.properties", "sante=Santé\n");
        ContentFingerprint withTags = fingerprint(Map.of(), false);
        assertNotEquals(before, withTags, "the vocabulary appeared");
        Files.delete(dir.resolve("assets/img/logo.svg"));
        assertNotEquals(withTags, fingerprint(Map.of(), false), "an asset is gone");
    }

    @Test
    void aSettingOnTheCommandLineOrAProductionBuildChangesIt() {
        ContentFingerprint before = fingerprint(Map.of(), false);
        assertNotEquals(before, fingerprint(Map.of("site.name", "Autre"), false));
        assertNotEquals(before, fingerprint(Map.of(), true));
    }

    private ContentFingerprint fingerprint(Map<String, String> commandLine, boolean production) {
        return ContentFingerprint.of(dir, SiteSettings.load(dir, commandLine), production, read);
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
