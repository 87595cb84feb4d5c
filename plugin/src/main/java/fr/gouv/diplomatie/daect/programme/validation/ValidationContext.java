package fr.gouv.diplomatie.daect.programme.validation;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;

import java.nio.file.Path;
import java.util.List;

/**
 * What the rules look at: the content files as read from disk, the site settings, the project root.
 *
 * @param production true for a production build (stricter settings checks)
 */
public record ValidationContext(Path projectDir, List<ContentFile> files, SiteSettings settings, boolean production) {

    /** The path of {@code jbake.properties} as printed in diagnostics. */
    public String settingsPath() {
        return SiteSettings.FILE_NAME;
    }
}
