package fr.gouv.diplomatie.daect.programme.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A copy of this repository's site sources (content, templates, assets, settings, tags, lock), for tests that bake the real site. */
public final class RepositorySite {

    private static final List<String> PARTS = List.of("content", "templates", "assets", "jbake.properties", "tags.properties", "programme.lock");

    private RepositorySite() {
    }

    public static void copyTo(Path dir) throws IOException {
        Path repository = Path.of("..");
        for (String part : PARTS) {
            FileTrees.copy(repository.resolve(part), dir.resolve(part));
        }
    }
}
