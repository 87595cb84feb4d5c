package fr.gouv.diplomatie.daect.programme.search;

import fr.gouv.diplomatie.daect.programme.bake.StagedFiles;
import fr.gouv.diplomatie.daect.programme.view.SitePaths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The search index of a site being served (the preview's), built again while visitors may be searching: Pagefind
 * writes the new index into a folder beside the site, which then takes the place of the site's {@code pagefind/} in
 * two renames. A visitor gets the old index or the new one, never a half-written one (for the instant between the
 * two renames, none).
 */
public final class ServedSearchIndex {

    private final Path projectDir;

    public ServedSearchIndex(Path projectDir) {
        this.projectDir = projectDir;
    }

    /** Whether Pagefind is installed: a project without the front end has no index to keep up to date. */
    public boolean available() {
        return SearchIndexStep.installed(projectDir);
    }

    /** What the built index is called in the build log. */
    public String name() {
        return new SearchIndexStep(projectDir).name();
    }

    /** Indexes the session pages of {@code site} as they are now, into a folder beside it; the site is left as it is. */
    public Built build(Path site) throws IOException {
        Path folder = StagedFiles.emptyBeside(site, ".recherche");
        try {
            return new Built(folder, new SearchIndexStep(projectDir).write(site, folder));
        } catch (IOException | RuntimeException e) {
            StagedFiles.discard(folder);
            throw e;
        }
    }

    /** An index built beside the site, not yet in it; {@code files}: how many files it holds. */
    public record Built(Path folder, int files) {

        /** Puts this index in the place of the site's, and deletes the old one. */
        public void replaceIn(Path site) throws IOException {
            Path current = site.resolve(SitePaths.SEARCH_INDEX_DIR);
            Path old = StagedFiles.emptyBeside(site, ".recherche-ancien");
            if (Files.exists(current)) {
                Files.move(current, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(folder, current, StandardCopyOption.ATOMIC_MOVE);
            StagedFiles.discard(old);
        }

        /** Deletes this index, out of date before it was published. */
        public void discard() {
            StagedFiles.discard(folder);
        }
    }
}
