package fr.gouv.diplomatie.daect.programme.bake;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Something the bake writes into the site besides JBake's pages (calendars, feed, search index…): a function of what
 * it was made with (the programme, the settings) and, for a {@link PageStep}, of what the baked pages hold. A step
 * keeps no state between its input and its files: {@link #write} may be called again, for another site.
 */
public interface SiteStep {

    /** A short French name for the build log, e.g. "calendriers". */
    String name();

    /** Writes into {@code site} (the temporary output folder) and says how many files it wrote. */
    int write(Path site) throws IOException;

    /**
     * Whether the step needs JBake's pages written first (it reads them, or runs a tool over them). A step that does not
     * (calendars, feed) runs alongside JBake, on the machine's other core; it must then depend on no JVM-wide default
     * (zone, locale).
     */
    default boolean readsPages() {
        return true;
    }
}
