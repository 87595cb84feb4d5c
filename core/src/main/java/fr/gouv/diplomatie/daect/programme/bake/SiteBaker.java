package fr.gouv.diplomatie.daect.programme.bake;

import fr.gouv.diplomatie.daect.programme.content.DisplayPath;
import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.MarkdownBodies;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.view.ProgrammeView;
import org.jbake.app.Oven;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Bakes the site with JBake's {@link Oven}, in-process, into a temporary folder, then swaps it
 * in place of the destination: a failed bake leaves the previous site untouched.
 */
public final class SiteBaker {

    /** FreeMarker logs each template error with its stack trace; the baker reports it once, naming the source file. */
    private static final java.util.logging.Logger FREEMARKER_LOG = java.util.logging.Logger.getLogger("freemarker.runtime");

    static {
        FREEMARKER_LOG.setLevel(java.util.logging.Level.OFF);
    }

    private final Path projectDir;
    private final Path destination;
    private final SiteSettings settings;
    private final MarkdownBodies bodies;
    private final EarlyContentStore early;

    public SiteBaker(Path projectDir, Path destination, SiteSettings settings) {
        this(projectDir, destination, settings, MarkdownBodies.of(settings), null);
    }

    /**
     * {@code bodies}: shared with the steps that make something of the Markdown bodies too (the calendars);
     * {@code early}: the store started when the build began, for the first bake (null: each bake starts its own).
     */
    public SiteBaker(Path projectDir, Path destination, SiteSettings settings, MarkdownBodies bodies, EarlyContentStore early) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.destination = destination.toAbsolutePath().normalize();
        this.settings = settings;
        this.bodies = bodies;
        this.early = early;
    }

    /**
     * @param files the content files as read and validated by us: JBake must bake each of them
     */
    public BakeReport bake(ProgrammeView programme, List<ContentFile> files, List<SiteStep> steps) throws BakeException {
        return bake(programme, files, steps, false, null).report();
    }

    /**
     * The same bake, keeping from {@code previous} (the site it replaces) the pages and files of what did not change
     * instead of making them again: the result is the site a full bake would make, with fewer pages rendered.
     *
     * @throws PreviousSiteException if a file to keep is missing from the previous site (nothing is replaced then)
     */
    public BakeReport bake(ProgrammeView programme, List<ContentFile> files, List<SiteStep> steps, PreviousSite previous)
            throws BakeException, PreviousSiteException {
        try {
            return bake(programme, files, steps, false, previous).report();
        } catch (UncheckedPreviousSite e) {
            throw new PreviousSiteException(e.getMessage(), e.getCause());
        }
    }

    /** A file of the previous site that a bake meant to keep could not be: the caller bakes everything instead. */
    public static final class PreviousSiteException extends Exception {
        PreviousSiteException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final class UncheckedPreviousSite extends RuntimeException {
        UncheckedPreviousSite(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * The same bake, for the preview: JBake's state (its content store with every parsed document,
     * the template engine with its compiled templates) stays in memory afterwards, so that
     * {@link WarmSite#rebake} renders only the pages a change touches. The caller closes it.
     */
    public WarmSite bakeWarm(ProgrammeView programme, List<ContentFile> files, List<SiteStep> steps) throws BakeException {
        return bake(programme, files, steps, true, null).warm();
    }

    private record Baked(BakeReport report, WarmSite warm) {
    }

    private Baked bake(ProgrammeView programme, List<ContentFile> files, List<SiteStep> steps, boolean keepWarm,
                       PreviousSite previous) throws BakeException {
        long started = System.nanoTime();
        Path staging = destination.resolveSibling(destination.getFileName() + ".tmp");
        StagedFiles.discard(staging);

        DefaultJBakeConfiguration config = JBakeConfigurationFactory.create(projectDir, staging, settings);
        List<String> problems = new ArrayList<>(missingTemplates(config));
        if (!problems.isEmpty()) {
            throw new BakeException(problems);
        }
        // JBake's store, and the threads of this bake: the store stays open for a warm site only.
        InMemoryContentStore startedEarly = early == null ? null : early.take();
        InMemoryContentStore store = startedEarly != null ? startedEarly : new InMemoryContentStore(config.getDatabaseStore(), config.getDatabasePath());
        if (previous != null) {
            // JBake's crawler then reads again only the files whose hash changed, as with its own persistent store.
            store.seed(previous.crawled().documents());
        }
        boolean kept = false;
        try (Workers workers = Workers.of(settings)) {
            // The steps made from the programme alone run alongside JBake.
            Map<SiteStep, StepResult> results = new ConcurrentHashMap<>();
            Future<?> independent = workers.submit(() -> steps.stream().filter(step -> !step.readsPages())
                    .forEach(step -> results.put(step, StepResult.of(step::write, staging))));

            ProgrammeTemplateEngine engine = new ProgrammeTemplateEngine(store, config, programme, settings, projectDir, blankBodies(files));
            Utensils utensils = new Utensils();
            utensils.setConfiguration(config);
            utensils.setContentStore(store);
            utensils.setCrawler(new LinkRefusingCrawler(store, config));
            ConcurrentRenderer renderer = new ConcurrentRenderer(store, config, engine, previous);
            if (previous != null) {
                previous.crawled().documents().forEach(renderer::keep);
            }
            utensils.setRenderer(renderer);
            utensils.setAsset(new LinkRefusingAsset(config));

            long jbakeStarted = System.nanoTime();
            boolean crawled = true;
            Oven oven = new Oven(utensils);
            ReusingMarkdownEngine markdown = ReusingMarkdownEngine.register();
            markdown.startBake(bodies);
            if (workers.parallel()) {
                // The Markdown bodies parsed on another thread while JBake reads the files (one after the other), and
                // sanitized as their pages will ask.
                // Only the pages rendered need their body sanitized; the calendars need every body parsed.
                Consumer<String> sanitize = engine.sanitizer()::sanitize;
                workers.submit(() -> markdown.renderAhead(bodiesAsJBakeReadsThem(files), previous == null ? sanitize : html -> {
                }));
                if (previous != null) {
                    workers.submit(() -> markdown.renderAhead(bodiesAsJBakeReadsThem(files.stream()
                            .filter(file -> previous.render().contains(file.path().toAbsolutePath().normalize())).toList()), sanitize));
                }
            }
            try {
                JBakeEnvironment.run(() -> {
                    renderer.start(workers);
                    try {
                        renderer.renderGeneratedAhead();
                        oven.bake();
                    } finally {
                        renderer.finish().forEach(error -> problems.addAll(BakeProblems.of(error)));
                        problems.addAll(engine.takeFailures());
                    }
                    return null;
                });
            } catch (LinkRefusingCrawler.RefusedLinksException e) {
                problems.addAll(e.problems());
                crawled = false;
            } catch (RuntimeException e) {
                problems.add("JBake : " + e.getMessage());
            } finally {
                markdown.endBake();
                engine.forgetBake();
            }
            Duration jbakeTime = Duration.ofNanos(System.nanoTime() - jbakeStarted);
            for (Throwable error : oven.getErrors()) {
                problems.addAll(BakeProblems.of(error));
            }
            problems.addAll(markdown.takeProblems());
            if (crawled) { // else JBake read no file at all: each one is not "skipped"
                problems.addAll(BakeProblems.skippedFiles(files, store));
            }
            awaitQuietly(independent);

            Map<String, Integer> stepFiles = new LinkedHashMap<>();
            Map<String, Duration> stepTimes = new LinkedHashMap<>();
            int pages = 0;
            if (problems.isEmpty() && previous != null) {
                stepFiles.put(KEPT, keep(previous, renderer.kept(), staging));
            }
            if (problems.isEmpty()) {
                pages = runPageSteps(steps, staging, results, stepTimes, workers);
                for (SiteStep step : steps) {
                    StepResult result = results.get(step);
                    if (result == null) {
                        problems.add(step.name() + " : étape interrompue");
                    } else if (result.problem() != null) {
                        problems.add(step.name() + " : " + result.problem());
                    } else {
                        stepFiles.put(step.name(), result.files());
                        stepTimes.put(step.name(), result.time());
                    }
                }
            }
            if (!problems.isEmpty()) {
                StagedFiles.discard(staging);
                throw new BakeException(BakeProblems.onceEach(problems));
            }
            // The preview starts from its warm site instead.
            CrawledContent crawledContent = keepWarm ? CrawledContent.NONE : CrawledContent.of(store, bodies, files);
            StagedFiles.replace(destination, staging);
            BakeReport report = new BakeReport(destination, pages, stepFiles, stepTimes, jbakeTime, Duration.ofNanos(System.nanoTime() - started),
                    crawledContent);
            WarmSite warm = keepWarm ? new WarmSite(projectDir, destination, settings, config, utensils, engine, report) : null;
            kept = keepWarm;
            return new Baked(report, warm);
        } finally {
            bodies.forget();
            if (!kept) {
                store.release();
            }
        }
    }

    /** How the build log names the files taken from the previous site. */
    public static final String KEPT = "fichiers repris du site précédent";

    /** Links what the bake keeps of the previous site into the staging folder, once JBake and the calendars are done. */
    private static int keep(PreviousSite previous, Set<String> pages, Path staging) {
        try {
            return previous.keepInto(staging, pages);
        } catch (IOException e) {
            StagedFiles.discard(staging);
            throw new UncheckedPreviousSite(e);
        }
    }

    /**
     * The steps that need JBake's pages. Those that run a tool over the page files (the search index) start at once,
     * beside the reading of the pages for the {@link PageStep}s (DSFR pruning, sitemap): each page read once for all
     * of them, on the bake's threads, then each writes its files as a task of its own. A page that cannot be read
     * fails them all. How many pages the site has.
     */
    private static int runPageSteps(List<SiteStep> steps, Path staging, Map<SiteStep, StepResult> results, Map<String, Duration> stepTimes,
                                    Workers workers) {
        Map<SiteStep, Future<StepResult>> writing = new LinkedHashMap<>();
        List<PageStep<?>> pageSteps = new ArrayList<>();
        for (SiteStep step : steps) {
            if (step instanceof PageStep<?> pageStep) {
                pageSteps.add(pageStep);
            } else if (step.readsPages()) {
                writing.put(step, workers.submit(() -> StepResult.of(step::write, staging)));
            }
        }
        PageCollection collection = new PageCollection(pageSteps);
        long started = System.nanoTime();
        int pages = 0;
        try {
            pages = collection.read(staging, workers);
            stepTimes.put("lecture des pages", Duration.ofNanos(System.nanoTime() - started));
            collection.steps().forEach(pending -> writing.put(pending.step(), workers.submit(() -> StepResult.of(pending::write, staging))));
        } catch (RuntimeException e) {
            pageSteps.forEach(step -> results.put(step, new StepResult(0, Duration.ZERO, "lecture des pages impossible : " + e.getMessage())));
        }
        writing.forEach((step, result) -> Optional.ofNullable(awaitQuietly(result)).ifPresent(done -> results.put(step, done)));
        return pages;
    }

    /** How a step writes its files into a site. */
    @FunctionalInterface
    private interface StepWrite {
        int into(Path site) throws IOException;
    }

    /** What a step wrote, in how long, or why it failed. */
    private record StepResult(int files, Duration time, String problem) {
        static StepResult of(StepWrite write, Path staging) {
            long started = System.nanoTime();
            try {
                return new StepResult(write.into(staging), Duration.ofNanos(System.nanoTime() - started), null);
            } catch (IOException | RuntimeException e) {
                return new StepResult(0, Duration.ZERO, String.valueOf(e.getMessage()));
            }
        }
    }

    /**
     * Waits for a step running on another thread: whatever happened, nothing may still write once the bake is
     * decided. Its result, or null if it was interrupted (each step reports its own failure in its result).
     */
    private static <T> T awaitQuietly(Future<T> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * The pages JBake renders without a content file need their template; JBake would only log its
     * absence. (A content file whose template is missing fails in rendering, with its name.)
     */
    private List<String> missingTemplates(DefaultJBakeConfiguration config) {
        Map<String, Boolean> generated = Map.of(
                "masterindex", config.getRenderIndex(), "feed", config.getRenderFeed(),
                "archive", config.getRenderArchive(), "sitemap", config.getRenderSiteMap(),
                "error404", config.getRenderError404(), "tag", config.getRenderTags(),
                "tagsindex", config.getRenderTagsIndex());
        List<String> missing = new ArrayList<>();
        generated.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).sorted().forEach(docType -> {
            File template = config.getTemplateFileByDocType(docType);
            if (template == null || !template.isFile()) {
                String name = template == null ? "template." + docType + ".file" : relative(template.toPath());
                missing.add(name + " : gabarit introuvable (page « " + docType + " »)");
            }
        });
        return missing;
    }

    /**
     * Starts parsing every Markdown body of {@code files} into {@code bodies} now, on a thread of its own, for a bake
     * about to start with these bodies: the incremental build compares its sources with the previous build's first (on
     * one core), and the bake needs every body parsed (the programme's calendar describes every session).
     */
    public static void parseAhead(MarkdownBodies bodies, List<ContentFile> files) {
        List<String> texts = bodiesAsJBakeReadsThem(files);
        Thread thread = new Thread(() -> texts.forEach(bodies::get), "markdown-avance");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The Markdown bodies as JBake will hand them to its engine: each line followed by a line break. (A body this
     * misses, such as one after a separator line with spaces, is simply rendered when JBake reads it.)
     */
    static List<String> bodiesAsJBakeReadsThem(List<ContentFile> files) {
        return files.stream().map(SiteBaker::markdownAsJBakeReadsIt).filter(Objects::nonNull).toList();
    }

    /** The file's Markdown body as JBake will hand it to its engine, or null if it has none. */
    static String markdownAsJBakeReadsIt(ContentFile file) {
        return file.body().isBlank() || !isMarkdown(file.path()) ? null : MarkdownBodies.asJBakeReadsIt(file.body());
    }

    private static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    static Set<Path> blankBodies(List<ContentFile> files) {
        return files.stream().filter(f -> f.body().isBlank()).map(f -> f.path().toAbsolutePath().normalize()).collect(Collectors.toSet());
    }

    private String relative(Path file) {
        return DisplayPath.of(projectDir, file);
    }
}
