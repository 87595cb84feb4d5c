package fr.gouv.diplomatie.daect.site.browser;

import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.preview.FormReceiver;
import fr.gouv.diplomatie.daect.programme.preview.PreviewServer;
import fr.gouv.diplomatie.daect.programme.preview.SubmissionLog;
import fr.gouv.diplomatie.daect.programme.registration.FormProtocol;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.site.SiteBuild;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A copy of the site baked for the browser tests, as the programme stood on 1 October 2020 (every
 * session open for registration), served by the plugin's preview server with the real receiver.
 * <p>
 * The project's own bake ({@code target/www}) cannot serve: its "today" is the build's, when every
 * session is past, and its form posts to the preview's address. So the tests bake their own copy
 * with the plugin's {@link SiteBuild}, once per test run, after choosing free ports: the ports must
 * be known before the bake, since the page names the receiver in its form and its CSP.
 * <p>
 * Two layouts: {@link #external()} puts the receiver on its own port, a different origin, like the
 * real form service ({@code form.action} set: CORS, CSP allowing exactly that address, the redirect
 * to the thank-you page on {@code site.host}); {@link #preview()} leaves {@code form.action} empty
 * and serves site and receiver together, as {@code mvn -Ppreview package} does.
 */
public final class TestSite implements AutoCloseable {

    public static final String TODAY = "2020-10-01";
    /**
     * A morning of that day: a browser whose clock is set there sees the site as it was baked (the
     * pages' script would otherwise find every session over, by today's clock).
     */
    public static final Instant VISIT = Instant.parse(TODAY + "T08:00:00Z");

    private static TestSite external;
    private static TestSite preview;

    private final Path projectDir;
    private final Path siteDir;
    private final Submissions submissions;
    private final FormProtocol protocol;
    private final HoldableHandler receiver;
    private final PreviewServer siteServer;
    private final boolean separateReceiver;
    private PreviewServer receiverServer;
    private final int receiverPort;

    public static synchronized TestSite external() throws Exception {
        if (external == null) {
            external = new TestSite("www-test", true);
        }
        return external;
    }

    public static synchronized TestSite preview() throws Exception {
        if (preview == null) {
            preview = new TestSite("www-test-apercu", false);
        }
        return preview;
    }

    public static Path projectDir() {
        return Path.of(System.getProperty("project.dir", ".")).toAbsolutePath().normalize();
    }

    private TestSite(String name, boolean separateReceiver) throws Exception {
        this.projectDir = projectDir();
        this.siteDir = projectDir.resolve("target").resolve(name);
        this.separateReceiver = separateReceiver;
        Path log = projectDir.resolve("target").resolve(name + "-inscriptions.jsonl");
        Files.deleteIfExists(log);
        this.submissions = new Submissions(log);

        siteServer = PreviewServer.bind(0).serveSite(siteDir);
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("programme.today", TODAY);
        overrides.put("site.host", "http://127.0.0.1:" + siteServer.port() + "/");
        if (separateReceiver) {
            receiverServer = PreviewServer.bind(0);
            receiverPort = receiverServer.port();
            overrides.put("form.action", "http://127.0.0.1:" + receiverPort + "/" + FormProtocol.LOCAL_RECEIVER);
        } else {
            receiverPort = siteServer.port();
            overrides.put("form.action", "");
        }
        SiteSettings settings = SiteSettings.load(projectDir, overrides);
        protocol = FormProtocol.from(settings);
        // On its own port the receiver stands for the real service, which takes posts from the site's pages only.
        receiver = new HoldableHandler(separateReceiver
                ? new FormReceiver(protocol, new SubmissionLog(log), Clock.systemUTC(), BuildLog.silent(), URI.create(overrides.get("site.host")))
                : new FormReceiver(protocol, new SubmissionLog(log), Clock.systemUTC(), BuildLog.silent()));
        if (separateReceiver) {
            receiverServer.handle("/" + FormProtocol.LOCAL_RECEIVER, receiver).start();
        } else {
            siteServer.handle("/" + FormProtocol.LOCAL_RECEIVER, receiver);
        }
        siteServer.start();
        new SiteBuild(projectDir, siteDir, settings, Clock.systemUTC(), false, BuildLog.silent()).bake();
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    public String url(String path) {
        return "http://127.0.0.1:" + siteServer.port() + "/" + path;
    }

    public String receiverUrl() {
        return "http://127.0.0.1:" + receiverPort + "/" + FormProtocol.LOCAL_RECEIVER;
    }

    public Path siteDir() {
        return siteDir;
    }

    public Submissions submissions() {
        return submissions;
    }

    public HoldableHandler receiver() {
        return receiver;
    }

    /** The service goes away: its port refuses connections, as a network failure does. */
    public synchronized void stopReceiver() {
        if (!separateReceiver) {
            throw new IllegalStateException("la réception locale partage le serveur du site");
        }
        receiverServer.close();
    }

    /** The service comes back on the same address. */
    public synchronized void restartReceiver() throws Exception {
        receiverServer = PreviewServer.bind(receiverPort).handle("/" + FormProtocol.LOCAL_RECEIVER, receiver).start();
    }

    @Override
    public synchronized void close() {
        siteServer.close();
        if (receiverServer != null) {
            receiverServer.close();
        }
    }
}
