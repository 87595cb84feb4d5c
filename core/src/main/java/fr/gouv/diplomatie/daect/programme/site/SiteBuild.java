package fr.gouv.diplomatie.daect.programme.site;

import fr.gouv.diplomatie.daect.programme.cms.PublishedAdmin;
import fr.gouv.diplomatie.daect.programme.bake.BakeException;
import fr.gouv.diplomatie.daect.programme.bake.BakeReport;
import fr.gouv.diplomatie.daect.programme.bake.CrawledContent;
import fr.gouv.diplomatie.daect.programme.bake.EarlyContentStore;
import fr.gouv.diplomatie.daect.programme.bake.PreviousSite;
import fr.gouv.diplomatie.daect.programme.bake.SiteBaker;
import fr.gouv.diplomatie.daect.programme.bake.SiteStep;
import fr.gouv.diplomatie.daect.programme.bake.WarmSite;
import fr.gouv.diplomatie.daect.programme.bake.Workers;
import fr.gouv.diplomatie.daect.programme.calendar.lock.LockFormatException;
import fr.gouv.diplomatie.daect.programme.calendar.lock.LockKeeper;
import fr.gouv.diplomatie.daect.programme.calendar.lock.LockMode;
import fr.gouv.diplomatie.daect.programme.calendar.lock.LockReconciliation;
import fr.gouv.diplomatie.daect.programme.check.Problem;
import fr.gouv.diplomatie.daect.programme.check.SiteChecker;
import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.DisplayPath;
import fr.gouv.diplomatie.daect.programme.content.ContentFileReader;
import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.programme.Programme;
import fr.gouv.diplomatie.daect.programme.programme.Session;
import fr.gouv.diplomatie.daect.programme.programme.SessionReader;
import fr.gouv.diplomatie.daect.programme.programme.TagVocabulary;
import fr.gouv.diplomatie.daect.programme.settings.BuildSettings;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.ProgrammeValidator;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;
import fr.gouv.diplomatie.daect.programme.validation.ValidationReport;
import fr.gouv.diplomatie.daect.programme.view.ProgrammeView;
import fr.gouv.diplomatie.daect.programme.view.SitePaths;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pipeline from the sources to the baked site: read the content, validate it, build the programme, bake; then,
 * apart, audit the baked site. Mojos and the preview server are thin layers over this class. Immutable: the
 * {@code with…} methods give another build.
 */
public final class SiteBuild {

    private final Path projectDir;
    private final Path output;
    private final SiteSettings settings;
    private final BuildSettings build;
    private final Clock clock;
    private final boolean production;
    private final BuildLog log;
    private final FrontEnd frontEnd;

    public SiteBuild(Path projectDir, Path output, SiteSettings settings, Clock clock, boolean production, BuildLog log) {
        this(projectDir.toAbsolutePath().normalize(), output, settings, clock, production, log, FrontEnd.STANDARD);
    }

    private SiteBuild(Path projectDir, Path output, SiteSettings settings, Clock clock, boolean production, BuildLog log,
                      FrontEnd frontEnd) {
        this.projectDir = projectDir;
        this.output = output;
        this.settings = settings;
        this.build = BuildSettings.of(projectDir, settings);
        this.clock = clock;
        this.production = production;
        this.log = log;
        this.frontEnd = frontEnd;
    }

    /** This build without the DSFR, neither installed nor shipped: only for the plugin's own sample projects. */
    public SiteBuild withoutFrontEnd() {
        return with(frontEnd.none());
    }

    /** This build with the DSFR stylesheets as listed, not pruned to what the pages use (the preview's). */
    SiteBuild withWholeStylesheets() {
        return with(frontEnd.whole());
    }

    /** This build with the DSFR files copied from the site being replaced rather than installed and bundled again. */
    SiteBuild reusingFrontEndOf(Path previousSite) {
        return with(frontEnd.copiedFrom(previousSite));
    }

    private SiteBuild with(FrontEnd other) {
        return new SiteBuild(projectDir, output, settings, clock, production, log, other);
    }

    public Path contentDir() {
        return build.contentDir();
    }

    private List<ContentFile> readContent() {
        return new ContentFileReader(projectDir).readAll(contentDir());
    }

    private ValidationReport validate(List<ContentFile> files) {
        return ProgrammeValidator.standard().validate(new ValidationContext(projectDir, files, settings, production));
    }

    /**
     * The sources of one bake, read and validated: every content file, their validation, the
     * programme, and the calendar lock as the bake will leave it.
     */
    public record Sources(List<ContentFile> files, ValidationReport report, Programme programme, LockReconciliation lock) {
    }

    /** Reads and validates everything; a validation error stops here, before anything is written. */
    public Sources prepare() throws ValidationFailedException, BakeException {
        return prepare(readContent());
    }

    /** The same, over content files already read (the preview reads again only those that changed). */
    Sources prepare(List<ContentFile> files) throws ValidationFailedException, BakeException {
        return prepare(files, validate(files));
    }

    private Sources prepare(List<ContentFile> files, ValidationReport report) throws ValidationFailedException, BakeException {
        if (report.fails(false)) {
            throw new ValidationFailedException(report, files);
        }
        List<Session> all = new SessionReader(settings.timeZone()).readAll(files);
        Programme programme = new Programme(all, settings.now(clock), settings.registrationCloses());
        LockReconciliation reconciliation;
        try {
            reconciliation = lockKeeper().prepare(programme.sessions(), all);
        } catch (LockFormatException e) {
            throw new BakeException(e.problems().stream().map(Diagnostic::format).toList());
        }
        return new Sources(files, report, programme, reconciliation);
    }

    /**
     * Reads and validates the content, noting what the validation depended on: a later {@link #bake()} in this JVM
     * (the bake goal after the validate goal) takes it up if nothing changed.
     */
    public ValidatedContent validate() {
        ContentFingerprint fingerprint = fingerprint();
        List<ContentFile> files = readContent();
        ValidatedContent validated = new ValidatedContent(fingerprint, files, validate(files));
        RecentlyValidated.remember(projectDir, validated);
        return validated;
    }

    private ContentFingerprint fingerprint() {
        return ContentFingerprint.of(projectDir, settings, production, List.of(contentDir(), build.assetDir(),
                projectDir.resolve(TagVocabulary.FILE_NAME), projectDir.resolve(SiteSettings.FILE_NAME)));
    }

    /**
     * Validates, then bakes; a validation error stops the build before anything is written. The content validated
     * just before by {@link #validate()} is taken up if unchanged.
     */
    public BakeReport bake() throws BakeException, ValidationFailedException, IOException {
        return bake(RecentlyValidated.of(projectDir).orElse(null));
    }

    /**
     * The same, taking up {@code validated} (the content as read and validated earlier in this build, or null)
     * instead of reading and validating again, if nothing it depended on has changed since.
     */
    public BakeReport bake(ValidatedContent validated) throws BakeException, ValidationFailedException, IOException {
        // JBake's store starts now, beside the preparation below (released unless the bake took it); on one thread
        // for debugging, the bake starts it.
        try (EarlyContentStore early = Workers.oneThread(settings) ? null : EarlyContentStore.start()) {
            return bake(validated, early);
        }
    }

    private BakeReport bake(ValidatedContent validated, EarlyContentStore early) throws BakeException, ValidationFailedException, IOException {
        boolean unchanged = validated != null && validated.fingerprint().equals(fingerprint());
        if (unchanged) {
            int files = validated.files().size();
            log.info(files == 1 ? "Le fichier vérifié à l'étape précédente n'a pas changé : il n'est pas relu."
                    : "Les " + files + " fichiers vérifiés à l'étape précédente n'ont pas changé : ils ne sont pas relus.");
        }
        // The front end's files are read while the content is validated and the programme built (one core each).
        Optional<SiteStep> dsfr = frontEnd.step(projectDir, build.dsfr(), log, true, PublishedAdmin.requested(settings));
        Sources sources = unchanged ? prepare(validated.files(), validated.report()) : prepare();
        BakeSteps steps = steps();
        String key = BuildKey.of(projectDir, output, settings, build, production, frontEnd);
        long started = System.nanoTime();
        Optional<PreviousBake> previous = incremental()
                ? PreviousBake.read(output, key, new ContentFileReader(projectDir), sources.files()) : Optional.empty();
        // From here on the site may change: until this bake is recorded, the next build is a full one.
        PreviousBake.forget(output);
        if (previous.isPresent()) {
            // The bodies of unchanged files as the previous bake parsed them; the others parsed beside the comparison
            // with the previous build, which keeps one core busy before the bake starts.
            previous.get().crawled().seed(steps.bodies(), sources.files());
            SiteBaker.parseAhead(steps.bodies(), sources.files());
        }
        BakeReport baked = previous.isPresent() ? bakeChange(previous.get(), sources, steps, dsfr, started, early) : null;
        if (baked == null) {
            baked = baker(steps, early).bake(steps.view(sources), sources.files(), steps.all(sources, dsfr, frontEnd.indexesSearch()));
        }
        commit(sources);
        try {
            PreviousBake.record(output, key, sources, baked.crawled());
        } catch (IOException e) {
            // The site is baked: only the next build's speed depends on this record.
            PreviousBake.forget(output);
            log.warn("Impossible d'écrire " + PreviousBake.fileFor(output) + " (" + e.getMessage()
                    + ") : la prochaine construction sera complète.");
        }
        return baked;
    }

    /** Whether a build may keep what did not change from the previous one ({@value BuildKey#INCREMENTAL}, true by default). */
    private boolean incremental() {
        return !"false".equals(settings.get(BuildKey.INCREMENTAL, "true").strip());
    }

    /**
     * Bakes what changed since {@code previous} and keeps the rest of its site (see {@link RebakePlan}); null if that
     * site lacks a file it should have (the caller bakes everything then).
     */
    private BakeReport bakeChange(PreviousBake previous, Sources sources, BakeSteps steps, Optional<SiteStep> dsfr, long started,
                                  EarlyContentStore early) throws BakeException {
        SitePaths paths = steps.paths();
        Sources before = previous.sources(settings);
        RebakePlan plan = RebakePlan.of(before, sources, paths, Set.of(), build.assetDir(), Set.of());
        ProgrammeView view = steps.view(sources);
        Set<String> listings = plan.change().tagPages()
                ? ListingChanges.of(steps.view(before), before.programme(), view, sources.programme()) : Set.of();
        Set<String> keptCalendars = sources.programme().sessions().stream().filter(session -> !plan.calendars().contains(session.uid()))
                .map(paths::sessionCalendar).collect(Collectors.toSet());
        boolean searchIndex = frontEnd.indexesSearch() && plan.searchIndex();
        Set<String> keptFolders = frontEnd.indexesSearch() && !searchIndex ? Set.of(SitePaths.SEARCH_INDEX_DIR) : Set.of();
        // JBake reads again the files whose pages are rendered (their documents are left out) and the changed ones.
        CrawledContent crawled = previous.crawled().without(plan.change().pagesToRender());
        PreviousSite site = new PreviousSite(output.toAbsolutePath().normalize(), plan.change().pagesToRender(),
                listings, keptCalendars, keptFolders, crawled, previous.recorded());
        long planned = System.nanoTime();
        try {
            BakeReport report = baker(steps, early).bake(view, sources.files(),
                    steps.changed(sources, plan.calendars(), dsfr, searchIndex, site.site()), site);
            int reread = sources.files().size() - crawled.documentCount();
            log.info("Construction incrémentale : " + describe(plan, listings.size(), reread, searchIndex, report) + " ; comparaison avec la précédente "
                    + (planned - started) / 1_000_000 + " ms.");
            return report;
        } catch (SiteBaker.PreviousSiteException e) {
            log.info("Le site précédent ne peut pas être repris (" + DisplayPath.of(projectDir, output) + "/" + e.getMessage()
                    + ") : il est reconstruit entièrement.");
            return null;
        }
    }

    private static String describe(RebakePlan plan, int listings, int reread, boolean searchIndex, BakeReport report) {
        int pages = plan.change().pagesToRender().size() + listings;
        int calendars = plan.calendars().size();
        int kept = report.stepFiles().getOrDefault(SiteBaker.KEPT, 0);
        // French: the singular for 0 and 1, as the validation's summary says it.
        return reread + (reread <= 1 ? " fichier de contenu relu" : " fichiers de contenu relus")
                + ", " + pages + (pages <= 1 ? " page refaite" : " pages refaites")
                + ", " + calendars + (calendars <= 1 ? " calendrier de séance" : " calendriers de séance")
                + ", " + kept + (kept <= 1 ? " fichier repris" : " fichiers repris")
                + (searchIndex ? ", index de recherche refait" : "")
                + " (-D" + BuildKey.INCREMENTAL + "=false pour tout reconstruire)";
    }

    /** The same bake, keeping JBake's state in memory for the preview's rebakes (see {@link LiveSite}). */
    WarmSite bakeWarm(Sources sources) throws BakeException, IOException {
        // The preview changes the site in place afterwards: the next Maven build must not take it as its own.
        PreviousBake.forget(output);
        BakeSteps steps = steps();
        WarmSite warm = baker(steps, null).bakeWarm(steps.view(sources), sources.files(),
                steps.all(sources, frontEnd.step(projectDir, build.dsfr(), log, false, PublishedAdmin.requested(settings)),
                        frontEnd.indexesSearch()));
        commit(sources);
        return warm;
    }

    /** Only once the site is baked: a failed bake leaves the lock as it was. */
    void commit(Sources sources) throws BakeException {
        lockKeeper().commit(sources.lock());
    }

    /** The audit of the baked site (links, structure, accessibility basics): every problem found, none if it is sound. */
    public List<Problem> audit() {
        return SiteChecker.standard(build.siteHost()).check(output);
    }

    BakeSteps steps() {
        return new BakeSteps(projectDir, settings, build);
    }

    /**
     * The baker of {@code steps}' bodies (JBake's engine and the calendars parse each once), with the store started
     * when the build began ({@code early}, or null).
     */
    private SiteBaker baker(BakeSteps steps, EarlyContentStore early) {
        return new SiteBaker(projectDir, output, settings, steps.bodies(), early);
    }

    private LockKeeper lockKeeper() throws BakeException {
        LockMode mode = LockMode.parse(build.lockMode()).orElseThrow(() -> new BakeException(List.of(
                "-D" + LockMode.SETTING + "=" + build.lockMode() + " : valeur inconnue, « update » ou « verify » attendu")));
        return new LockKeeper(projectDir, mode, clock, log);
    }

    BuildSettings buildSettings() {
        return build;
    }
}
