package fr.gouv.diplomatie.daect.programme.site;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.validation.SiteAddresses;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The pages without a content file (archive years and their pages, the theme pages after the first: see
 * {@code ProgrammeView.generatedPages()}) that the last bake wrote and the new one does not: a year that lost a page's
 * worth of sessions, a theme no session has any more. The preview's partial rebakes delete them, so that they are not
 * served any more — and only them: never a page the new bake makes, nor a file that something else writes at the same
 * place (an asset, a content file's page).
 */
final class StalePages {

    private StalePages() {
    }

    /**
     * @param before           the generated pages of the last bake, from the site's root
     * @param after            those of the new bake
     * @param writtenOtherwise whether the new bake writes a path by other means than a generated page
     */
    static Set<String> of(Collection<String> before, Collection<String> after, Predicate<String> writtenOtherwise) {
        Set<String> stale = new TreeSet<>(before);
        stale.removeAll(Set.copyOf(after));
        stale.removeIf(writtenOtherwise);
        return stale;
    }

    /**
     * What a bake writes from sources of its own, besides the generated pages: the files copied as they are (from the
     * assets folder, and the files of {@code content/} that are not content) and the page of each content file.
     */
    static Predicate<String> writtenFrom(Path assetDir, Path contentDir, List<ContentFile> files) {
        Path content = contentDir.toAbsolutePath().normalize();
        Set<String> contentPages = new TreeSet<>();
        for (ContentFile file : files) {
            if (file.path().toAbsolutePath().normalize().startsWith(content)) {
                contentPages.add(SiteAddresses.addressOf(file, content));
            }
        }
        return sitePath -> contentPages.contains(sitePath) || Files.exists(assetDir.resolve(sitePath))
                || Files.exists(content.resolve(sitePath));
    }
}
