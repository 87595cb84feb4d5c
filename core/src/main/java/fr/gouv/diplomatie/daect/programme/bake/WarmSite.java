package fr.gouv.diplomatie.daect.programme.bake;

import fr.gouv.diplomatie.daect.programme.content.DisplayPath;
import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.view.ProgrammeView;
import org.jbake.app.Asset;
import org.jbake.app.DocumentList;
import org.jbake.app.FileUtil;
import org.jbake.app.Parser;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.model.ModelAttributes;
import org.jbake.util.HtmlUtil;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A baked site whose JBake state stayed in memory (see {@link SiteBaker#bakeWarm}): the preview
 * rebakes it change by change, rendering only the pages a change touches with the templates
 * already compiled.
 * <p>
 * JBake's own incremental path does not fit: its crawler asks the content store about every file
 * of {@code content/} on each bake (10 to 25 seconds for 5,000 sessions). Here only the changed
 * files are parsed again, the way the crawler parses one file, and only the selected pages are rendered.
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
    private final Parser parser;
    private final ProgrammeTemplateEngine engine;
    private final Locale locale;
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
        this.parser = new Parser(config);
        this.engine = engine;
        this.locale = config.getJvmLocale() == null ? null : Locale.forLanguageTag(config.getJvmLocale().replace('_', '-'));
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
        int pages = JBakeEnvironment.run(settings.timeZone(), locale, () -> {
            for (Path removed : change.removedSources()) {
                store.deleteContent(uriOf(removed.toFile()));
            }
            for (Path source : change.changedSources()) {
                reread(source.toFile(), problems);
            }
            ReusingMarkdownEngine.registered().ifPresent(markdown -> problems.addAll(markdown.takeProblems()));
            int rendered = 0;
            if (problems.isEmpty()) {
                // The pages that list the programme take the most time: content pages are rendered on every core,
                // while this thread renders the theme pages (JBake renders those one after the other).
                renderer.start();
                try {
                    for (Path source : change.pagesToRender()) {
                        rendered += render(source.toFile(), problems);
                    }
                    if (change.tagPages() && config.getRenderTags()) {
                        rendered += renderTagPages(problems);
                    }
                } finally {
                    renderer.finish().forEach(error -> problems.addAll(SiteBaker.withoutJBakeWrapping(error)));
                }
                for (Path file : change.assets()) {
                    asset.copySingleFile(file.toFile());
                }
                asset.getErrors().forEach(e -> problems.add(String.valueOf(e.getMessage())));
            }
            return rendered;
        });
        long jbakeEnded = System.nanoTime();

        Map<String, Integer> stepFiles = new LinkedHashMap<>();
        if (problems.isEmpty()) {
            run(steps, staging, stepFiles, problems);
        }
        if (!problems.isEmpty()) {
            SiteBaker.deleteRecursively(staging);
            throw new BakeException(SiteBaker.onceEach(problems));
        }
        publish(staging, change);
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

    /** Parses one changed file into the store, as JBake's crawler does for each new or modified file. */
    private void reread(File source, List<String> problems) {
        String uri = uriOf(source);
        store.deleteContent(uri);
        DocumentModel document = parser.processFile(source);
        if (document == null || !DocumentTypes.contains(document.getType())) {
            problems.addAll(SiteBaker.skippedFiles(List.of(contentFile(source)), store));
            return;
        }
        try {
            document.setSha1(FileUtil.sha1(source));
        } catch (Exception e) {
            document.setSha1("");
        }
        document.setRootPath(FileUtil.getUriPathToContentRoot(config, source));
        document.setRendered(false);
        document.setFile(source.getPath());
        document.setSourceUri(uri);
        document.setUri(uri);
        document.setCached(true);
        if (ModelAttributes.Status.PUBLISHED_DATE.equals(document.getStatus())
                && document.getDate() != null && new Date().after(document.getDate())) {
            document.setStatus(ModelAttributes.Status.PUBLISHED);
        }
        if (config.getUriWithoutExtension()) {
            document.setNoExtensionUri(uri.replace("/index.html", "/"));
        }
        if (config.getImgPathUpdate()) {
            HtmlUtil.fixImageSourceUrls(document, config);
        }
        store.addDocument(document);
    }

    /**
     * Renders one page. JBake's previous/next document links are not set: the templates use the
     * programme's own ({@code programme.previous}, {@code programme.following}).
     */
    private int render(File source, List<String> problems) {
        DocumentList<DocumentModel> found = store.getDocumentByUri(uriOf(source));
        if (found.isEmpty()) {
            problems.add(relative(source.toPath()) + " : introuvable dans le contenu lu par JBake");
            return 0;
        }
        if (InMemoryContentStore.isDraft(found.get(0))) {
            // Never published (see InMemoryContentStore); a page turned draft loses its file in publish().
            return 0;
        }
        try {
            renderer.render(found.get(0));
            return 1;
        } catch (Exception e) {
            // The template engine names the source file and the template; JBake's wrapping names the output file only.
            problems.add(String.valueOf((e.getCause() != null ? e.getCause() : e).getMessage()).strip());
            return 0;
        }
    }

    /** The page of each tag, as JBake's tag renderer writes them in a full bake. */
    private int renderTagPages(List<String> problems) {
        try {
            return renderer.renderTags(config.getTagPathName());
        } catch (Exception e) {
            problems.addAll(SiteBaker.withoutJBakeWrapping(String.valueOf(e.getMessage())));
            return 0;
        }
    }

    /** The page's address, as JBake's crawler builds it (uri.noExtension is off in this project). */
    private String uriOf(File source) {
        Path relative = config.getContentFolder().toPath().toAbsolutePath().normalize()
                .relativize(source.toPath().toAbsolutePath().normalize());
        String name = relative.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String folder = relative.getParent() == null ? "" : relative.getParent().toString().replace('\\', '/') + "/";
        return folder + URLEncoder.encode(base, StandardCharsets.UTF_8) + config.getOutputExtension();
    }

    /**
     * Moves every file of {@code staging} into the site (each replaced in one step), then removes
     * the pages and files of what was deleted, and the other status's variant of each rendered page
     * (a page that turned draft leaves {@code x.html} for {@code x-draft.html}).
     */
    private void publish(Path staging, SiteChange change) {
        try {
            Set<Path> written = StagedFiles.moveInto(staging, destination);
            for (Path removed : change.removedSources()) {
                deleteOutputs(uriOf(removed.toFile()), written);
            }
            for (Path source : change.pagesToRender()) {
                deleteOutputs(uriOf(source.toFile()), written);
            }
            for (String output : change.deletedOutputs()) {
                Files.deleteIfExists(destination.resolve(output));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Impossible de mettre à jour " + destination + " : " + e.getMessage(), e);
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
    private ContentFile contentFile(File source) {
        Path path = source.toPath();
        return new ContentFile(path, relative(path), List.of(), 0, "", 1, true);
    }

    private String relative(Path file) {
        return DisplayPath.of(projectDir, file);
    }

    @Override
    public void close() {
        store.drop();
    }

    /** Whether a file JBake would copy as it is: under the assets folder, or a non-content file under content/. */
    public boolean isAsset(Path file) {
        return asset.isAssetFile(file.toFile());
    }
}
