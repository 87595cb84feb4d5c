package fr.gouv.diplomatie.daect.programme.view;

/**
 * A page the bake renders without a content file, besides JBake's own (404, one per tag): the archives' pages and the
 * theme pages after the first. Its template is the one {@code jbake.properties} names for its type
 * ({@code template.<type>.file}); templates see its listing page as {@code listingPage}, and its theme or year.
 */
public final class GeneratedPage {

    /** The archives' index (years and themes). */
    public static final String ARCHIVES = "archives";
    /** The search page. */
    public static final String SEARCH = "search";
    /** A page of a year's sessions. */
    public static final String YEAR = "year";
    /** A theme's page after the first (JBake renders the first with the tag template). */
    public static final String TAG = "tag";

    private final String path;
    private final String type;
    private final Theme theme;
    private final Integer year;
    private final ListingPage listingPage;

    GeneratedPage(String path, String type, Theme theme, Integer year, ListingPage listingPage) {
        this.path = path;
        this.type = type;
        this.theme = theme;
        this.year = year;
        this.listingPage = listingPage;
    }

    /** From the site root, e.g. {@code archives/2021/page-2.html}. */
    public String path() {
        return path;
    }

    /** The page's type: its template and its DSFR stylesheet. */
    public String type() {
        return type;
    }

    /** The page's theme, or null. */
    public Theme theme() {
        return theme;
    }

    /** The page's year, or null. */
    public Integer year() {
        return year;
    }

    /** The page's listing, or null (the archives' index). */
    public ListingPage listingPage() {
        return listingPage;
    }
}
