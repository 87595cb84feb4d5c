package fr.gouv.diplomatie.daect.programme.site;

import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.assets.DsfrBundle;
import fr.gouv.diplomatie.daect.programme.assets.FrontEndInstaller;
import fr.gouv.diplomatie.daect.programme.assets.PreviousFrontEnd;
import fr.gouv.diplomatie.daect.programme.bake.BakeException;
import fr.gouv.diplomatie.daect.programme.bake.BakeReport;
import fr.gouv.diplomatie.daect.programme.bake.SiteBaker;
import fr.gouv.diplomatie.daect.programme.bake.SiteStep;
import fr.gouv.diplomatie.daect.programme.bake.WarmSite;
import fr.gouv.diplomatie.daect.programme.calendar.CalendarSettings;
import fr.gouv.diplomatie.daect.programme.calendar.CalendarStep;
import fr.gouv.diplomatie.daect.programme.calendar.lock.LockFormatException;
import fr.gouv.diplomatie.daect.programme.calendar.lock.LockKeeper;
import fr.gouv.diplomatie.daect.programme.calendar.lock.LockMode;
import fr.gouv.diplomatie.daect.programme.calendar.lock.LockReconciliation;
import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.ContentFileReader;
import fr.gouv.diplomatie.daect.programme.programme.Programme;
import fr.gouv.diplomatie.daect.programme.programme.Session;
import fr.gouv.diplomatie.daect.programme.programme.SessionReader;
import fr.gouv.diplomatie.daect.programme.programme.TagVocabulary;
import fr.gouv.diplomatie.daect.programme.publish.FeedStep;
import fr.gouv.diplomatie.daect.programme.publish.SitemapStep;
import fr.gouv.diplomatie.daect.programme.search.SearchIndexStep;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.ProgrammeValidator;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;
import fr.gouv.diplomatie.daect.programme.validation.ValidationReport;
import fr.gouv.diplomatie.daect.programme.view.Organizer;
import fr.gouv.diplomatie.daect.programme.view.ProgrammeView;
import fr.gouv.diplomatie.daect.programme.view.SitePaths;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole pipeline from the sources to the baked site: read the content, validate it, build
 * the programme, bake. Mojos and the preview server are thin layers over this class.
 */
public final class SiteBuild {

    private final Path projectDir;
    private final Path output;
    private final SiteSettings settings;
    private final Clock clock;
    private final boolean production;
    private final BuildLog log;
    private boolean frontEnd = true;
    private boolean prune = true;
    private Path previousFrontEnd;

    public SiteBuild(Path projectDir, Path output, SiteSettings settings, Clock clock, boolean production, BuildLog log) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.output = output;
        this.settings = settings;
        this.clock = clock;
        this.production = production;
        this.log = log;
    }

    /**
     * Without the front end, the DSFR is neither installed nor shipped: only for the plugin's own
     * sample projects, which test content and calendars, not the look.
     */
    public SiteBuild withoutFrontEnd() {
        this.frontEnd = false;
        return this;
    }

    /** The DSFR stylesheets as listed, not pruned to what the pages use (the preview's, where weight does not matter). */
    SiteBuild withWholeStylesheets() {
        this.prune = false;
        return this;
    }

    /**
     * For the preview's rebuilds: the DSFR files are copied from the site being replaced rather
     * than installed and bundled again (they change only with package-lock.json or the dsfr.* settings).
     */
    SiteBuild reusingFrontEndOf(Path previousSite) {
        this.previousFrontEnd = previousSite;
        return this;
    }

    public Path contentDir() {
        return projectDir.resolve(settings.get("content.folder", "content"));
    }

    public List<ContentFile> readContent() {
        return new ContentFileReader(projectDir).readAll(contentDir());
    }

    public ValidationReport validate(List<ContentFile> files) {
        return ProgrammeValidator.standard().validate(new ValidationContext(projectDir, files, settings, production));
    }

    /**
     * The sources of one bake, read and checked: every content file, their validation, the
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
            throw new ValidationFailedException(report);
        }
        List<Session> all = new SessionReader(settings.timeZone()).readAll(files);
        Programme programme = new Programme(all, settings.now(clock));
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
    public CheckedContent check() {
        ContentFingerprint fingerprint = fingerprint();
        List<ContentFile> files = readContent();
        CheckedContent checked = new CheckedContent(fingerprint, files, validate(files));
        RecentlyChecked.remember(projectDir, checked);
        return checked;
    }

    private ContentFingerprint fingerprint() {
        return ContentFingerprint.of(projectDir, settings, production, List.of(contentDir(),
                projectDir.resolve(settings.get("asset.folder", "assets")), projectDir.resolve(TagVocabulary.FILE_NAME),
                projectDir.resolve(SiteSettings.FILE_NAME)));
    }

    /**
     * Validates, then bakes; a validation error stops the build before anything is written. The content checked
     * just before by {@link #check()} is taken up if unchanged.
     */
    public BakeReport bake() throws BakeException, ValidationFailedException, IOException {
        return bake(RecentlyChecked.of(projectDir).orElse(null));
    }

    /**
     * The same, taking up {@code checked} (the content as read and validated earlier in this build, or null)
     * instead of reading and validating again, if nothing it depended on has changed since.
     */
    public BakeReport bake(CheckedContent checked) throws BakeException, ValidationFailedException, IOException {
        boolean unchanged = checked != null && checked.fingerprint().equals(fingerprint());
        if (unchanged) {
            int files = checked.files().size();
            log.info(files == 1 ? "Le fichier vérifié à l'étape précédente n'a pas changé : il n'est pas relu."
                    : "Les " + files + " fichiers vérifiés à l'étape précédente n'ont pas changé : ils ne sont pas relus.");
        }
        // The front end's files are read while the content is validated and the programme built (one core each).
        Optional<SiteStep> frontEnd = frontEndStep(true);
        Sources sources = unchanged ? prepare(checked.files(), checked.report()) : prepare();
        BakeReport baked = baker().bake(view(sources), sources.files(), steps(sources, frontEnd));
        commit(sources);
        return baked;
    }

    /** The same bake, keeping JBake's state in memory for the preview's rebakes (see {@link LiveSite}). */
    WarmSite bakeWarm(Sources sources) throws BakeException, IOException {
        WarmSite warm = baker().bakeWarm(view(sources), sources.files(), steps(sources, frontEndStep(false)));
        commit(sources);
        return warm;
    }

    /** Only once the site is baked: a failed bake leaves the lock as it was. */
    void commit(Sources sources) throws BakeException {
        lockKeeper().commit(sources.lock());
    }

    private SiteBaker baker() {
        return new SiteBaker(projectDir, output, settings);
    }

    private LockKeeper lockKeeper() throws BakeException {
        return new LockKeeper(projectDir, lockMode(), clock, log);
    }

    private List<SiteStep> steps(Sources sources, Optional<SiteStep> frontEnd) {
        List<SiteStep> steps = new ArrayList<>();
        steps.add(calendars(sources));
        frontEnd.ifPresent(steps::add);
        steps.add(sitemap());
        steps.add(feed(sources));
        if (this.frontEnd && previousFrontEnd == null) {
            // With the DSFR, from the same npm installation; the preview's partial rebakes leave the index as it was.
            steps.add(new SearchIndexStep(projectDir));
        }
        return steps;
    }

    /** The step that ships the DSFR, if any, installed first if need be; {@code readAhead}: starting to read it now. */
    private Optional<SiteStep> frontEndStep(boolean readAhead) throws IOException {
        if (previousFrontEnd != null) {
            return Optional.of(new PreviousFrontEnd(previousFrontEnd));
        }
        if (!frontEnd) {
            return Optional.empty();
        }
        new FrontEndInstaller(projectDir, log).install();
        DsfrBundle dsfr = new DsfrBundle(projectDir.resolve("node_modules/@gouvfr/dsfr/dist"),
                list("dsfr.stylesheets"), list("dsfr.scripts"), list("dsfr.files"));
        // dsfr.prune=false ships the listed stylesheets whole (to compare the look with and without pruning).
        DsfrBundle bundle = prune && Boolean.parseBoolean(settings.get("dsfr.prune", "true")) ? dsfr.pruned() : dsfr;
        return Optional.of(readAhead ? bundle.readAhead() : bundle);
    }

    SitePaths paths() {
        return new SitePaths(settings.get(SiteSettings.SITE_HOST, ""));
    }

    ProgrammeView view(Sources sources) {
        return new ProgrammeView(sources.programme(), paths(), organizer(), TagVocabulary.load(projectDir.resolve(TagVocabulary.FILE_NAME)));
    }

    CalendarStep calendars(Sources sources) {
        return CalendarStep.of(sources.programme().sessions(), sources.lock().lock(), sources.files(), CalendarSettings.from(settings), paths());
    }

    SitemapStep sitemap() {
        return new SitemapStep(settings.get(SiteSettings.SITE_HOST, ""));
    }

    FeedStep feed(Sources sources) {
        return new FeedStep(sources.programme().sessions(), sources.lock().lock(), paths(), settings.get("site.name", "Webinaires"));
    }

    Path projectDir() {
        return projectDir;
    }

    Path output() {
        return output;
    }

    SiteSettings settings() {
        return settings;
    }

    /** {@code programme.lock}: {@code update} (the default, on an editor's machine) or {@code verify} (CI). */
    private LockMode lockMode() throws BakeException {
        String value = settings.get(LockMode.SETTING, "update");
        return LockMode.parse(value).orElseThrow(() -> new BakeException(List.of(
                "-D" + LockMode.SETTING + "=" + value + " : valeur inconnue, « update » ou « verify » attendu")));
    }

    private Organizer organizer() {
        return new Organizer(settings.get("contact.organization", settings.get("contact.secretariat", "")),
                settings.get(SiteSettings.CONTACT_EMAIL, ""));
    }

    private List<String> list(String key) {
        return java.util.Arrays.stream(settings.get(key, "").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
