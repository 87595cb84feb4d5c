package fr.gouv.diplomatie.daect.programme.site;

import fr.gouv.diplomatie.daect.programme.bake.SiteStep;
import fr.gouv.diplomatie.daect.programme.calendar.CalendarSettings;
import fr.gouv.diplomatie.daect.programme.calendar.CalendarStep;
import fr.gouv.diplomatie.daect.programme.cms.PublishedAdmin;
import fr.gouv.diplomatie.daect.programme.content.MarkdownBodies;
import fr.gouv.diplomatie.daect.programme.programme.TagVocabulary;
import fr.gouv.diplomatie.daect.programme.publish.FeedStep;
import fr.gouv.diplomatie.daect.programme.publish.SitemapStep;
import fr.gouv.diplomatie.daect.programme.search.SearchIndexStep;
import fr.gouv.diplomatie.daect.programme.settings.BuildSettings;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.site.SiteBuild.Sources;
import fr.gouv.diplomatie.daect.programme.view.DocumentFiles;
import fr.gouv.diplomatie.daect.programme.view.Organizer;
import fr.gouv.diplomatie.daect.programme.view.ProgrammeView;
import fr.gouv.diplomatie.daect.programme.view.SitePaths;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the bake makes of the sources besides JBake's pages — the templates' model, the calendars, the sitemap, the
 * feed — each a function of the sources and the settings: the full bake and the preview's partial rebakes make
 * them alike. {@code bodies}: the Markdown bodies of one bake, parsed once for JBake's pages and the calendars.
 */
record BakeSteps(Path projectDir, SiteSettings settings, BuildSettings build, MarkdownBodies bodies) {

    BakeSteps(Path projectDir, SiteSettings settings, BuildSettings build) {
        this(projectDir, settings, build, MarkdownBodies.of(settings));
    }

    SitePaths paths() {
        return new SitePaths(build.siteHost());
    }

    ProgrammeView view(Sources sources) {
        return new ProgrammeView(sources.programme(), paths(), new Organizer(build.organization(), build.contactEmail()),
                TagVocabulary.load(projectDir.resolve(TagVocabulary.FILE_NAME)), new DocumentFiles(build.assetDir()));
    }

    CalendarStep calendars(Sources sources) {
        return CalendarStep.of(sources.programme().sessions(), sources.lock().lock(), sources.files(), CalendarSettings.from(settings), paths(), bodies);
    }

    SitemapStep sitemap() {
        return new SitemapStep(build.siteHost());
    }

    FeedStep feed(Sources sources) {
        return new FeedStep(sources.programme().sessions(), sources.lock().lock(), paths(), build.siteName(), build.organization());
    }

    /**
     * Every step of a full bake, in order: calendars, the front end if any, sitemap, feed, the published editing
     * interface if any; with {@code searchIndex}, Pagefind's index of the pages too (with the DSFR's npm installation;
     * not in partial rebakes).
     */
    List<SiteStep> all(Sources sources, Optional<SiteStep> frontEnd, boolean searchIndex) {
        return all(calendars(sources), sources, frontEnd, searchIndex, null);
    }

    /**
     * The same steps for a build that keeps the rest from the previous site ({@code previousSite}): only the
     * {@code calendars} of these sessions (and the programme's), and the search index only if {@code searchIndex}
     * (its files shared with the previous index linked).
     */
    List<SiteStep> changed(Sources sources, Set<UUID> calendars, Optional<SiteStep> frontEnd, boolean searchIndex, Path previousSite) {
        return all(calendars(sources).restrictedTo(calendars, true), sources, frontEnd, searchIndex,
                previousSite.resolve(SitePaths.SEARCH_INDEX_DIR));
    }

    private List<SiteStep> all(CalendarStep calendars, Sources sources, Optional<SiteStep> frontEnd, boolean searchIndex,
                               Path previousIndex) {
        List<SiteStep> steps = new ArrayList<>();
        steps.add(calendars);
        frontEnd.ifPresent(steps::add);
        steps.add(sitemap());
        steps.add(feed(sources));
        PublishedAdmin.of(projectDir, settings).ifPresent(steps::add);
        if (searchIndex) {
            steps.add(new SearchIndexStep(projectDir, previousIndex));
        }
        return steps;
    }
}
