package fr.gouv.diplomatie.daect.programme.site;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.ContentFileReader;
import fr.gouv.diplomatie.daect.programme.settings.BuildSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The files an editor's save changed (created, modified or deleted), as the preview sorts them out. */
record SavedFiles(Path projectDir, Set<Path> paths) {

    /** {@code changed} as absolute, normalized paths (relative ones are under {@code projectDir}). */
    static SavedFiles of(Path projectDir, Set<Path> changed) {
        Set<Path> paths = new TreeSet<>();
        changed.forEach(p -> paths.add(projectDir.resolve(p).toAbsolutePath().normalize()));
        return new SavedFiles(projectDir, Set.copyOf(paths));
    }

    /** Whether a file any page may depend on changed: templates, settings, the tag vocabulary, the front-end packages. */
    boolean touchEverything(BuildSettings current) {
        return paths.stream().anyMatch(path -> path.getParent() != null && path.getParent().equals(projectDir)
                ? LiveSite.PROJECT_FILES.contains(path.getFileName().toString())
                : !path.startsWith(current.contentDir()) && !path.startsWith(current.assetDir()));
    }

    /** The files the bake copies as they are ({@code isAsset}) among those changed, folders walked; content files are baked. */
    Set<Path> assets(Predicate<Path> isAsset, Path contentDir) throws IOException {
        Set<Path> assets = new HashSet<>();
        for (Path path : paths) {
            if (ContentFileReader.isContent(path) && path.startsWith(contentDir)) {
                continue;
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(Files::isRegularFile).filter(isAsset).forEach(assets::add);
                }
            } else if (Files.isRegularFile(path) && isAsset.test(path)) {
                assets.add(path);
            }
        }
        return assets;
    }

    /** Where each deleted file that the bake copied was in the site: its path under the assets folder or under content/. */
    Set<String> removedAssets(BuildSettings current) {
        Set<String> removed = new HashSet<>();
        for (Path path : paths) {
            if (!(ContentFileReader.isContent(path) && path.startsWith(current.contentDir())) && !Files.exists(path)) {
                sitePathOf(path, List.of(current.assetDir(), current.contentDir())).ifPresent(removed::add);
            }
        }
        return removed;
    }

    private static Optional<String> sitePathOf(Path file, List<Path> folders) {
        for (Path folder : folders) {
            if (file.startsWith(folder) && !file.equals(folder)) {
                return Optional.of(folder.relativize(file).toString().replace('\\', '/'));
            }
        }
        return Optional.empty();
    }

    /** The changed files, for the terminal; editors' temporary files (gone by now, never read) are left out. */
    String shown(List<ContentFile> read) {
        Set<Path> before = read.stream().map(f -> f.path().toAbsolutePath().normalize()).collect(Collectors.toSet());
        List<String> names = paths.stream().sorted().filter(p -> Files.exists(p) || before.contains(p))
                .map(p -> projectDir.relativize(p).toString().replace('\\', '/')).toList();
        if (names.isEmpty()) {
            return "aucun fichier modifié";
        }
        return names.size() <= 3 ? String.join(", ", names) : String.join(", ", names.subList(0, 3)) + " et " + (names.size() - 3) + " autre(s)";
    }
}
