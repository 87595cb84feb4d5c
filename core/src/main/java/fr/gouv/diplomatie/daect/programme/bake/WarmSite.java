package fr.gouv.diplomatie.daect.programme.bake;

import fr.gouv.diplomatie.daect.programme.content.DisplayPath;
import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.view.ProgrammeView;
import org.jbake.app.Asset;
import org.jbake.app.Crawler;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A baked site whose JBake state stayed in memory (see {@link SiteBaker#bakeWarm}): the preview
 * rebakes it change by change, rendering only the pages a change touches with the templates
 * already compiled.
 * <p>
 * JBake's crawler reads again the files whose content changed (it compares every file's hash with the stored
 * document's, in memory: see {@link InMemoryContentStore}), and only the pages a change touches are rendered,
 * by JBake's renderer, on the rebake's {@link Workers}.
 * <p>
 * Each rebake writes into an empty folder beside the site, then moves what it wrote into the site
 * file by file: a failed rebake leaves the site as it was. Not thread-safe: the preview rebuilds on one thread.
 */
public final class WarmSite implements AutoCloseable {

    private final Path projectDir;
    private final Path destination;
    private final SiteSettings settings;
    private final DefaultJBakeConfiguration config;
    private final InMemoryContentStore store;
    private final ConcurrentRenderer renderer;
    private final Asset asset;
    private final Crawler crawler;
    private final ProgrammeTemplateEngine engine;
    private final BakeReport bakeReport;

    WarmSite(Path projectDir, Path destination, SiteSettings settings, DefaultJBakeConfiguration config,
             Utensils utensils, ProgrammeTemplateEngine engine, BakeReport bakeReport) {
        this.bakeReport = bakeReport;
        this.projectDir = projectDir;
        this.destination = destination;
        this.settings = settings;
        this.config = config;
        this.store = (InMemoryContentStore) utensils.getContentStore();
        this.renderer = (ConcurrentRenderer) utensils.getRenderer();
        this.asset = utensils.getAsset();
        this.crawler = utensils.getCrawler();
        this.engine = engine;
    }

    public Path site() {
        return destination;
    }

    /** What the full bake that made this site produced. */
    public BakeReport bakeReport() {
        return bakeReport;
    }

    /**
     * Brings the site up to date with {@code files} (every content file, as read and validated),
     * doing only what {@code change} lists; {@code steps} write into the changed part of the site
     * (calendars…), {@code siteSteps} then run over the whole updated site (the sitemap).
     */
    public BakeReport rebake(ProgrammeView programme, List<ContentFile> files, SiteChange change,
                             List<SiteStep> steps, List<SiteStep> siteSteps) throws BakeException {
        long started = System.nanoTime();
        Path staging = StagedFiles.emptyBeside(destination, ".partiel");
        config.setDestinationFolder(staging.toFile());
        engine.use(programme, SiteBaker.blankBodies(files));

        List<String> problems = new ArrayList<>();
        Set<String> removedOutputs = new HashSet<>();
        int pages;
        try (Workers workers = Workers.of(settings)) {
            pages = JBakeEnvironment.run(() -> {
                for (Path removed : change.removedSources()) {
                    store.lastSourceOf(removed).ifPresent(source -> {
                        removedOutputs.add(source);
                        store.deleteContent(source);
                    });
                }
                try {
                    crawler.crawl();
                } catch (LinkRefusingCrawler.RefusedLinksException e) {
                    problems.addAll(e.problems());
                    return 0;
                }
                problems.addAll(BakeProblems.skippedFiles(change.changedSources().stream().map(this::contentFile).toList(), store));
                ReusingMarkdownEngine.registered().ifPresent(markdown -> problems.addAll(markdown.takeProblems()));
                return problems.isEmpty() ? render(change, workers, problems) : 0;
            });
        }
        long jbakeEnded = System.nanoTime();

        Map<String, Integer> stepFiles = new LinkedHashMap<>();
        if (problems.isEmpty()) {
            run(steps, staging, stepFiles, problems);
        }
        if (!problems.isEmpty()) {
            StagedFiles.discard(staging);
            throw new BakeException(BakeProblems.onceEach(problems));
        }
        publish(staging, change, removedOutputs);
        run(siteSteps, destination, stepFiles, problems);
        if (!problems.isEmpty()) {
            throw new BakeException(problems);
        }
        return new BakeReport(destination, pages, stepFiles, Map.of(), Duration.ofNanos(jbakeEnded - started),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static void run(List<SiteStep> steps, Path folder, Map<String, Integer> stepFiles, List<String> problems) {
        for (SiteStep step : steps) {
            try {
                stepFiles.put(step.name(), step.write(folder));
            } catch (IOException | RuntimeException e) {
                problems.add(step.name() + " : " + e.getMessage());
            }
        }
    }

    /**
     * The pages the change touches: content pages on the workers, while this thread renders the theme pages (JBake
     * renders those one after the other); then the assets. How many pages were rendered.
     */
    private int render(SiteChange change, Workers workers, List<String> problems) {
        int rendered = 0;
        renderer.start(workers);
        try {
            for (Path source : change.pagesToRender()) {
                rendered += render(source, problems);
            }
            if (change.tagPages() && config.getRenderTags()) {
                rendered += renderTagPages(problems);
            }
        } finally {
            renderer.finish().forEach(error -> problems.addAll(BakeProblems.of(error)));
            problems.addAll(engine.takeFailures());
        }
        for (Path file : change.assets()) {
            asset.copySingleFile(file.toFile());
        }
        asset.getErrors().forEach(e -> problems.add(String.valueOf(e.getMessage())));
        return rendered;
    }

    /**
     * Renders one page. JBake's previous/next document links are not set: the templates use the
     * programme's own ({@code programme.previous}, {@code programme.following}).
     */
    private int render(Path source, List<String> problems) {
        Optional<DocumentModel> found = store.documentOf(source);
        if (found.isEmpty()) {
            problems.add(relative(source) + " : introuvable dans le contenu lu par JBake");
            return 0;
        }
        DocumentModel document = found.get();
        if (InMemoryContentStore.isDraft(document)) {
            // Never published (see InMemoryContentStore); a page turned draft loses its file in publish().
            return 0;
        }
        try {
            renderer.render(document);
            // As JBake's own loop does: the crawler reads the file again only once it changes again.
            store.markContentAsRendered(document);
            return 1;
        } catch (Exception e) {
            // A template's error is recorded by the template engine, naming the source file and the template.
            problems.addAll(BakeProblems.of(e));
            return 0;
        }
    }

    /** The page of each tag, as JBake's tag renderer writes them in a full bake. */
    private int renderTagPages(List<String> problems) {
        try {
            return renderer.renderTags(config.getTagPathName());
        } catch (Exception e) {
            problems.addAll(BakeProblems.of(e));
            return 0;
        }
    }

    /**
     * Moves every file of {@code staging} into the site (each replaced in one step), then removes
     * the pages and files of what was deleted (and the folders that leaves empty), and the other status's
     * variant of each rendered page (a page that turned draft leaves {@code x.html} for {@code x-draft.html}).
     */
    private void publish(Path staging, SiteChange change, Set<String> removedOutputs) {
        try {
            Set<Path> written = StagedFiles.moveInto(staging, destination);
            for (String removed : removedOutputs) {
                deleteOutputs(removed, written);
            }
            for (Path source : change.pagesToRender()) {
                Optional<DocumentModel> document = store.documentOf(source);
                if (document.isPresent()) {
                    deleteOutputs(document.get().getUri(), written);
                }
            }
            for (String output : change.deletedOutputs()) {
                Path file = destination.resolve(output);
                if (Files.deleteIfExists(file)) {
                    deleteEmptyFolders(file.getParent());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Impossible de mettre à jour " + destination + " : " + e.getMessage(), e);
        }
    }

    /** Deletes {@code folder} and its parents up to the site's root while they are empty, as a full bake would not make them. */
    private void deleteEmptyFolders(Path folder) throws IOException {
        for (Path empty = folder; empty != null && !empty.equals(destination) && empty.startsWith(destination); empty = empty.getParent()) {
            try (Stream<Path> entries = Files.list(empty)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(empty);
        }
    }

    /** Deletes a page's published and draft files, but those this rebake has just written. */
    private void deleteOutputs(String uri, Set<Path> written) throws IOException {
        String extension = config.getOutputExtension();
        String base = uri.endsWith(extension) ? uri.substring(0, uri.length() - extension.length()) : uri;
        for (String output : List.of(base + extension, base + config.getDraftSuffix() + extension)) {
            Path file = destination.resolve(output);
            if (!written.contains(file)) {
                Files.deleteIfExists(file);
            }
        }
    }
    private ContentFile contentFile(Path path) {
        return new ContentFile(path, relative(path), List.of(), 0, "", 1, true);
    }

    private String relative(Path file) {
        return DisplayPath.of(projectDir, file);
    }

    /** Closes JBake's database and the OrientDB behind it (whose timer thread would otherwise keep a JVM alive). */
    @Override
    public void close() {
        store.release();
    }

    /** Whether a file JBake would copy as it is: under the assets folder, or a non-content file under content/. */
    public boolean isAsset(Path file) {
        return asset.isAssetFile(file.toFile());
    }
}
