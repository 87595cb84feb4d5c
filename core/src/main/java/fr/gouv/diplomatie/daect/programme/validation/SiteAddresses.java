package fr.gouv.diplomatie.daect.programme.validation;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.programme.SessionHeader;
import fr.gouv.diplomatie.daect.programme.programme.SessionReader;
import fr.gouv.diplomatie.daect.programme.view.SitePaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every address the baked site will have, relative to its root, computed from the sources
 * before anything is baked: content {@code a/b.md} or {@code a/b.html} publishes to
 * {@code a/b.html}; any other file under {@code content/} is copied as it is (JBake copies them), and a
 * file {@code assets/x/y} publishes to {@code x/y}; the bake also generates the
 * calendars ({@code programme.ics}, {@code webinaires/<slug>.ics}), the Atom feed, the sitemap and
 * robots.txt, the 404 page and the DSFR
 * files under {@code dsfr/} and {@code fonts/}.
 */
public final class SiteAddresses {

    /** Generated folders whose content depends on the front-end install: any address under them is accepted. */
    public static final List<String> GENERATED_FOLDERS = List.of("dsfr/", "fonts/");

    /**
     * Where an address comes from.
     *
     * @param file      the content file, or null for an asset or a generated file
     * @param shownPath what to name in a message: a content or asset path from the repository root, or a description
     */
    public record Source(String address, ContentFile file, String shownPath) {

        public boolean isDraft() {
            return file != null && "draft".equals(file.value(SessionHeader.STATUS).orElse(""));
        }
    }

    private final Map<String, Source> byAddress = new HashMap<>();
    private final List<Source> all = new ArrayList<>();

    private SiteAddresses() {
    }

    public static SiteAddresses of(ValidationContext context) {
        SiteAddresses addresses = new SiteAddresses();
        Path contentDir = context.contentDir();
        for (ContentFile file : context.files()) {
            addresses.add(new Source(addressOf(file, contentDir), file, file.displayPath()));
        }
        for (Path copied : context.copiedContentFiles()) {
            addresses.add(new Source(contentDir.relativize(copied).toString().replace('\\', '/'), null, context.displayPath(copied)));
        }
        addresses.addAssets(context);
        addresses.add(new Source(SitePaths.PROGRAMME_CALENDAR, null, "le calendrier du programme"));
        addresses.add(new Source(SitePaths.FEED, null, "le flux Atom des webinaires"));
        addresses.add(new Source(SitePaths.SITEMAP, null, "le plan du site pour les moteurs de recherche"));
        addresses.add(new Source(SitePaths.ROBOTS, null, "le fichier robots.txt"));
        for (ContentFile file : context.files()) {
            if (file.hasSeparator() && SessionReader.isSession(file)) {
                addresses.add(new Source(SitePaths.sessionCalendar(SessionReader.slug(file)), null,
                        "le calendrier de la session " + file.displayPath()));
            }
        }
        if (!"false".equals(context.settings().get("render.error404", "false"))) {
            addresses.add(new Source(context.settings().get("error404.file", "404.html"), null, "la page d'erreur 404"));
        }
        return addresses;
    }

    /** The address of a content file: its path under the content folder, with the extension {@code .html}. */
    public static String addressOf(ContentFile file, Path contentDir) {
        Path absolute = file.path().toAbsolutePath().normalize();
        Path base = contentDir.toAbsolutePath().normalize();
        String relative = (absolute.startsWith(base) ? base.relativize(absolute) : absolute.getFileName()).toString().replace('\\', '/');
        int dot = relative.lastIndexOf('.');
        return (dot > relative.lastIndexOf('/') ? relative.substring(0, dot) : relative) + ".html";
    }

    private void add(Source source) {
        all.add(source);
        byAddress.putIfAbsent(source.address(), source);
    }

    private void addAssets(ValidationContext context) {
        Path assetDir = context.assetDir();
        if (!Files.isDirectory(assetDir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(assetDir)) {
            files.filter(Files::isRegularFile).sorted().forEach(file ->
                    add(new Source(assetDir.relativize(file).toString().replace('\\', '/'), null, context.displayPath(file))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every source, in order: content files (by path), assets, generated files. Two may share an address. */
    public List<Source> all() {
        return all;
    }

    public Optional<Source> find(String address) {
        return Optional.ofNullable(byAddress.get(address));
    }

    public boolean isGenerated(String address) {
        return GENERATED_FOLDERS.stream().anyMatch(address::startsWith);
    }

    /** The addresses in one folder of the site ("" for the root), for suggestions. */
    public List<String> inFolder(String folder) {
        return byAddress.keySet().stream()
                .filter(a -> a.startsWith(folder) && a.indexOf('/', folder.length()) < 0)
                .sorted()
                .toList();
    }
}
