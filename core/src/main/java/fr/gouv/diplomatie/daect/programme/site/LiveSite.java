package fr.gouv.diplomatie.daect.programme.site;

import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.bake.BakeException;
import fr.gouv.diplomatie.daect.programme.bake.BakeReport;
import fr.gouv.diplomatie.daect.programme.bake.StagedFiles;
import fr.gouv.diplomatie.daect.programme.bake.SiteStep;
import fr.gouv.diplomatie.daect.programme.bake.WarmSite;
import fr.gouv.diplomatie.daect.programme.content.CachingContentReader;
import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.programme.TagVocabulary;
import fr.gouv.diplomatie.daect.programme.search.ServedSearchIndex;
import fr.gouv.diplomatie.daect.programme.settings.BuildSettings;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.site.DeferredWork.Part;
import fr.gouv.diplomatie.daect.programme.site.SiteBuild.Sources;
import fr.gouv.diplomatie.daect.programme.view.GeneratedPage;
import fr.gouv.diplomatie.daect.programme.view.ProgrammeView;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The site as the preview keeps it: baked in full once, with JBake's state kept warm, then brought
 * up to date change by change. A change of content files or assets re-renders only what it touches
 * (see {@link RebakePlan}), deletes the pages without a content file that the programme no longer needs
 * ({@link StalePages}), and leaves the files about the whole programme, and the search index, for {@link #writeDeferred};
 * a change of templates or settings, which may touch every page, bakes everything again (still
 * without npm: the DSFR files are taken from the previous site).
 * <p>
 * Every rebuild validates the whole programme first: an error leaves the site as it was. Rebuilds
 * run on one thread; {@link #writeDeferred} may run on another at the same time (the files it writes are
 * not the rebuilds'): both update the site under one lock, a rebuild for all its work, {@code writeDeferred}
 * only to publish.
 */
public final class LiveSite implements AutoCloseable {

    /** Files at the project's root that the whole site depends on. */
    public static final Set<String> PROJECT_FILES = Set.of(SiteSettings.FILE_NAME, TagVocabulary.FILE_NAME, "package.json", "package-lock.json");

    private final Path projectDir;
    private final Path output;
    private final Supplier<SiteSettings> settings;
    private final Clock clock;
    private final boolean frontEnd;
    private final BuildLog log;
    private WarmSite warm;
    private Sources last;
    /** The pages without a content file that the last bake wrote (see {@link ProgrammeView#generatedPages()}). */
    private Set<String> lastGenerated = Set.of();
    private final DeferredWork deferred = new DeferredWork();
    private final ServedSearchIndex searchIndex;
    private final Object siteLock = new Object();
    private final CachingContentReader reader;

    /**
     * @param settings loads the settings anew (jbake.properties may change while the preview runs)
     * @param frontEnd false to neither install nor ship the DSFR (sample projects)
     */
    public LiveSite(Path projectDir, Path output, Supplier<SiteSettings> settings, Clock clock, boolean frontEnd, BuildLog log) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.output = output.toAbsolutePath().normalize();
        this.settings = settings;
        this.clock = clock;
        this.frontEnd = frontEnd;
        this.log = log;
        this.reader = new CachingContentReader(this.projectDir);
        this.searchIndex = new ServedSearchIndex(this.projectDir);
    }

    /**
     * What a rebuild did, for the terminal.
     *
     * @param checked how long reading and validating every file took
     */
    public record Rebuild(String scope, BakeReport report, Sources sources, Duration checked, Duration time) {

        /**
         * "content/webinaires/x.md : 1 page HTML, 1 calendriers en 420 ms (lecture et validation 250 ms,
         * pages 40 ms, autres fichiers 130 ms)".
         */
        public String describe() {
            List<String> parts = new ArrayList<>();
            if (report.pages() > 0 || report.stepFiles().isEmpty()) {
                parts.add(report.pages() + (report.pages() == 1 ? " page HTML" : " pages HTML"));
            }
            report.stepFiles().forEach((name, count) -> parts.add(count + " " + name));
            List<String> times = new ArrayList<>();
            if (!checked.isZero()) {
                times.add("lecture et validation " + checked.toMillis() + " ms");
            }
            if (report.pages() > 0) {
                times.add("pages " + report.jbakeTime().toMillis() + " ms");
            }
            if (!report.stepFiles().isEmpty()) {
                times.add("autres fichiers " + report.totalTime().minus(report.jbakeTime()).toMillis() + " ms");
            }
            return scope + " : " + String.join(", ", parts) + " en " + time.toMillis() + " ms (" + String.join(", ", times) + ")";
        }
    }

    /**
     * Brings the site up to date after {@code changed} files (created, modified or deleted) — or
     * bakes it whole, the first time and after a failed full bake.
     */
    public Rebuild rebuild(Set<Path> changed) throws ValidationFailedException, BakeException, IOException {
        synchronized (siteLock) {
            return rebuildLocked(changed);
        }
    }

    private Rebuild rebuildLocked(Set<Path> changed) throws ValidationFailedException, BakeException, IOException {
        long started = System.nanoTime();
        SavedFiles saved = SavedFiles.of(projectDir, changed);
        Set<Path> paths = saved.paths();
        reader.forget(paths);
        List<ContentFile> before = last == null ? List.of() : last.files();
        if (warm == null || saved.touchEverything(BuildSettings.of(projectDir, settings.get()))) {
            String scope = paths.isEmpty() ? "site entier" : "site entier (" + saved.shown(before) + ")";
            // The DSFR files change only with the front-end packages or the settings that list them.
            boolean reuseFrontEnd = warm != null && paths.stream().noneMatch(p -> projectDir.equals(p.getParent())
                    && !p.getFileName().toString().equals(TagVocabulary.FILE_NAME));
            return bakeAll(scope, reuseFrontEnd, started);
        }
        SiteBuild build = build();
        Sources sources = build.prepare(reader.readAll(build.contentDir()));
        Duration checked = Duration.ofNanos(System.nanoTime() - started);
        Set<Path> assets = saved.assets(warm::isAsset, build.contentDir());
        Set<String> removedAssets = saved.removedAssets(build.buildSettings());
        BakeSteps bakeSteps = build.steps();
        RebakePlan plan = RebakePlan.of(last, sources, bakeSteps.paths(), assets, build.buildSettings().assetDir(), removedAssets);
        ProgrammeView view = bakeSteps.view(sources);
        Set<String> generated = generatedPages(view);
        Set<String> stale = StalePages.of(lastGenerated, generated,
                StalePages.writtenFrom(build.buildSettings().assetDir(), build.contentDir(), sources.files()));
        List<SiteStep> steps = plan.calendars().isEmpty() ? List.of() : List.of(bakeSteps.calendars(sources).restrictedTo(plan.calendars(), false));
        BakeReport report = warm.rebake(view, sources.files(), plan.change().alsoDeleting(stale), steps, List.of());
        build.commit(sources);
        last = sources;
        if (plan.programmeCalendar()) {
            deferred.request(Part.PROGRAMME_FILES);
        }
        if (plan.sitemap() || !generated.equals(lastGenerated)) {
            deferred.request(Part.SITEMAP);
        }
        if (plan.searchIndex() && searchIndex.available()) {
            deferred.request(Part.SEARCH_INDEX);
        }
        lastGenerated = generated;
        return new Rebuild(saved.shown(before), report, sources, checked, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Whether {@link #rebuild} left files of the whole programme to rewrite (see {@link #writeDeferred}). */
    public boolean hasDeferredFiles() {
        synchronized (siteLock) {
            return warm != null && !deferred.isEmpty();
        }
    }

    /**
     * Rewrites what {@link #rebuild} left for later: the files about the whole programme — its
     * calendar, the Atom feed, the sitemap — and the search index, which take seconds on thousands of
     * sessions and which the page being edited does not show. It works on the sources of the last rebuild
     * (and, for the search index, on the session pages as served), outside the lock, so that the next
     * rebuild need not wait for it; what it made is dropped, part by part, if a newer rebuild made it stale
     * meanwhile (that rebuild asks for its own writeDeferred). The index is built beside the site, then
     * takes the old one's place ({@link ServedSearchIndex}).
     */
    public Optional<Rebuild> writeDeferred() throws IOException {
        long started = System.nanoTime();
        DeferredWork.Taken taken;
        Sources sources;
        BakeSteps steps;
        synchronized (siteLock) {
            if (warm == null || deferred.isEmpty()) {
                return Optional.empty();
            }
            taken = deferred.take();
            sources = last;
            steps = build().steps();
        }
        Path staging = StagedFiles.emptyBeside(output, ".programme");
        Optional<ServedSearchIndex.Built> index = Optional.empty();
        Map<String, Integer> written = new LinkedHashMap<>();
        try {
            Map<String, Integer> programmeFiles = new LinkedHashMap<>();
            if (taken.has(Part.PROGRAMME_FILES)) {
                for (SiteStep step : List.of(steps.calendars(sources).restrictedTo(Set.of(), true), steps.feed(sources))) {
                    programmeFiles.put(step.name(), step.write(staging));
                }
            }
            if (taken.has(Part.SEARCH_INDEX)) {
                index = buildSearchIndex(taken);
            }
            synchronized (siteLock) {
                if (deferred.isCurrent(taken, Part.PROGRAMME_FILES)) {
                    StagedFiles.moveInto(staging, output);
                    written.putAll(programmeFiles);
                }
                if (deferred.isCurrent(taken, Part.SITEMAP)) {
                    SiteStep step = steps.sitemap();
                    written.put(step.name(), step.write(output));
                }
                if (index.isPresent() && deferred.isCurrent(taken, Part.SEARCH_INDEX)) {
                    index.get().replaceIn(output);
                    written.put(searchIndex.name(), index.get().files());
                    index = Optional.empty();
                }
            }
        } catch (IOException | RuntimeException e) {
            synchronized (siteLock) {
                deferred.giveBack(taken);
            }
            throw e;
        } finally {
            // What is still here was not published: a newer writeDeferred makes it again.
            StagedFiles.discard(staging);
            index.ifPresent(ServedSearchIndex.Built::discard);
        }
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Duration time = Duration.ofNanos(System.nanoTime() - started);
        BakeReport report = new BakeReport(output, 0, written, Map.of(), Duration.ZERO, time);
        return Optional.of(new Rebuild("fichiers du programme entier", report, sources, Duration.ZERO, time));
    }

    /**
     * Pagefind over the session pages as served. A rebuild may replace or delete a page while Pagefind reads
     * them: that rebuild asks for another index, and a failure of this one is then of no matter.
     */
    private Optional<ServedSearchIndex.Built> buildSearchIndex(DeferredWork.Taken taken) throws IOException {
        try {
            return Optional.of(searchIndex.build(output));
        } catch (IOException e) {
            synchronized (siteLock) {
                if (!deferred.isCurrent(taken, Part.SEARCH_INDEX)) {
                    return Optional.empty();
                }
            }
            throw e;
        }
    }

    private Rebuild bakeAll(String scope, boolean reuseFrontEnd, long started) throws ValidationFailedException, BakeException, IOException {
        closeWarm();
        SiteBuild build = build();
        boolean reusingFrontEnd = frontEnd && reuseFrontEnd && Files.isDirectory(output.resolve("dsfr"));
        if (!frontEnd) {
            build = build.withoutFrontEnd();
        } else if (reusingFrontEnd) {
            build = build.reusingFrontEndOf(output);
        }
        Sources sources = build.prepare(reader.readAll(build.contentDir()));
        Duration checked = Duration.ofNanos(System.nanoTime() - started);
        warm = build.bakeWarm(sources);
        last = sources;
        lastGenerated = generatedPages(build.steps().view(sources));
        // The bake builds the search index only with the front end it installs itself: otherwise, later.
        boolean indexed = frontEnd && !reusingFrontEnd;
        deferred.fullBake(!indexed && searchIndex.available() ? Set.of(Part.SEARCH_INDEX) : Set.of());
        return new Rebuild(scope, warm.bakeReport(), sources, checked, Duration.ofNanos(System.nanoTime() - started));
    }

    private static Set<String> generatedPages(ProgrammeView view) {
        return view.generatedPages().stream().map(GeneratedPage::path).collect(Collectors.toUnmodifiableSet());
    }

    private SiteBuild build() {
        // Whole DSFR stylesheets: a page rebaked alone may use a rule no page used at the first bake.
        return new SiteBuild(projectDir, output, settings.get(), clock, false, log).withWholeStylesheets();
    }

    private void closeWarm() {
        if (warm != null) {
            warm.close();
            warm = null;
        }
    }

    @Override
    public void close() {
        synchronized (siteLock) {
            closeWarm();
        }
    }
}
