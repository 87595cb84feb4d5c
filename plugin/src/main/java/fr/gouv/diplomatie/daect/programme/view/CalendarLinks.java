package fr.gouv.diplomatie.daect.programme.view;

import fr.gouv.diplomatie.daect.programme.programme.Session;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * "Add to my calendar" links of the web calendars. Times are given in UTC ({@code Z}): the
 * service shows them in each visitor's own zone, and no zone name has to be understood.
 */
public final class CalendarLinks {

    private static final DateTimeFormatter GOOGLE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter OUTLOOK_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private CalendarLinks() {
    }

    /** Google Agenda's event template. */
    public static String google(Session session, String title, String details, String location) {
        return "https://calendar.google.com/calendar/render?action=TEMPLATE"
                + "&text=" + encode(title)
                + "&dates=" + GOOGLE_TIME.format(session.startInstant()) + "/" + GOOGLE_TIME.format(session.endInstant())
                + "&details=" + encode(details)
                + "&location=" + encode(location);
    }

    /** Outlook on the web (Microsoft 365 accounts, those of most local authorities). */
    public static String outlook(Session session, String title, String details, String location) {
        return "https://outlook.office.com/calendar/action/compose?rru=addevent"
                + "&subject=" + encode(title)
                + "&startdt=" + OUTLOOK_TIME.format(session.startInstant())
                + "&enddt=" + OUTLOOK_TIME.format(session.endInstant())
                + "&body=" + encode(details)
                + "&location=" + encode(location);
    }

    static String utc(Instant instant) {
        return OUTLOOK_TIME.format(instant);
    }

    /** Percent-encoding for a query value; spaces as {@code %20}, which every service reads (not all read {@code +}). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
