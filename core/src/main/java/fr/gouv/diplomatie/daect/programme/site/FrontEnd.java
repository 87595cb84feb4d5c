package fr.gouv.diplomatie.daect.programme.site;

import fr.gouv.diplomatie.daect.programme.assets.DsfrBundle;
import fr.gouv.diplomatie.daect.programme.assets.FrontEndInstaller;
import fr.gouv.diplomatie.daect.programme.assets.PreviousFrontEnd;
import fr.gouv.diplomatie.daect.programme.bake.SiteStep;
import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.settings.BuildSettings.DsfrSelection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How a bake ships the DSFR: installed with npm and bundled (pruned to what the pages use, unless {@code prune} is
 * false), copied from the site being replaced ({@code previousSite}, the preview's rebuilds: the files change only
 * with package-lock.json or the dsfr.* settings), or not at all ({@code ship} false: the plugin's own sample
 * projects, which test content and calendars, not the look).
 */
record FrontEnd(boolean ship, boolean prune, Path previousSite) {

    static final FrontEnd STANDARD = new FrontEnd(true, true, null);

    FrontEnd none() {
        return new FrontEnd(false, prune, previousSite);
    }

    /** The DSFR stylesheets as listed, not pruned (the preview's: a page rebaked alone may use a rule no page used before). */
    FrontEnd whole() {
        return new FrontEnd(ship, false, previousSite);
    }

    FrontEnd copiedFrom(Path site) {
        return new FrontEnd(ship, prune, site);
    }

    /** Whether the site's search index is built: with the DSFR's npm installation, not when copied from the previous site. */
    boolean indexesSearch() {
        return ship && previousSite == null;
    }

    /**
     * The step that ships the DSFR, if any, installed first if need be; {@code readAhead}: starting to read it now;
     * {@code editingInterface}: Decap CMS (its own npm project in cms/) is installed too (for {@code -Dcms.publish=true}).
     */
    Optional<SiteStep> step(Path projectDir, DsfrSelection selection, BuildLog log, boolean readAhead, boolean editingInterface)
            throws IOException {
        if (previousSite != null) {
            return Optional.of(new PreviousFrontEnd(previousSite));
        }
        if (!ship) {
            return Optional.empty();
        }
        new FrontEndInstaller(projectDir, log).install();
        if (editingInterface) {
            FrontEndInstaller.editingInterface(projectDir, log).install();
        }
        DsfrBundle dsfr = new DsfrBundle(projectDir.resolve("node_modules/@gouvfr/dsfr/dist"),
                selection.stylesheets(), selection.scripts(), selection.files());
        DsfrBundle bundle = prune && selection.prune() ? dsfr.pruned() : dsfr;
        return Optional.of(readAhead ? bundle.readAhead() : bundle);
    }
}
