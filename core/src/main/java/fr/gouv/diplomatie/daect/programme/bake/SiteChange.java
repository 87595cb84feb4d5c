package fr.gouv.diplomatie.daect.programme.bake;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * What a warm rebake must do (see {@link WarmSite#rebake}).
 *
 * @param changedSources content files that are new or whose text changed: parsed again
 * @param removedSources content files that no longer exist: their pages are deleted
 * @param pagesToRender  content files whose page is rendered again (the changed ones, and those showing what changed)
 * @param assets         files copied as they are (under {@code assets/}, or non-content files under {@code content/})
 * @param deletedOutputs files of the site to delete, from the site's root (a removed asset, a removed session's calendar,
 *                       a page without a content file that the programme no longer needs)
 * @param tagPages       whether the page of every tag is rendered again (they list their sessions)
 */
public record SiteChange(Set<Path> changedSources, Set<Path> removedSources, Set<Path> pagesToRender,
                         Set<Path> assets, Set<String> deletedOutputs, boolean tagPages) {

    public SiteChange {
        changedSources = Set.copyOf(changedSources);
        removedSources = Set.copyOf(removedSources);
        pagesToRender = Set.copyOf(pagesToRender);
        assets = Set.copyOf(assets);
        deletedOutputs = Set.copyOf(deletedOutputs);
    }

    /** The same change, deleting {@code outputs} from the site as well. */
    public SiteChange alsoDeleting(Set<String> outputs) {
        if (outputs.isEmpty()) {
            return this;
        }
        Set<String> deleted = new HashSet<>(deletedOutputs);
        deleted.addAll(outputs);
        return new SiteChange(changedSources, removedSources, pagesToRender, assets, deleted, tagPages);
    }
}
