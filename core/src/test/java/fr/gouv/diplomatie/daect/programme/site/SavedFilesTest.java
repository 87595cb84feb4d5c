package fr.gouv.diplomatie.daect.programme.site;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.settings.BuildSettings;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the preview sorts out the files of a save: what to copy again, what to remove, what to bake whole, what to name. */
class SavedFilesTest {

    @TempDir
    Path project;

    private BuildSettings settings() {
        return BuildSettings.of(project, SiteSettings.of(Map.of()));
    }

    @Test
    void sortsOutAssetsRemovedFilesAndWhatTouchesEveryPage() throws IOException {
        Path css = Files.createDirectories(project.resolve("assets/css")).resolve("site.css");
        Files.writeString(css, "body{}");
        Path session = Files.createDirectories(project.resolve("content/webinaires")).resolve("a.md");
        Files.writeString(session, "title=A\n~~~~~~\n");
        Path removedImage = project.resolve("assets/images/old.png");
        SavedFiles saved = SavedFiles.of(project, Set.of(Path.of("assets/css/site.css"), Path.of("content/webinaires/a.md"), removedImage));

        assertEquals(Set.of(css), saved.assets(path -> path.toString().endsWith(".css"), settings().contentDir()));
        assertEquals(Set.of("images/old.png"), saved.removedAssets(settings()));
        assertFalse(saved.touchEverything(settings()));
        assertTrue(SavedFiles.of(project, Set.of(Path.of("templates/session.ftl"))).touchEverything(settings()));
        assertTrue(SavedFiles.of(project, Set.of(Path.of("jbake.properties"))).touchEverything(settings()));
    }

    @Test
    void namesTheFilesSavedAndDeletedButNotAnEditorsTemporaryFiles() throws IOException {
        Path kept = Files.createDirectories(project.resolve("content/webinaires")).resolve("a.md");
        Files.writeString(kept, "title=A\n~~~~~~\n");
        Path deleted = project.resolve("content/webinaires/b.md");
        Path temporary = project.resolve("content/webinaires/.a.md.swp");
        List<ContentFile> before = List.of(new ContentFile(deleted, "content/webinaires/b.md", List.of(), 1, "", 2, true));

        assertEquals("content/webinaires/a.md, content/webinaires/b.md",
                SavedFiles.of(project, Set.of(kept, deleted, temporary)).shown(before));
        assertEquals("aucun fichier modifié", SavedFiles.of(project, Set.of(temporary)).shown(before));
    }
}
