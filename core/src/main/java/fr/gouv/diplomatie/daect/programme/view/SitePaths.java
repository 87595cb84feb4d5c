package fr.gouv.diplomatie.daect.programme.view;

import fr.gouv.diplomatie.daect.programme.programme.Session;
import fr.gouv.diplomatie.daect.programme.settings.Placeholders;

/**
 * Where things are on the baked site, relative to its root. Every template and generator takes
 * addresses from here, so that pages, calendars and checks agree. With the site's host
 * ({@code site.host}) it also gives absolute addresses, for what leaves the site: calendars,
 * "add to my calendar" links, structured data.
 */
public final class SitePaths {

    public static final String SESSIONS_DIR = "webinaires";
    public static final String PROGRAMME_CALENDAR = "programme.ics";
    public static final String REGISTRATION = "inscription.html";
    /** Where JBake writes the page of each tag ({@code tag.path}): one page per theme or place. */
    public static final String THEMES_DIR = "themes";
    /** The Atom feed of the sessions. */
    public static final String FEED = "webinaires.atom";
    /** The site map for search engines, and the file that points them to it. */
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    /** The archives: an index of the years and themes, and each year's sessions, paginated. */
    public static final String ARCHIVES_DIR = "archives";
    public static final String SEARCH = "recherche.html";
    /** The search index (Pagefind's, written by {@code SearchIndexStep}); the search page loads {@code pagefind/pagefind.js}. */
    public static final String SEARCH_INDEX_DIR = "pagefind";

    private final String host;

    /** Relative addresses only (absolute ones are then relative too). */
    public SitePaths() {
        this("");
    }

    /** @param host the site's address, e.g. {@code https://example.org/webinaires-daect/} */
    public SitePaths(String host) {
        this.host = host == null || host.isEmpty() || host.endsWith("/") ? (host == null ? "" : host) : host + "/";
    }

    public String sessionPage(Session session) {
        return SESSIONS_DIR + "/" + session.slug() + ".html";
    }

    public String sessionCalendar(Session session) {
        return sessionCalendar(session.slug());
    }

    /** The calendar of the session whose file is {@code <slug>.md}. */
    public static String sessionCalendar(String slug) {
        return SESSIONS_DIR + "/" + slug + ".ics";
    }

    /** The page listing the sessions of a tag, e.g. {@code themes/sante.html}. */
    public String themePage(String tag) {
        return THEMES_DIR + "/" + tag + ".html";
    }

    /** The archives' index: {@code archives/index.html}. */
    public String archives() {
        return ARCHIVES_DIR + "/index.html";
    }

    /** The search page, where the header's search bar leads. */
    public String search() {
        return SEARCH;
    }

    /** The first page of a year's sessions, e.g. {@code archives/2021.html}. */
    public String archiveYear(int year) {
        return ARCHIVES_DIR + "/" + year + ".html";
    }

    public String programmeCalendar() {
        return PROGRAMME_CALENDAR;
    }

    public String registration(Session session) {
        return REGISTRATION + "?session=" + session.slug();
    }

    /** The site's address, ending with {@code /}. */
    public String host() {
        return host;
    }

    /**
     * The site's real address is known: {@code site.host} is set and is no example ({@code example.org},
     * {@code localhost}…). Otherwise pages show no absolute address as text: it would be a fake one.
     */
    public boolean isHostKnown() {
        return !host.isEmpty() && !Placeholders.isExampleAddress(host);
    }

    /** A path of the site (as the methods above give it) made absolute with the site's host. */
    public String absolute(String path) {
        return host + path;
    }

    /**
     * The same address with the {@code webcal://} scheme, which calendar clients open as a
     * subscription (they fetch it again over https, or http for an http host).
     */
    public String webcal(String path) {
        String url = absolute(path);
        int scheme = url.indexOf("://");
        return scheme > 0 ? "webcal" + url.substring(scheme) : url;
    }
}
