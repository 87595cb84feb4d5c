package fr.gouv.diplomatie.daect.programme.view;

/**
 * One page of a paginated listing (a theme's sessions, a year's sessions): at most {@link Pagination#PAGE_SIZE}
 * sessions, listed as the home page lists them, and its place among the listing's pages.
 */
public final class ListingPage {

    private final SessionListing listing;
    private final Pagination pagination;
    private final int total;
    private final int first;

    ListingPage(SessionListing listing, Pagination pagination, int total, int first) {
        this.listing = listing;
        this.pagination = pagination;
        this.total = total;
        this.first = first;
    }

    /** This page's sessions. */
    public SessionListing getListing() {
        return listing;
    }

    public Pagination getPagination() {
        return pagination;
    }

    /** The page's address from the site root. */
    public String getPath() {
        return pagination.getPath();
    }

    /** How many sessions the whole listing has, over all its pages. */
    public int getTotal() {
        return total;
    }

    /** "12 webinaires". */
    public String getTotalLabel() {
        return FrenchFormat.count(total, "webinaire", "webinaires");
    }

    /** On a page after the first, or a listing of several pages: "webinaires 31 à 60 sur 95"; otherwise empty. */
    public String getRangeLabel() {
        if (!pagination.isShown()) {
            return "";
        }
        int last = first + listing.getSize() - 1;
        return "webinaires " + first + " à " + last + " sur " + total;
    }
}
