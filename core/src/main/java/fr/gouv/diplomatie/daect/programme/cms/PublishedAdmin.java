package fr.gouv.diplomatie.daect.programme.cms;

import fr.gouv.diplomatie.daect.programme.bake.SiteStep;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code /admin/} in the published site, only with {@code -Dcms.publish=true}: the same page and
 * scripts as in the preview, Decap CMS's files (without their source maps), and a configuration
 * that saves to the Git host of the settings ({@link GitBackend}). A static host sends no header of
 * ours, so the admin page's own policy is a meta; the public pages keep theirs.
 */
public final class PublishedAdmin implements SiteStep {

    static final List<String> PAGE_FILES = List.of("index.html", "header-format.js", "preview.js", "admin.js");
    private static final String POLICY_MARK = "<meta charset=\"utf-8\">";

    private final Path projectDir;
    private final SiteSettings settings;

    private PublishedAdmin(Path projectDir, SiteSettings settings) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.settings = settings;
    }

    /** The step when the settings ask for it ({@code cms.publish=true}). */
    public static Optional<SiteStep> of(Path projectDir, SiteSettings settings) {
        return GitBackend.requested(settings) ? Optional.of(new PublishedAdmin(projectDir, settings)) : Optional.empty();
    }

    /** Whether the build must install the editing interface's packages (Decap CMS, in cms/) first. */
    public static boolean requested(SiteSettings settings) {
        return GitBackend.requested(settings);
    }

    @Override
    public String name() {
        return "interface d'édition";
    }

    @Override
    public boolean readsPages() {
        return false;
    }

    @Override
    public int write(Path site) throws IOException {
        GitBackend backend = GitBackend.of(settings);
        Path decap = projectDir.resolve(AdminPages.DECAP_DIST);
        if (!Files.isRegularFile(decap.resolve("decap-cms.js"))) {
            throw new IOException("-Dcms.publish=true : Decap CMS n'est pas installé (" + AdminPages.DECAP_DIST
                    + " manque) : lancez « npm ci » dans le dossier cms/ (la construction Maven avec -Dcms.publish=true le fait d’elle-même).");
        }
        Path admin = site.resolve("admin");
        Files.createDirectories(admin.resolve(AdminPages.DECAP));
        int written = 0;
        for (String name : PAGE_FILES) {
            byte[] bytes = resource(name);
            if (name.equals("index.html")) {
                String policy = "<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy(backend.origins()) + "\">";
                bytes = new String(bytes, StandardCharsets.UTF_8).replace(POLICY_MARK, POLICY_MARK + "\n  " + policy).getBytes(StandardCharsets.UTF_8);
            }
            Files.write(admin.resolve(name), bytes);
            written++;
        }
        Files.writeString(admin.resolve("config.yml"), new CmsConfig(projectDir).json(backend.config(), null), StandardCharsets.UTF_8);
        written++;
        try (Stream<Path> files = Files.list(decap)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                // Decap's own bundle and its chunks ("cms.js" is another build of it), never the source maps.
                if (name.endsWith("decap-cms.js") || name.endsWith(".wasm") || name.equals("decap-cms.js.LICENSE.txt")) {
                    Files.copy(file, admin.resolve(AdminPages.DECAP).resolve(name));
                    written++;
                }
            }
        }
        return written;
    }

    /** The local policy, calling the Git host too; a meta cannot carry frame-ancestors, so it is left out. */
    static String policy(List<String> origins) {
        String hosts = String.join(" ", origins);
        return AdminPages.LOCAL_POLICY.replace("connect-src 'self'", "connect-src 'self' " + hosts)
                .replace("img-src 'self' data: blob:", "img-src 'self' data: blob: " + hosts);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PublishedAdmin.class.getResourceAsStream(HeaderFormat.ADMIN_RESOURCES + name)) {
            if (in == null) {
                throw new IOException("ressource manquante : " + name);
            }
            return in.readAllBytes();
        }
    }
}
