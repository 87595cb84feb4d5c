package fr.gouv.diplomatie.daect.programme.validation;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What the rules look at: the content files as read from disk, the site settings, the project root.
 *
 * @param production true for a production build (stricter settings checks)
 */
public record ValidationContext(Path projectDir, List<ContentFile> files, SiteSettings settings, boolean production) {

    /** The vocabulary of session tags, at the repository root. */
    public static final String TAGS_FILE = "tags.properties";

    /** The path of {@code jbake.properties} as printed in diagnostics. */
    public String settingsPath() {
        return SiteSettings.FILE_NAME;
    }

    public Path contentDir() {
        return projectDir.resolve(settings.get("content.folder", "content"));
    }

    /** JBake copies this folder as-is to the root of the site. */
    public Path assetDir() {
        return projectDir.resolve(settings.get("asset.folder", "assets"));
    }

    public Path tagsFile() {
        return projectDir.resolve(TAGS_FILE);
    }

    /**
     * The zone of sessions that do not name their own, when {@code programme.timezone} is a real zone;
     * empty otherwise (a settings rule reports it, and the rules that need it skip their check).
     */
    public Optional<ZoneId> defaultZone() {
        String zone = settings.get(SiteSettings.TIMEZONE, "Europe/Paris");
        return ZoneId.getAvailableZoneIds().contains(zone) ? Optional.of(ZoneId.of(zone)) : Optional.empty();
    }
}
