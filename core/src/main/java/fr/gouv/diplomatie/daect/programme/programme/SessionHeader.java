package fr.gouv.diplomatie.daect.programme.programme;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Set;

/** The header keys of content files, and how their values are written. */
public final class SessionHeader {

    public static final String TITLE = "title";
    public static final String TYPE = "type";
    public static final String STATUS = "status";
    public static final String DATE = "date";
    public static final String START = "start";
    public static final String END = "end";
    public static final String UID = "uid";
    public static final String EVENT_STATUS = "eventStatus";
    public static final String TAGS = "tags";
    public static final String TIMEZONE = "timezone";
    public static final String NOTE = "note";
    public static final String SUMMARY = "summary";
    public static final String REGISTRATION = "registration";
    public static final String DESCRIPTION = "description";
    public static final String SUBTITLE = "subtitle";
    public static final String SPEAKERS = "speakers";
    public static final String REPLAY = "replay";
    public static final String DOCUMENTS = "documents";

    public static final String SESSION_TYPE = "session";
    public static final String PAGE_TYPE = "page";
    public static final String REGISTRATION_TYPE = "registration";
    public static final String PRIVACY_TYPE = "privacy";
    public static final Set<String> TYPES = Set.of(SESSION_TYPE, PAGE_TYPE, "home", "guide", "plan", REGISTRATION_TYPE, PRIVACY_TYPE,
            "legal", "accessibility");
    public static final Set<String> STATUSES = Set.of("published", "draft");
    public static final Set<String> REGISTRATION_VALUES = Set.of("open", "closed");

    /** Required in every content file. */
    public static final List<String> REQUIRED = List.of(TITLE, TYPE, STATUS);
    /** Required in addition in a session file. */
    public static final List<String> REQUIRED_FOR_SESSION = List.of(DATE, START, END, UID);

    /** Every key an editor may write, so that a typo is caught and the nearest key suggested. */
    public static final List<String> KNOWN = List.of(TITLE, TYPE, STATUS, DATE, START, END, UID, EVENT_STATUS,
            TAGS, TIMEZONE, NOTE, SUMMARY, REGISTRATION, DESCRIPTION, SUBTITLE, SPEAKERS, REPLAY, DOCUMENTS);

    /** {@code yyyy-MM-dd}, strictly: 2021-02-30 is refused. */
    public static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    /** {@code HH:mm}, strictly: 25:00 is refused. */
    public static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);

    private SessionHeader() {
    }

    public static List<String> splitTags(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(value.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}
