package fr.gouv.diplomatie.daect.programme.view;

import fr.gouv.diplomatie.daect.programme.programme.Session;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * "Add to my calendar" links of the web calendars. Times are given in UTC ({@code Z}): the
 * service shows them in each visitor's own zone, and no zone name has to be understood.
 */
public final class CalendarLinks {

    /**
     * Years of exactly four digits: {@code uuuu} writes a year past 9999 as {@code +10000}, a link no service reads;
     * a fixed width refuses to format it instead (validation keeps session dates within 2000-2099).
     */
    private static final DateTimeFormatter GOOGLE_TIME = utc(DateTimeFormatter.ofPattern("MMdd'T'HHmmss'Z'"));
    private static final DateTimeFormatter OUTLOOK_TIME = utc(DateTimeFormatter.ofPattern("'-'MM-dd'T'HH:mm:ss'Z'"));

    private CalendarLinks() {
    }

    private static DateTimeFormatter utc(DateTimeFormatter rest) {
        return new DateTimeFormatterBuilder().appendValue(ChronoField.YEAR, 4).append(rest).toFormatter(Locale.ROOT)
                .withChronology(IsoChronology.INSTANCE).withZone(ZoneOffset.UTC);
    }

    /** Both services' "add" links of a session. */
    public record Links(String google, String outlook) {
    }

    /** The links to add {@code session}, its texts encoded once for the two services. */
    public static Links of(Session session, String title, String details, String location) {
        String text = encode(title);
        String body = encode(details);
        String place = encode(location);
        return new Links(google(session, text, body, place), outlook(session, text, body, place));
    }

    /** Google Agenda's event template (texts already encoded). */
    private static String google(Session session, String title, String details, String location) {
        return "https://calendar.google.com/calendar/render?action=TEMPLATE"
                + "&text=" + title
                + "&dates=" + GOOGLE_TIME.format(session.startInstant()) + "/" + GOOGLE_TIME.format(session.endInstant())
                + "&details=" + details
                + "&location=" + location;
    }

    /** Outlook on the web (Microsoft 365 accounts, those of most local authorities); texts already encoded. */
    private static String outlook(Session session, String title, String details, String location) {
        return "https://outlook.office.com/calendar/action/compose?rru=addevent"
                + "&subject=" + title
                + "&startdt=" + OUTLOOK_TIME.format(session.startInstant())
                + "&enddt=" + OUTLOOK_TIME.format(session.endInstant())
                + "&body=" + details
                + "&location=" + location;
    }

    static String utc(Instant instant) {
        return OUTLOOK_TIME.format(instant);
    }

    /** Percent-encoding for a query value; spaces as {@code %20}, which every service reads (not all read {@code +}). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
