package fr.gouv.diplomatie.daect.programme.site;

import fr.gouv.diplomatie.daect.programme.programme.Programme;
import fr.gouv.diplomatie.daect.programme.site.RebakePlan.ListedSession;
import fr.gouv.diplomatie.daect.programme.view.GeneratedPage;
import fr.gouv.diplomatie.daect.programme.view.ListingPage;
import fr.gouv.diplomatie.daect.programme.view.ProgrammeView;
import fr.gouv.diplomatie.daect.programme.view.SessionListing;
import fr.gouv.diplomatie.daect.programme.view.SessionView;
import fr.gouv.diplomatie.daect.programme.view.Theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which listing pages without a content file (a year's or a theme's pages, the archives, the search page: see
 * {@link GeneratedPage}) show something else after a change: a page lists at most thirty sessions, so a session
 * renamed or cancelled changes a few pages, not the hundreds of a large programme.
 */
final class ListingChanges {

    private ListingChanges() {
    }

    /**
     * What a listing page shows: its years and sessions, each session with its phase ({@link ListedSession}), in order,
     * and its place among its listing's pages.
     */
    record PageShows(String type, List<Object> entries, int number, int count, int total) {
    }

    /** What every listing page may show of the whole programme: the themes (the filter), the years (the archives). */
    record ProgrammeShows(List<String> themes, List<String> years) {

        static ProgrammeShows of(ProgrammeView view) {
            return new ProgrammeShows(view.getThemes().stream().map(t -> t.getSlug() + " " + t.getLabel() + " " + t.getPath()).toList(),
                    view.getArchiveYears().stream().map(y -> y.getYear() + " " + y.getCount() + " " + y.getPath()).toList());
        }
    }

    /** The paths of the generated pages of {@code after} to render again, given those {@code before} made. */
    static Set<String> of(ProgrammeView before, Programme programmeBefore, ProgrammeView after, Programme programmeAfter) {
        Map<String, PageShows> old = pages(before, programmeBefore);
        Map<String, PageShows> now = pages(after, programmeAfter);
        boolean everyPage = !ProgrammeShows.of(before).equals(ProgrammeShows.of(after));
        return now.entrySet().stream().filter(page -> everyPage || !page.getValue().equals(old.get(page.getKey())))
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    private static Map<String, PageShows> pages(ProgrammeView view, Programme programme) {
        Map<String, PageShows> pages = new HashMap<>();
        for (GeneratedPage page : view.generatedPages()) {
            ListingPage listing = page.listingPage();
            Theme theme = page.theme();
            String type = page.type() + " " + (theme == null ? "" : theme.getSlug()) + " " + (page.year() == null ? "" : page.year());
            pages.put(page.path(), listing == null ? new PageShows(type, List.of(), 0, 0, 0)
                    : new PageShows(type, listed(listing.getListing(), programme), listing.getPagination().getNumber(),
                    listing.getPagination().getCount(), listing.getTotal()));
        }
        return pages;
    }

    /** The years (their headings, even without sessions) and sessions of a listing, upcoming ones first. */
    private static List<Object> listed(SessionListing listing, Programme programme) {
        List<Object> entries = new ArrayList<>();
        entries.add(listing.getUpcoming().size());
        Stream.concat(listing.getUpcoming().stream(), listing.getPast().stream()).forEach(year -> {
            entries.add(year.getYear());
            year.getSessions().stream().map(SessionView::getSession).map(s -> ListedSession.of(programme, s)).forEach(entries::add);
        });
        return entries;
    }
}
