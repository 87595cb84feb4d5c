package fr.gouv.diplomatie.daect.programme.site;

import fr.gouv.diplomatie.daect.programme.assets.DsfrBundle;
import fr.gouv.diplomatie.daect.programme.assets.FrontEndInstaller;
import fr.gouv.diplomatie.daect.programme.bake.BakeException;
import fr.gouv.diplomatie.daect.programme.bake.BakeReport;
import fr.gouv.diplomatie.daect.programme.bake.SiteBaker;
import fr.gouv.diplomatie.daect.programme.bake.SiteStep;
import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.ContentFileReader;
import fr.gouv.diplomatie.daect.programme.programme.Programme;
import fr.gouv.diplomatie.daect.programme.programme.SessionReader;
import fr.gouv.diplomatie.daect.programme.publish.SitemapStep;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.validation.ProgrammeValidator;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;
import fr.gouv.diplomatie.daect.programme.validation.ValidationReport;
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
        SitePaths paths = new SitePaths();
        List<SiteStep> steps = new ArrayList<>();
        if (frontEnd) {
            new FrontEndInstaller(projectDir, log).install();
            steps.add(new DsfrBundle(projectDir.resolve("node_modules/@gouvfr/dsfr/dist"),
                    list("dsfr.stylesheets"), list("dsfr.scripts"), list("dsfr.files")));
        }
        steps.add(new SitemapStep(settings.get(SiteSettings.SITE_HOST, "")));
        return new SiteBaker(projectDir, output, settings).bake(new ProgrammeView(programme, paths), files, steps);
    }

    private List<String> list(String key) {
        return java.util.Arrays.stream(settings.get(key, "").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
