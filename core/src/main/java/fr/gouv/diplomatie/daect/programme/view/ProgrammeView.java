package fr.gouv.diplomatie.daect.programme.view;

import fr.gouv.diplomatie.daect.programme.programme.Programme;
import fr.gouv.diplomatie.daect.programme.programme.Session;
import fr.gouv.diplomatie.daect.programme.programme.TagVocabulary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The programme as templates see it ({@code programme} in every FreeMarker template). */
public final class ProgrammeView {

    /** One year of the programme, for the "Programme des webinaires — 2020" headings. */
    public static final class Year {
        private final int year;
        private final List<SessionView> sessions;

        Year(int year, List<SessionView> sessions) {
            this.year = year;
            this.sessions = sessions;
        }

        public int getYear() {
            return year;
        }

        public List<SessionView> getSessions() {
            return sessions;
        }
    }

    /** How many past sessions the home page's « Revoir les webinaires » lists. */
    static final int REPLAYS_SHOWN = 3;

    private final Programme programme;
    private final SitePaths paths;
    private final Themes themes;
    private final Map<String, SessionView> views = new HashMap<>();
    private final ListingPages listingPages;
    /** How many past sessions the home page shows, the most recent; the others are in the archives. */
    static final int HOME_PAST = 12;

    public ProgrammeView(Programme programme, SitePaths paths) {
        this(programme, paths, Organizer.NONE);
    }

    /** Without a tag vocabulary: themes are labelled with their tags. */
    public ProgrammeView(Programme programme, SitePaths paths, Organizer organizer) {
        this(programme, paths, organizer, TagVocabulary.parse(List.of()));
    }

    public ProgrammeView(Programme programme, SitePaths paths, Organizer organizer, TagVocabulary vocabulary) {
        this(programme, paths, organizer, vocabulary, DocumentFiles.NONE);
    }

    /** @param documents the session documents' files, measured for their download links */
    public ProgrammeView(Programme programme, SitePaths paths, Organizer organizer, TagVocabulary vocabulary, DocumentFiles documents) {
        this.programme = programme;
        this.paths = paths;
        this.themes = new Themes(programme, vocabulary, paths);
        for (Session session : programme.sessions()) {
            views.put(session.slug(), new SessionView(session, programme, paths, organizer, themes, documents));
        }
        this.listingPages = new ListingPages(programme, this::view, paths, themes.used());
    }

    private SessionView view(Session session) {
        return views.get(session.slug());
    }

    private List<SessionView> views(List<Session> sessions) {
        return sessions.stream().map(this::view).toList();
    }

    public List<SessionView> getSessions() {
        return views(programme.sessions());
    }

    public List<Year> getYears() {
        return programme.byYear().entrySet().stream().map(e -> new Year(e.getKey(), views(e.getValue()))).toList();
    }

    public List<SessionView> getUpcoming() {
        return views(programme.upcoming());
    }

    public List<SessionView> getPast() {
        return views(programme.past());
    }

    public SessionView getNext() {
        return programme.next().map(this::view).orElse(null);
    }

    /** The session under way (« En ce moment »), or null. */
    public SessionView getCurrent() {
        return programme.current().map(this::view).orElse(null);
    }

    /** « Revoir les webinaires »: the latest past sessions with a recording or documents. */
    public List<SessionView> getReplays() {
        return views(programme.recentWithMaterial(REPLAYS_SHOWN));
    }

    public List<SessionView> getOpenForRegistration() {
        return views(programme.openForRegistration());
    }

    public List<String> getTags() {
        return programme.tags();
    }

    /** The themes and places of the sessions, labelled, in the vocabulary's order: the home page's filter. */
    public List<Theme> getThemes() {
        return themes.used();
    }

    /** The theme of a tag (on its page, templates see it as {@code theme}). */
    public Theme theme(String tag) {
        return themes.of(tag);
    }

    /** The whole programme: upcoming sessions, then past ones, by year (every session: for a small programme only). */
    public SessionListing getListing() {
        return listing(programme.sessions());
    }

    /**
     * The home page's listing, of bounded size however long the programme: the first {@link Pagination#PAGE_SIZE}
     * sessions to come and the {@value #HOME_PAST} latest past ones; the others are in the archives.
     */
    public SessionListing getHome() {
        List<Session> upcoming = programme.upcoming();
        List<Session> past = programme.past();
        List<Session> shown = new java.util.ArrayList<>(upcoming.subList(0, Math.min(upcoming.size(), Pagination.PAGE_SIZE)));
        shown.addAll(past.subList(0, Math.min(past.size(), HOME_PAST)));
        return listing(shown);
    }

    /** More sessions than the home page shows: it links to the archives for the rest. */
    public boolean isHomeComplete() {
        return programme.upcoming().size() <= Pagination.PAGE_SIZE && programme.past().size() <= HOME_PAST;
    }

    /** The sessions of one theme, listed as the whole programme is. */
    public SessionListing listingOf(Theme theme) {
        return listing(programme.taggedWith(theme.getSlug()));
    }

    /** Page {@code number} of a theme's sessions (its first page is the theme's page). */
    public ListingPage themePage(Theme theme, int number) {
        return listingPages.theme(theme, number);
    }

    /** The years of the archives, most recent first. */
    public List<ArchiveYear> getArchiveYears() {
        return listingPages.years();
    }

    /** The archives' index, from the site root. */
    public String getArchivesPath() {
        return paths.archives();
    }

    /** The pages the bake renders besides those of the content files and JBake's own. */
    public List<GeneratedPage> generatedPages() {
        return listingPages.generated(themes::of);
    }

    private SessionListing listing(List<Session> sessions) {
        return new SessionListing(sessions, programme, this::view);
    }

    /** The session of a slug, or null (templates use it with {@code content} of a session page). */
    public SessionView session(String slug) {
        return views.get(slug);
    }

    public SessionView previous(SessionView session) {
        return programme.previous(session.getSession()).map(this::view).orElse(null);
    }

    /** The session to announce once {@code session} is over ({@link Programme#nextAfter}), or null. */
    public SessionView nextAfter(SessionView session) {
        return programme.nextAfter(session.getSession()).map(this::view).orElse(null);
    }

    public SessionView following(SessionView session) {
        return programme.following(session.getSession()).map(this::view).orElse(null);
    }

    public String getCalendarPath() {
        return paths.programmeCalendar();
    }

    /** The whole programme's calendar, absolute (https). */
    public String getCalendarUrl() {
        return paths.absolute(paths.programmeCalendar());
    }

    /**
     * The calendar's public address is known (a real {@code site.host}): the page offers the subscription.
     * A local build with the example host offers the download only, and says where the subscription will be.
     */
    public boolean isCalendarAddressKnown() {
        return paths.isHostKnown();
    }

    /** The same with {@code webcal://}: calendar clients open it as a subscription. */
    public String getCalendarWebcalUrl() {
        return paths.webcal(paths.programmeCalendar());
    }

}
