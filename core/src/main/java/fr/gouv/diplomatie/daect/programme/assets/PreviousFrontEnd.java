package fr.gouv.diplomatie.daect.programme.assets;

import fr.gouv.diplomatie.daect.programme.bake.SiteStep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The DSFR files of the site being replaced, copied into the new one: the preview's rebuilds skip
 * npm and the bundling, whose result changes only with package-lock.json or the {@code dsfr.*} settings.
 */
public final class PreviousFrontEnd implements SiteStep {

    private final Path previous;

    /** @param previousSite the site folder being replaced; its {@code dsfr/} folder must exist */
    public PreviousFrontEnd(Path previousSite) {
        this.previous = previousSite.resolve("dsfr");
    }

    @Override
    public String name() {
        return "fichiers DSFR (repris)";
    }

    @Override
    public int write(Path site) throws IOException {
        if (!Files.isDirectory(previous)) {
            throw new IOException(previous + " introuvable : relancez l'aperçu pour réinstaller le DSFR.");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(previous)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Path target = site.resolve("dsfr").resolve(previous.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
        return files.size();
    }
}
