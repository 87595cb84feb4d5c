package fr.gouv.diplomatie.daect.programme.site;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the preview's rebuilds leave for later (see {@link LiveSite#writeDeferred}), part by part. The deferred writer
 * takes what was asked for, makes it outside the site's lock, then publishes each part only if it is still current:
 * neither asked for again by a newer rebuild meanwhile (that rebuild's own deferred run makes it again, from newer
 * sources), nor made out of date by a full bake (which wrote everything itself, or asked again for what it did not).
 * Not thread-safe: used under the site's lock.
 */
final class DeferredWork {

    /** The files of the whole programme that a partial rebake leaves for later. */
    enum Part {
        /** The programme's calendar and the Atom feed. */
        PROGRAMME_FILES,
        /** The sitemap (it reads every page). */
        SITEMAP,
        /** The search index (Pagefind reads every session page). */
        SEARCH_INDEX
    }

    /** What the deferred writer took: the parts to make, and the full bake they were asked for after. */
    record Taken(Set<Part> parts, long fullBake) {

        Taken {
            parts = Set.copyOf(parts);
        }

        boolean has(Part part) {
            return parts.contains(part);
        }
    }

    private final Set<Part> pending = EnumSet.noneOf(Part.class);
    private long fullBakes;

    /** A rebuild leaves {@code part} to make again. */
    void request(Part part) {
        pending.add(part);
    }

    /** A full bake wrote everything but {@code left}: what the writer took before it is out of date. */
    void fullBake(Set<Part> left) {
        fullBakes++;
        pending.clear();
        pending.addAll(left);
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Hands every part asked for to the writer. */
    Taken take() {
        Taken taken = new Taken(pending, fullBakes);
        pending.clear();
        return taken;
    }

    /** Whether what the writer made of {@code part} may be published: no full bake since, and not asked for again. */
    boolean isCurrent(Taken taken, Part part) {
        return taken.has(part) && taken.fullBake() == fullBakes && !pending.contains(part);
    }

    /** The writer failed: the parts it took are asked for again, unless a full bake has made them since. */
    void giveBack(Taken taken) {
        if (taken.fullBake() == fullBakes) {
            pending.addAll(taken.parts());
        }
    }
}
