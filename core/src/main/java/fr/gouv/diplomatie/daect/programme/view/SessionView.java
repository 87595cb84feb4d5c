package fr.gouv.diplomatie.daect.programme.view;

import fr.gouv.diplomatie.daect.programme.content.FrenchSpacing;
import fr.gouv.diplomatie.daect.programme.programme.EventStatus;
import fr.gouv.diplomatie.daect.programme.programme.Programme;
import fr.gouv.diplomatie.daect.programme.programme.Session;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** A session as templates see it: labels in French, addresses relative to the site root. */
public final class SessionView {

    private static final DateTimeFormatter ISO_MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmxxx");

    private final Session session;
    private final Programme programme;
    private final SitePaths paths;
    private final Organizer organizer;
    private final Themes themes;
    private final DocumentFiles documentFiles;
    /** Read many times on each page that shows the session (title, links, calendars, data): made once. */
    private final String title;
    private final String startIso;
    private final String endIso;
    private volatile CalendarLinks.Links calendarLinks;

    SessionView(Session session, Programme programme, SitePaths paths, Organizer organizer, Themes themes, DocumentFiles documentFiles) {
        this.documentFiles = documentFiles;
        this.session = session;
        this.programme = programme;
        this.paths = paths;
        this.organizer = organizer;
        this.themes = themes;
        this.title = FrenchSpacing.of(session.title());
        this.startIso = session.startDateTime().format(ISO_MINUTES);
        this.endIso = session.endDateTime().format(ISO_MINUTES);
    }

    public Session getSession() {
        return session;
    }

    /** The title as pages show it, with French spacing (the calendars and the feed take the header's text). */
    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return session.slug();
    }

    public String getUid() {
        return session.uid().toString();
    }

    /** The page, relative to the site root, e.g. {@code webinaires/2020-10-26-maroc/}. */
    public String getPath() {
        return paths.sessionPage(session);
    }

    public String getIcsPath() {
        return paths.sessionCalendar(session);
    }

    public String getRegistrationPath() {
        return paths.registration(session);
    }

    public int getYear() {
        return session.date().getYear();
    }

    /** "Lundi 26 octobre 2020". */
    public String getDateLabel() {
        return FrenchFormat.day(session.date());
    }

    /** "de 14 h 00 à 16 h 00". */
    public String getHoursLabel() {
        return FrenchFormat.hours(session.start(), session.end());
    }

    /** "Lundi 26 octobre 2020, de 14 h 00 à 16 h 00". */
    public String getWhenLabel() {
        return getDateLabel() + ", " + getHoursLabel();
    }

    /** Start with its offset, for {@code <time datetime>} and JSON-LD: {@code 2020-10-26T14:00+01:00}. */
    public String getStartIso() {
        return startIso;
    }

    public String getEndIso() {
        return endIso;
    }

    public String getTimeZone() {
        return session.zone().getId();
    }

    /** "heure de Paris". */
    public String getZoneLabel() {
        return FrenchFormat.zoneLabel(session.zone());
    }

    /** The note as the title, with French spacing (no colon or question mark alone at a line's start). */
    public String getNote() {
        return session.note() == null ? null : FrenchSpacing.of(session.note());
    }

    public List<String> getTags() {
        return session.tags();
    }

    /** The session's themes and places, labelled, with their pages. */
    public List<Theme> getThemes() {
        return session.tags().stream().map(themes::of).toList();
    }

    /** The tags separated by spaces, for the page's script that filters the list ({@code data-themes}). */
    public String getThemeSlugs() {
        return String.join(" ", session.tags());
    }

    public boolean isPast() {
        return programme.isPast(session);
    }

    public boolean isUnderWay() {
        return session.isUnderWayAt(programme.now());
    }

    /**
     * {@code upcoming}, {@code under-way} or {@code past} at build time ({@code data-state}): the page's
     * script only ever moves a session forward from there, so a visitor's clock set in the past
     * cannot bring a session back.
     */
    public String getState() {
        return isPast() ? "past" : isUnderWay() ? "under-way" : "upcoming";
    }

    /**
     * Where the session is in its life at build time ({@code data-phase}): {@code open} (registration open),
     * {@code before} (not started, registration closed or never offered), {@code during}, {@code after}. The page
     * shows the blocks of that phase; its script moves forward from there by the visitor's clock.
     */
    public String getPhase() {
        return isPast() ? "after" : isUnderWay() ? "during" : isOpenForRegistration() ? "open" : "before";
    }

    public boolean isCancelled() {
        return session.isCancelled();
    }

    public boolean isOpenForRegistration() {
        return programme.isOpenForRegistration(session);
    }

    /**
     * Registration is offered for this session at some point (announced, taking place, not closed by its editor):
     * the page then says until when, and the script closes it by the visitor's clock.
     */
    public boolean isRegistrationOffered() {
        return session.registration() && session.eventStatus().takesPlace();
    }

    /** When registration closes, with its offset ({@code data-closes}). */
    public String getRegistrationClosesIso() {
        return programme.registrationClosesAt(session).atZone(session.zone()).format(ISO_MINUTES);
    }

    /** « mardi 8 décembre 2020 à 10 h (heure de Paris) ». */
    public String getRegistrationClosesLabel() {
        return FrenchFormat.dayAndHour(programme.registrationClosesAt(session).atZone(session.zone())) + " (" + getZoneLabel() + ")";
    }

    /** « Lundi 26 octobre 2020 » in a sentence: « lundi 26 octobre 2020 ». */
    public String getDateInSentence() {
        return FrenchFormat.dayInSentence(session.date());
    }

    /** Who speaks, as {@code Speaker}s (name, jobTitle, affiliation). */
    public List<fr.gouv.diplomatie.daect.programme.programme.Speaker> getSpeakers() {
        return session.speakers();
    }

    /** The recording's https address, or null. */
    public String getReplay() {
        return session.replay();
    }

    /** The host of the recording's address (« www.dailymotion.com »): the link says where it leads. */
    public String getReplayHost() {
        return session.replay() == null ? null : java.net.URI.create(session.replay()).getHost();
    }

    public List<DocumentLink> getDocuments() {
        return session.documents().stream().map(documentFiles::link).toList();
    }

    /** A recording or documents to offer once the session is over. */
    public boolean isWithMaterial() {
        return session.hasMaterial();
    }

    /** {@code scheduled}, {@code cancelled}, {@code postponed} or {@code rescheduled}. */
    public String getEventStatus() {
        return session.eventStatus().headerValue();
    }

    /** The French word for a status other than "scheduled", or null. */
    public String getEventStatusLabel() {
        return session.eventStatus() == EventStatus.SCHEDULED ? null : session.eventStatus().label();
    }

    /** The page's absolute address (from {@code site.host}), for calendars and structured data. */
    public String getPageUrl() {
        return paths.absolute(getPath());
    }

    /** The title as calendars show it: a cancelled or postponed session says so in its title. */
    public String getCalendarTitle() {
        return EventWording.title(session);
    }

    /** The short text of the web calendars' links: the note, then the page's address. */
    private String calendarDetails() {
        return (session.note() == null ? "" : session.note() + "\n\n") + "Page du webinaire : " + getPageUrl();
    }

    /** Google Agenda's "add" link, times in UTC. */
    public String getGoogleCalendarUrl() {
        return calendarLinks().google();
    }

    /** Outlook's "add" link, times in UTC. */
    public String getOutlookCalendarUrl() {
        return calendarLinks().outlook();
    }

    /** Made when a page first asks (only the session's own page shows them); the same every time. */
    private CalendarLinks.Links calendarLinks() {
        CalendarLinks.Links links = calendarLinks;
        if (links == null) {
            links = CalendarLinks.of(session, getCalendarTitle(), calendarDetails(), EventWording.LOCATION);
            calendarLinks = links; // a race makes the same links twice, never different ones
        }
        return links;
    }

    /** The schema.org {@code Event}, as JSON-LD text (safe inside a {@code <script>} element). */
    public String getJsonLd() {
        return EventJsonLd.of(session, session.title(), session.note() == null ? "" : session.note(),
                getStartIso(), getEndIso(), getPageUrl(), organizer, getDocuments().stream().map(d -> paths.absolute(d.getPath())).toList());
    }
}
