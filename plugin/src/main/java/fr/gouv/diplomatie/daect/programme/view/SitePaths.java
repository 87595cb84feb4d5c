package fr.gouv.diplomatie.daect.programme.view;

import fr.gouv.diplomatie.daect.programme.programme.Session;

/**
 * Where things are on the baked site, relative to its root. Every template and generator takes
 * addresses from here, so that pages, calendars and checks agree.
 */
public final class SitePaths {

    public static final String SESSIONS_DIR = "webinaires";
    public static final String PROGRAMME_CALENDAR = "programme.ics";
    public static final String REGISTRATION = "inscription.html";

    public String sessionPage(Session session) {
        return SESSIONS_DIR + "/" + session.slug() + ".html";
    }

    public String sessionCalendar(Session session) {
        return SESSIONS_DIR + "/" + session.slug() + ".ics";
    }

    public String programmeCalendar() {
        return PROGRAMME_CALENDAR;
    }

    public String registration(Session session) {
        return REGISTRATION + "?session=" + session.slug();
    }
}
