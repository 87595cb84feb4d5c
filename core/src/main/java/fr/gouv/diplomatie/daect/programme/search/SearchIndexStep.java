package fr.gouv.diplomatie.daect.programme.search;

import fr.gouv.diplomatie.daect.programme.bake.SiteStep;
import fr.gouv.diplomatie.daect.programme.bake.StagedFiles;
import fr.gouv.diplomatie.daect.programme.view.SitePaths;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Builds the site's search index with Pagefind (npm {@code pagefind}, pinned by {@code package-lock.json} and
 * installed with the DSFR by {@code npm ci}) into {@code pagefind/}, once every page is written. Pagefind reads the
 * session pages only, and indexes only what they mark {@code data-pagefind-body} (the session's article), so that the
 * header, the footer and the listings stay out of it. The index is a function of the pages: two builds give the same bytes.
 */
public final class SearchIndexStep implements SiteStep {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    /** The attribute that marks the part of a session page to index: the session's article. */
    private static final String INDEXED = "data-pagefind-body";

    private static final List<String> UNUSED = List.of("pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js",
            "pagefind-component-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-highlight.js");

    private final Path projectDir;
    /** The index of the site this bake replaces, whose files the new index links where identical, or null. */
    private final Path previousIndex;

    public SearchIndexStep(Path projectDir) {
        this(projectDir, null);
    }

    /** {@code previousIndex}: the index of the site being replaced (see {@link ReusedIndexFiles}), or null. */
    public SearchIndexStep(Path projectDir, Path previousIndex) {
        this.projectDir = projectDir;
        this.previousIndex = previousIndex;
    }

    @Override
    public String name() {
        return "fichiers de l'index de recherche (Pagefind)";
    }

    /** Whether Pagefind is installed in the project ({@code npm ci}): a project built without the front end has none. */
    public static boolean installed(Path projectDir) {
        return Files.isRegularFile(runner(projectDir));
    }

    private static Path runner(Path projectDir) {
        return projectDir.resolve("node_modules/pagefind/lib/runner/bin.cjs");
    }

    @Override
    public int write(Path site) throws IOException {
        return write(site, site.resolve(SitePaths.SEARCH_INDEX_DIR));
    }

    /**
     * Indexes the session pages of {@code site} into {@code folder}, which may be outside the site (the index is the
     * same wherever it is written: its scripts find their files beside themselves); how many files it holds.
     */
    public int write(Path site, Path folder) throws IOException {
        if (previousIndex == null || !Files.isDirectory(previousIndex)) {
            index(site, folder);
        } else {
            Path scratch = ReusedIndexFiles.scratchFolder(folder);
            try {
                index(site, scratch);
                ReusedIndexFiles.publish(scratch, folder, previousIndex);
            } finally {
                StagedFiles.discard(scratch);
            }
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return (int) files.filter(Files::isRegularFile).count();
        }
    }

    /** Runs Pagefind over the session pages of {@code site}, writing the index into {@code folder}. */
    private void index(Path site, Path folder) throws IOException {
        Path runner = runner(projectDir);
        if (!Files.isRegularFile(runner)) {
            throw new IOException("Pagefind n'est pas installé (" + runner + " introuvable) : il doit figurer dans package.json "
                    + "et package-lock.json, installé par npm ci.");
        }
        // Only the session pages carry something to index: Pagefind need not parse the others (a third of its time).
        // Rooted at the indexed element, it gives the same index as from the whole page but skips the rest of the
        // page's markup (header, footer, head: 40 % of its time at 5,000 sessions).
        List<String> command = List.of(node(), runner.toString(), "--site", site.toString(),
                "--output-path", folder.toAbsolutePath().toString(),
                "--glob", SitePaths.SESSIONS_DIR + "/*.html", "--root-selector", "[" + INDEXED + "]",
                "--force-language", "fr", "--silent");
        Path output = Files.createTempFile("pagefind-", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(projectDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IOException("Pagefind n'a pas fini en 5 minutes : il a été arrêté.");
            }
            if (process.exitValue() != 0) {
                throw new IOException("Pagefind a échoué :\n" + Files.readString(output, StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Pagefind interrompu", e);
        } finally {
            Files.deleteIfExists(output);
        }
        // Pagefind's own search interfaces: the search page has its own, styled with the DSFR.
        for (String unused : UNUSED) {
            Files.deleteIfExists(folder.resolve(unused));
        }
    }

    private static String node() {
        return System.getProperty("os.name", "").toLowerCase().contains("win") ? "node.exe" : "node";
    }
}
