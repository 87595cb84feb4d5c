package fr.gouv.diplomatie.daect.programme.site;

import fr.gouv.diplomatie.daect.programme.assets.DsfrBundle;
import fr.gouv.diplomatie.daect.programme.assets.FrontEndInstaller;
import fr.gouv.diplomatie.daect.programme.bake.BakeException;
import fr.gouv.diplomatie.daect.programme.bake.BakeReport;
import fr.gouv.diplomatie.daect.programme.bake.SiteBaker;
import fr.gouv.diplomatie.daect.programme.bake.SiteStep;
import fr.gouv.diplomatie.daect.programme.calendar.CalendarSettings;
import fr.gouv.diplomatie.daect.programme.calendar.CalendarStep;
import fr.gouv.diplomatie.daect.programme.calendar.lock.LockFormatException;
import fr.gouv.diplomatie.daect.programme.calendar.lock.LockKeeper;
import fr.gouv.diplomatie.daect.programme.calendar.lock.LockMode;
import fr.gouv.diplomatie.daect.programme.calendar.lock.LockReconciliation;
import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.ContentFileReader;
import fr.gouv.diplomatie.daect.programme.programme.Programme;
import fr.gouv.diplomatie.daect.programme.programme.SessionReader;
import fr.gouv.diplomatie.daect.programme.programme.TagVocabulary;
import fr.gouv.diplomatie.daect.programme.publish.FeedStep;
import fr.gouv.diplomatie.daect.programme.publish.SitemapStep;
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
import java.util.function.Consumer;

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
    private final Consumer<String> log;
    private boolean frontEnd = true;

    public SiteBuild(Path projectDir, Path output, SiteSettings settings, Clock clock, boolean production, Consumer<String> log) {
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

    public Path contentDir() {
        return projectDir.resolve(settings.get("content.folder", "content"));
    }

    public List<ContentFile> readContent() {
        return new ContentFileReader(projectDir).readAll(contentDir());
    }

    public ValidationReport validate(List<ContentFile> files) {
        return ProgrammeValidator.standard().validate(new ValidationContext(projectDir, files, settings, production));
    }

    public Programme programme(List<ContentFile> files) {
        return new Programme(new SessionReader(settings.timeZone()).readAll(files), settings.now(clock));
    }

    /** Validates, then bakes; a validation error stops the build before anything is written. */
    public BakeReport bake() throws BakeException, ValidationFailedException, IOException {
        List<ContentFile> files = readContent();
        ValidationReport report = validate(files);
        if (report.fails(false)) {
            throw new ValidationFailedException(report);
        }
        Programme programme = programme(files);
        SitePaths paths = new SitePaths(settings.get(SiteSettings.SITE_HOST, ""));
        LockKeeper lock = new LockKeeper(projectDir, lockMode(), clock, log);
        LockReconciliation reconciliation;
        try {
            reconciliation = lock.prepare(programme.sessions(), new SessionReader(settings.timeZone()).readAll(files));
        } catch (LockFormatException e) {
            throw new BakeException(e.problems().stream().map(Diagnostic::format).toList());
        }
        List<SiteStep> steps = new ArrayList<>();
        steps.add(CalendarStep.of(programme.sessions(), reconciliation.lock(), files, CalendarSettings.from(settings), paths));
        if (frontEnd) {
            new FrontEndInstaller(projectDir, log).install();
            DsfrBundle dsfr = new DsfrBundle(projectDir.resolve("node_modules/@gouvfr/dsfr/dist"),
                    list("dsfr.stylesheets"), list("dsfr.scripts"), list("dsfr.files"));
            // dsfr.prune=false ships the listed stylesheets whole (to compare the look with and without pruning).
            steps.add(Boolean.parseBoolean(settings.get("dsfr.prune", "true")) ? dsfr.pruned() : dsfr);
        }
        steps.add(new SitemapStep(settings.get(SiteSettings.SITE_HOST, "")));
        steps.add(new FeedStep(programme.sessions(), reconciliation.lock(), paths, settings.get("site.name", "Webinaires")));
        BakeReport baked = new SiteBaker(projectDir, output, settings).bake(new ProgrammeView(programme, paths, organizer(),
                TagVocabulary.load(projectDir.resolve(TagVocabulary.FILE_NAME))), files, steps);
        // Only once the site is baked: a failed bake leaves the lock as it was.
        lock.commit(reconciliation);
        return baked;
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
