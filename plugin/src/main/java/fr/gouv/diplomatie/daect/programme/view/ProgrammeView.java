package fr.gouv.diplomatie.daect.programme.view;

import fr.gouv.diplomatie.daect.programme.programme.Programme;
import fr.gouv.diplomatie.daect.programme.programme.Session;

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

    private final Programme programme;
    private final SitePaths paths;
    private final Map<String, SessionView> views = new HashMap<>();

    public ProgrammeView(Programme programme, SitePaths paths) {
        this(programme, paths, Organizer.NONE);
    }

    public ProgrammeView(Programme programme, SitePaths paths, Organizer organizer) {
        this.programme = programme;
        this.paths = paths;
        for (Session session : programme.sessions()) {
            views.put(session.slug(), new SessionView(session, programme, paths, organizer));
        }
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

    public List<SessionView> getOpenForRegistration() {
        return views(programme.openForRegistration());
    }

    public List<String> getTags() {
        return programme.tags();
    }

    /** The session of a slug, or null (templates use it with {@code content} of a session page). */
    public SessionView session(String slug) {
        return views.get(slug);
    }

    public SessionView previous(SessionView session) {
        return programme.previous(session.getSession()).map(this::view).orElse(null);
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

    /** The same with {@code webcal://}: calendar clients open it as a subscription. */
    public String getCalendarWebcalUrl() {
        return paths.webcal(paths.programmeCalendar());
    }

}
