package fr.gouv.diplomatie.daect.programme.bake;

import java.io.IOException;
import java.nio.file.Path;

/** Something the bake writes into the site besides JBake's pages (calendars, DSFR files…). */
public interface SiteStep {

    /** A short French name for the build log, e.g. "calendriers". */
    String name();

    /** Writes into {@code site} (the temporary output folder) and says how many files it wrote. */
    int write(Path site) throws IOException;

    /**
     * Whether the step reads the pages JBake writes. A step that does not (calendars, feed) runs alongside
     * JBake, on the machine's other core; it must then depend on no JVM-wide default (zone, locale).
     */
    default boolean readsPages() {
        return true;
    }

    /**
     * A step that reads the pages gets each of them here, before {@link #write}, from several threads at once: the
     * baker reads each page once for all such steps ({@link BakedPage#readAll}). A step whose {@code write} is
     * called without its pages having been given reads them itself.
     */
    default void read(BakedPage page) {
    }
}
