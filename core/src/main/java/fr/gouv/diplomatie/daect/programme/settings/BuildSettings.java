package fr.gouv.diplomatie.daect.programme.settings;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The settings the pipeline itself reads, typed and read once from {@link SiteSettings} ({@code jbake.properties}
 * with the command line on top): each key and its default are written here only, not at every place that needs them.
 *
 * @param contentDir   {@code content.folder}: the Markdown pages
 * @param assetDir     {@code asset.folder}: files copied as they are to the site's root
 * @param templateDir  {@code template.folder}: the FreeMarker templates
 * @param siteHost     {@code site.host}: the site's address, or empty when unknown
 * @param siteName     {@code site.name}: the site's title (feed, calendars)
 * @param organization who organises the webinars, with its acronym ({@link Organisation#getFullName()})
 * @param contactEmail {@code contact.email}
 * @param dsfr         the DSFR files shipped with the site
 * @param lockMode     {@code programme.lock}, as written ({@code update} by default)
 */
public record BuildSettings(Path contentDir, Path assetDir, Path templateDir, String siteHost, String siteName,
                            String organization, String contactEmail, DsfrSelection dsfr, String lockMode) {

    /** The key of the calendar lock's mode, given on the command line in CI ({@code -Dprogramme.lock=verify}). */
    public static final String LOCK_MODE = "programme.lock";

    /**
     * The DSFR files listed by {@code dsfr.stylesheets}, {@code dsfr.scripts} and {@code dsfr.files};
     * {@code prune}: {@code dsfr.prune}, false to ship the stylesheets whole (to compare the look with and without pruning).
     */
    public record DsfrSelection(List<String> stylesheets, List<String> scripts, List<String> files, boolean prune) {
    }

    /** The settings of the project in {@code project}; its folders are resolved against it. */
    public static BuildSettings of(Path project, SiteSettings settings) {
        return new BuildSettings(
                project.resolve(settings.get("content.folder", "content")),
                project.resolve(settings.get("asset.folder", "assets")),
                project.resolve(settings.get("template.folder", "templates")),
                settings.get(SiteSettings.SITE_HOST, ""),
                settings.get("site.name", "Webinaires"),
                Organisation.of(settings).getFullName(),
                settings.get(SiteSettings.CONTACT_EMAIL, ""),
                new DsfrSelection(list(settings, "dsfr.stylesheets"), list(settings, "dsfr.scripts"), list(settings, "dsfr.files"),
                        Boolean.parseBoolean(settings.get("dsfr.prune", "true"))),
                settings.get(LOCK_MODE, "update"));
    }

    private static List<String> list(SiteSettings settings, String key) {
        return Arrays.stream(settings.get(key, "").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
