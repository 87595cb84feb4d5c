package fr.gouv.diplomatie.daect.programme.preview;

import fr.gouv.diplomatie.daect.programme.assets.FrontEndInstaller;
import fr.gouv.diplomatie.daect.programme.cms.EditingInterface;
import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.registration.FormProtocol;
import fr.gouv.diplomatie.daect.programme.settings.BuildSettings;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.site.LiveSite;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The live preview, assembled: the site baked and kept warm ({@link LiveSite}), rebuilt one change
 * at a time ({@link RebuildCoordinator}) when the watcher sees a saved file ({@link DebouncingWatcher}),
 * served with the local form receiver, each page reloading itself after a rebuild and showing the
 * errors of a failed one ({@link LiveReload}, {@link PreviewPages}).
 */
public final class LivePreview implements AutoCloseable {

    /** How long nothing must change before a rebuild starts: an editor's save is often several writes. */
    static final Duration QUIET = Duration.ofMillis(80);

    private final BuildStatus status;
    private final LiveSite site;
    private final RebuildCoordinator coordinator;
    private final PreviewServer server;
    private final DebouncingWatcher watcher;

    /**
     * Settings are read anew for each rebuild ({@code settings}); the form receiver and the watched
     * folders are those of the start.
     */
    public record Options(Path projectDir, Path output, Supplier<SiteSettings> settings, Clock clock, boolean frontEnd,
                          int port, Path submissions) {
    }

    private LivePreview(Options options, BuildLog terminal) throws IOException {
        if (options.frontEnd()) {
            // The editing interface (/admin/) too: installed for the preview only, mvn package stays light.
            FrontEndInstaller.editingInterface(options.projectDir(), terminal).install();
        }
        this.status = new BuildStatus();
        this.site = new LiveSite(options.projectDir(), options.output(), options.settings(), options.clock(), options.frontEnd(), terminal);
        this.coordinator = new RebuildCoordinator(new SiteRebuilder(site, terminal), status::publish);
        SiteSettings settings = options.settings().get();
        FormReceiver receiver = new FormReceiver(FormProtocol.from(settings), new SubmissionLog(options.submissions()), options.clock(), terminal);
        this.server = PreviewServer.bind(options.port())
                .serveSite(options.output(), new PreviewPages(status, () -> today(options)))
                .receiveForms(receiver)
                .handle(LiveReload.PATH, new LiveReload(status));
        Path project = options.projectDir().toAbsolutePath().normalize();
        BuildSettings folders = BuildSettings.of(project, settings);
        EditingInterface.serve(server, project);
        this.watcher = new DebouncingWatcher(
                List.of(folders.contentDir(), folders.templateDir(), folders.assetDir()),
                LiveSite.PROJECT_FILES.stream().sorted().map(project::resolve).toList(),
                QUIET, coordinator::request);
    }

    /**
     * Binds the port, starts watching, and returns once the first build is over (successful or not:
     * the preview then shows its errors and waits for a fix).
     *
     * @throws IOException when the port is taken
     */
    public static LivePreview start(Options options, BuildLog terminal) throws IOException, InterruptedException {
        LivePreview preview = new LivePreview(options, terminal);
        String before = preview.status.id();
        preview.server.start();
        preview.watcher.start();
        preview.coordinator.start();
        while (preview.status.awaitChange(before, Duration.ofMinutes(10)).equals(before)) {
            // A first bake of a very large programme: keep waiting.
        }
        return preview;
    }

    /** The moment programme.today sets, if set; a date that is not one is the validation's to report. */
    private static java.util.Optional<java.time.Instant> today(Options options) {
        SiteSettings settings = options.settings().get();
        try {
            return settings.get(SiteSettings.TODAY).filter(d -> !d.isBlank()).map(d -> settings.now(options.clock()));
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    public String url() {
        return server.url();
    }

    public BuildStatus status() {
        return status;
    }

    /** Stops watching, lets a rebuild under way finish, closes the server and frees JBake's memory. */
    @Override
    public void close() {
        watcher.close();
        coordinator.close();
        server.close();
        site.close();
    }
}
