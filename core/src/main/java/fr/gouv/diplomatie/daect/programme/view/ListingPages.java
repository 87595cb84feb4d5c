package fr.gouv.diplomatie.daect.programme.view;

import fr.gouv.diplomatie.daect.programme.programme.Programme;
import fr.gouv.diplomatie.daect.programme.programme.Session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The programme's paginated listings: each theme's sessions and each year's (the archives), cut into pages of at most
 * {@link Pagination#PAGE_SIZE} sessions, so that no page grows with the programme. Within a listing, sessions come as
 * on the home page: the upcoming ones first, in chronological order, then the past ones, most recent first.
 */
final class ListingPages {

    private final Programme programme;
    private final Function<Session, SessionView> view;
    private final SitePaths paths;
    private final Map<String, List<ListingPage>> byTheme = new LinkedHashMap<>();
    private final Map<Integer, List<ListingPage>> byYear = new LinkedHashMap<>();
    private final List<ArchiveYear> years = new ArrayList<>();

    ListingPages(Programme programme, Function<Session, SessionView> view, SitePaths paths, List<Theme> themes) {
        this.programme = programme;
        this.view = view;
        this.paths = paths;
        for (Theme theme : themes) {
            byTheme.put(theme.getSlug(), paginate(theme.getPath(), programme.taggedWith(theme.getSlug())));
        }
        // Most recent year first: the archives are read from the latest.
        programme.byYear().entrySet().stream().sorted(Map.Entry.<Integer, List<Session>>comparingByKey().reversed()).forEach(year -> {
            String path = paths.archiveYear(year.getKey());
            byYear.put(year.getKey(), paginate(path, year.getValue()));
            years.add(new ArchiveYear(year.getKey(), year.getValue().size(), path));
        });
    }

    /** The sessions in listing order, cut into pages. */
    private List<ListingPage> paginate(String firstPath, List<Session> sessions) {
        List<Session> ordered = ordered(sessions);
        int count = Pagination.pageCount(ordered.size());
        List<ListingPage> pages = new ArrayList<>(count);
        for (int page = 1; page <= count; page++) {
            int from = (page - 1) * Pagination.PAGE_SIZE;
            List<Session> slice = ordered.subList(from, Math.min(ordered.size(), from + Pagination.PAGE_SIZE));
            pages.add(new ListingPage(new SessionListing(slice, programme, view), new Pagination(firstPath, page, count),
                    ordered.size(), from + 1));
        }
        return pages;
    }

    /** Upcoming sessions in chronological order, then past ones, most recent first. */
    private List<Session> ordered(List<Session> sessions) {
        Stream<Session> coming = sessions.stream().filter(s -> !programme.isPast(s));
        Stream<Session> over = sessions.stream().filter(programme::isPast).sorted(Comparator.comparing(Session::startInstant).reversed());
        return Stream.concat(coming, over).toList();
    }

    /** Page {@code number} of a theme's listing; its first page for a theme no session carries. */
    ListingPage theme(Theme theme, int number) {
        // (Read from the rendering threads: nothing is added to the map afterwards.)
        List<ListingPage> pages = byTheme.getOrDefault(theme.getSlug(), List.of());
        if (pages.isEmpty()) {
            pages = paginate(theme.getPath(), programme.taggedWith(theme.getSlug()));
        }
        return pages.get(Math.min(Math.max(number, 1), pages.size()) - 1);
    }

    /** Every year of the programme, most recent first. */
    List<ArchiveYear> years() {
        return years;
    }

    /** The pages the bake renders besides JBake's: the archives' index, the search page, every year's pages, each theme's pages after the first. */
    List<GeneratedPage> generated(Function<String, Theme> themes) {
        List<GeneratedPage> pages = new ArrayList<>();
        pages.add(new GeneratedPage(paths.archives(), GeneratedPage.ARCHIVES, null, null, null));
        pages.add(new GeneratedPage(paths.search(), GeneratedPage.SEARCH, null, null, null));
        byYear.forEach((year, listing) -> listing.forEach(page ->
                pages.add(new GeneratedPage(page.getPath(), GeneratedPage.YEAR, null, year, page))));
        byTheme.forEach((slug, listing) -> listing.stream().skip(1).forEach(page ->
                pages.add(new GeneratedPage(page.getPath(), GeneratedPage.TAG, themes.apply(slug), null, page))));
        return pages;
    }
}
