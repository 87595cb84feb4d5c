package fr.gouv.diplomatie.daect.programme.view;

import java.util.ArrayList;
import java.util.List;

/**
 * A page's place among the pages of a paginated listing, as the DSFR pagination ({@code fr-pagination}) shows it:
 * first, previous, the page numbers around the current one, next, last. Page 1 keeps the listing's own address
 * ({@code themes/sante.html}); page n is beside it, in a folder of the same name ({@code themes/sante/page-2.html}).
 */
public final class Pagination {

    /** How many sessions a listing page shows at most (the home page, an archive page, a theme page). */
    public static final int PAGE_SIZE = 30;
    /**
     * Page numbers shown on each side of the current one. Four: any page of a listing of 13 pages (a year of daily
     * sessions) is at most two clicks from its first page, which keeps every session within five links of the home
     * page (archives, year, two pages, session).
     */
    static final int WINDOW = 4;

    /** A page number of the pagination; a gap ("…") between numbers that are not neighbours has no path. */
    public static final class Link {
        private final int number;
        private final String path;
        private final boolean current;

        Link(int number, String path, boolean current) {
            this.number = number;
            this.path = path;
            this.current = current;
        }

        public int getNumber() {
            return number;
        }

        /** From the site root; empty for a gap. */
        public String getPath() {
            return path;
        }

        public boolean isCurrent() {
            return current;
        }

        public boolean isGap() {
            return path.isEmpty();
        }
    }

    private final String firstPath;
    private final int number;
    private final int count;

    Pagination(String firstPath, int number, int count) {
        this.firstPath = firstPath;
        this.number = number;
        this.count = count;
    }

    /** The address of page {@code number} of the listing whose first page is {@code firstPath}. */
    public static String pagePath(String firstPath, int number) {
        if (number == 1) {
            return firstPath;
        }
        String stem = firstPath.endsWith(".html") ? firstPath.substring(0, firstPath.length() - ".html".length()) : firstPath;
        return stem + "/page-" + number + ".html";
    }

    /** How many pages the listing needs for {@code size} sessions (at least one, which may say that there is none). */
    public static int pageCount(int size) {
        return Math.max(1, (size + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public int getNumber() {
        return number;
    }

    public int getCount() {
        return count;
    }

    /** More than one page: the pagination is shown. */
    public boolean isShown() {
        return count > 1;
    }

    public String getPath() {
        return pagePath(firstPath, number);
    }

    public String getFirst() {
        return firstPath;
    }

    public String getLast() {
        return pagePath(firstPath, count);
    }

    /** The previous page's address, empty on the first page. */
    public String getPrevious() {
        return number > 1 ? pagePath(firstPath, number - 1) : "";
    }

    /** The next page's address, empty on the last page. */
    public String getNext() {
        return number < count ? pagePath(firstPath, number + 1) : "";
    }

    /** Page 1, the pages around the current one, the last page, with a gap wherever numbers are skipped. */
    public List<Link> getLinks() {
        List<Link> links = new ArrayList<>();
        int previous = 0;
        for (int page = 1; page <= count; page++) {
            boolean shown = page == 1 || page == count || Math.abs(page - number) <= WINDOW;
            if (!shown) {
                continue;
            }
            if (page > previous + 1) {
                links.add(new Link(0, "", false));
            }
            links.add(new Link(page, pagePath(firstPath, page), page == number));
            previous = page;
        }
        return links;
    }
}
