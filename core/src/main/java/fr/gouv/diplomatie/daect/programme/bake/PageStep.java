package fr.gouv.diplomatie.daect.programme.bake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collector;

/**
 * A step made from what the baked pages hold (the DSFR's rules the pages use, the sitemap's addresses): in a bake,
 * each page is read once for all such steps, on every core, and each step's {@link #pages} collector keeps what it
 * needs of it; then {@link #write(Path, Object)} writes the step's files from that alone.
 *
 * @param <T> what the step keeps of the pages
 */
public interface PageStep<T> extends SiteStep {

    /** What the step keeps of the pages; its accumulator is called from several threads, each with its own container. */
    Collector<BakedPage, ?, T> pages();

    /** Writes into {@code site} from what its pages hold; how many files it wrote. */
    int write(Path site, T pages) throws IOException;

    /** Alone, outside a bake: reads the pages of {@code site} itself. */
    @Override
    default int write(Path site) throws IOException {
        return write(site, BakedPage.collect(site, pages()));
    }
}
