package fr.gouv.diplomatie.daect.programme.calendar;

import fr.gouv.diplomatie.daect.programme.content.MarkdownBodies;
import fr.gouv.diplomatie.daect.programme.programme.Session;
import fr.gouv.diplomatie.daect.programme.view.SitePaths;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Source;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.Map;

/** The calendars of the site: one per session, and the whole programme. */
public final class CalendarFactory {

    public static final String PRODID = "-//MEAE DAECT//Webinaires du guide opérationnel//FR";

    private final CalendarSettings settings;
    private final SitePaths paths;
    private final TimeZoneDefinitions zones;
    private final EventFactory events;
    private final Set<Session> checked = Collections.newSetFromMap(new IdentityHashMap<>());

    public CalendarFactory(CalendarSettings settings, SitePaths paths, TimeZoneDefinitions zones, MarkdownBodies bodies) {
        this.settings = settings;
        this.paths = paths;
        this.zones = zones;
        this.events = new EventFactory(settings, paths, bodies);
    }

    /** A session alone, to add to one's own calendar: no calendar name (clients would create a calendar for one event). */
    public Calendar session(CalendarEntry entry) {
        return calendar(common(), List.of(entry), List.of());
    }

    /** {@link #session} without its event: what every session file of a zone shares. */
    public Calendar sessionShell(ZoneId zone) {
        return calendar(common(), List.of(), List.of(zone));
    }

    /** {@link #programme} without its events, with the time zones they need. */
    public Calendar programmeShell(List<CalendarEntry> entries) {
        List<ZoneId> zones = new ArrayList<>(List.of(settings.programmeZone()));
        entries.forEach(e -> zones.add(e.session().zone()));
        return calendar(programmeProperties(), List.of(), zones);
    }

    /** The event of a session, as both its own calendar and the programme's carry it. */
    public VEvent event(CalendarEntry entry) {
        checkOffsets(entry.session());
        return events.event(entry);
    }

    /** The whole programme, for subscription: named, with its refresh interval. */
    public Calendar programme(List<CalendarEntry> entries) {
        // The programme's zone always, for X-WR-TIMEZONE, and so that the feed is valid even with no session yet.
        return calendar(programmeProperties(), entries, List.of(settings.programmeZone()));
    }

    private List<Property> programmeProperties() {
        List<Property> properties = common();
        String refresh = settings.refreshInterval().toString();
        properties.add(new Name(settings.name()));
        properties.add(new XProperty("X-WR-CALNAME", settings.name()));
        if (!settings.description().isBlank()) {
            properties.add(new Description(settings.description()));
            properties.add(new XProperty("X-WR-CALDESC", settings.description()));
        }
        properties.add(new XProperty("X-WR-TIMEZONE", settings.programmeZone().getId()));
        properties.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), settings.refreshInterval()));
        // Outlook's name for the same thing.
        properties.add(new XProperty("X-PUBLISHED-TTL", refresh));
        properties.add(new Source(new ParameterList(List.of(Value.URI)), paths.absolute(paths.programmeCalendar())));
        properties.add(new Url(URI.create(paths.absolute("index.html"))));
        return properties;
    }

    private static List<Property> common() {
        List<Property> properties = new ArrayList<>();
        properties.add(new ProdId(PRODID));
        properties.add(ImmutableVersion.VERSION_2_0);
        properties.add(ImmutableCalScale.GREGORIAN);
        properties.add(ImmutableMethod.PUBLISH);
        return properties;
    }

    private Calendar calendar(List<Property> properties, List<CalendarEntry> entries, List<ZoneId> otherZones) {
        List<CalendarComponent> components = new ArrayList<>();
        Map<String, ZoneId> usedZones = new TreeMap<>();
        otherZones.forEach(zone -> usedZones.put(zone.getId(), zone));
        entries.forEach(e -> usedZones.put(e.session().zone().getId(), e.session().zone()));
        for (ZoneId zone : usedZones.values()) {
            components.add(zones.inForce(zone));
        }
        for (CalendarEntry entry : entries) {
            components.add(event(entry));
        }
        return new Calendar(new PropertyList(properties), new ComponentList<>(components));
    }

    /**
     * The calendar's VTIMEZONE and java.time (which the pages use) must put the session at the same
     * instant; they could differ for a past session whose zone has changed its rules since.
     */
    private void checkOffsets(Session session) {
        // Each session is in its own calendar and in the programme's: check it once.
        if (!checked.add(session)) {
            return;
        }
        for (ZonedDateTime moment : List.of(session.startDateTime(), session.endDateTime())) {
            ZoneOffset calendarOffset = zones.offsetAt(session.zone(), moment.toLocalDateTime());
            if (!calendarOffset.equals(moment.getOffset())) {
                throw new IllegalStateException(session.sourcePath() + " : à " + moment.toLocalDateTime()
                        + ", les règles actuelles du fuseau " + session.zone().getId() + " donnent UTC" + calendarOffset
                        + " mais le calendrier officiel donne UTC" + moment.getOffset()
                        + " ; les agendas afficheraient une autre heure que le site");
            }
        }
    }
}
