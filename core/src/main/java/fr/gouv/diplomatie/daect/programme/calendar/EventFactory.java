package fr.gouv.diplomatie.daect.programme.calendar;

import fr.gouv.diplomatie.daect.programme.content.MarkdownBodies;
import fr.gouv.diplomatie.daect.programme.programme.EventStatus;
import fr.gouv.diplomatie.daect.programme.programme.Session;
import fr.gouv.diplomatie.daect.programme.view.EventWording;
import fr.gouv.diplomatie.daect.programme.view.SitePaths;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** One session as a {@code VEVENT}. */
public final class EventFactory {

    private final CalendarSettings settings;
    private final SitePaths paths;
    private final MarkdownBodies bodies;
    private final WrittenZones zones = new WrittenZones();

    /** {@code bodies}: the bake's Markdown bodies, shared with JBake's engine (each parsed once). */
    public EventFactory(CalendarSettings settings, SitePaths paths, MarkdownBodies bodies) {
        this.settings = settings;
        this.paths = paths;
        this.bodies = bodies;
    }

    public VEvent event(CalendarEntry entry) {
        Session session = entry.session();
        String pageUrl = paths.absolute(paths.sessionPage(session));
        List<Property> properties = new ArrayList<>();
        properties.add(new Uid(session.uid().toString()));
        // DTSTAMP and LAST-MODIFIED come from the lock, never from the clock: the same commit gives the same bytes.
        properties.add(new DtStamp(entry.lock().lastChange()));
        properties.add(zoned(new DtStart<>(session.startDateTime()), session));
        properties.add(zoned(new DtEnd<>(session.endDateTime()), session));
        properties.add(new Summary(EventWording.title(session)));
        properties.add(new Description(EventDescription.of(session, entry.text(), bodies, pageUrl)));
        properties.add(new Location(EventWording.LOCATION));
        properties.add(new Url(URI.create(pageUrl)));
        properties.add(new Organizer(new ParameterList(List.of(new Cn(settings.organizerName()))),
                URI.create("mailto:" + settings.organizerEmail())));
        if (!session.tags().isEmpty()) {
            properties.add(new Categories(new TextList(session.tags())));
        }
        properties.add(status(session.eventStatus()));
        properties.add(new Sequence(entry.lock().sequence()));
        properties.add(new LastModified(entry.lock().lastChange()));
        return new VEvent(new PropertyList(properties));
    }

    private <T extends DateProperty<?>> T zoned(T date, Session session) {
        date.setTimeZoneRegistry(zones.with(session.zone()));
        return date;
    }

    static Status status(EventStatus status) {
        return switch (status) {
            case SCHEDULED, RESCHEDULED -> ImmutableStatus.VEVENT_CONFIRMED;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
            // Postponed: the date shown no longer holds and the new one is not known yet.
            case POSTPONED -> ImmutableStatus.VEVENT_TENTATIVE;
        };
    }
}
