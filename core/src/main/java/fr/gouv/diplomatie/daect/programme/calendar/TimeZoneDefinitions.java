package fr.gouv.diplomatie.daect.programme.calendar;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.XProperty;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code VTIMEZONE} components trimmed to the rules in force: one {@code STANDARD} and one
 * {@code DAYLIGHT} observance with open-ended {@code RRULE}s (or a single {@code STANDARD} for a
 * zone without summer time). Outlook reads only one such pair, and a full history makes every
 * file heavy for nothing.
 *
 * <p>The rules come from the zone definitions bundled in the ical4j jar (tzurl.org's, of the
 * Olson release that ical4j version ships), not from the machine's or the JDK's time-zone
 * database: the same commit gives the same bytes on every build machine, and a new tz release
 * reaches the calendars only through a deliberate ical4j upgrade.
 */
public final class TimeZoneDefinitions {

    /** Where ical4j keeps its bundled definitions: {@code zoneinfo/Europe/Paris.ics}. */
    private static final String RESOURCE_PREFIX = "zoneinfo/";

    private final Map<ZoneId, VTimeZone> cache = new ConcurrentHashMap<>();
    /** The onsets of each zone's observances in a year and the year before, with the offset each brings. */
    private final Map<String, NavigableMap<LocalDateTime, ZoneOffset>> onsets = new ConcurrentHashMap<>();

    /** The trimmed {@code VTIMEZONE} of {@code zone}, with {@code TZID} = the zone's id. */
    public VTimeZone inForce(ZoneId zone) {
        return cache.computeIfAbsent(zone, TimeZoneDefinitions::load).copy();
    }

    /**
     * {@link #offsetAt(VTimeZone, LocalDateTime)} for the trimmed definition of {@code zone}, with
     * the recurrences of each year expanded once rather than once per session.
     */
    public ZoneOffset offsetAt(ZoneId zone, LocalDateTime local) {
        NavigableMap<LocalDateTime, ZoneOffset> known = onsets.computeIfAbsent(zone.getId() + " " + local.getYear(),
                key -> onsets(cache.computeIfAbsent(zone, TimeZoneDefinitions::load), local.getYear()));
        Map.Entry<LocalDateTime, ZoneOffset> last = known.floorEntry(local);
        if (last == null) {
            throw new IllegalStateException("aucune règle du fuseau ne couvre " + local);
        }
        return last.getValue();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static NavigableMap<LocalDateTime, ZoneOffset> onsets(VTimeZone timeZone, int year) {
        LocalDateTime from = LocalDateTime.of(year - 1, 1, 1, 0, 0);
        LocalDateTime to = LocalDateTime.of(year + 1, 1, 1, 0, 0);
        NavigableMap<LocalDateTime, ZoneOffset> result = new TreeMap<>();
        for (Observance observance : timeZone.getObservances()) {
            ZoneOffset offset = ((TzOffsetTo) observance.getRequiredProperty(Property.TZOFFSETTO)).getOffset();
            LocalDateTime start = LocalDateTime.from(((DtStart<?>) observance.getRequiredProperty(Property.DTSTART)).getDate());
            result.putIfAbsent(start, offset);
            Optional<RRule<?>> rule = observance.getProperty(Property.RRULE);
            if (rule.isPresent() && start.isBefore(to)) {
                List<?> dates = ((RRule) rule.get()).getRecur().getDates(start, from.isAfter(start) ? from : start, to);
                dates.forEach(d -> result.putIfAbsent((LocalDateTime) d, offset));
            }
        }
        return result;
    }

    private static VTimeZone load(ZoneId zone) {
        VTimeZone full = bundled(zone);
        List<Observance> observances = full.getObservances();
        List<Observance> recurring = observances.stream().filter(TimeZoneDefinitions::recursForever).toList();
        List<Observance> kept;
        if (recurring.size() == 2 && recurring.stream().anyMatch(o -> o instanceof Standard)
                && recurring.stream().anyMatch(o -> o instanceof Daylight)) {
            kept = recurring.stream().sorted(Comparator.comparing(Component::getName).reversed()).toList();
        } else if (recurring.isEmpty()) {
            kept = List.of(fixedOffset(latest(observances)));
        } else {
            throw new IllegalStateException("fuseau horaire " + zone.getId()
                    + " : ses règles actuelles ne se résument pas à une heure d'hiver et une heure d'été");
        }
        PropertyList properties = new PropertyList(List.of(
                new TzId(zone.getId()),
                // Thunderbird and other libical clients map the zone to their own database with this.
                new XProperty("X-LIC-LOCATION", zone.getId())));
        return new VTimeZone(properties, new ComponentList<>(kept));
    }

    private static VTimeZone bundled(ZoneId zone) {
        String resource = RESOURCE_PREFIX + zone.getId() + ".ics";
        try (InputStream in = Calendar.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("fuseau horaire " + zone.getId() + " inconnu des définitions d'ical4j");
            }
            Calendar calendar = new CalendarBuilder().build(in);
            Optional<VTimeZone> timeZone = calendar.getComponent(Component.VTIMEZONE);
            return timeZone.orElseThrow(() -> new IllegalStateException("fuseau horaire " + zone.getId() + " : définition vide"));
        } catch (IOException | ParserException e) {
            throw new IllegalStateException("fuseau horaire " + zone.getId() + " : définition illisible (" + e.getMessage() + ")", e);
        }
    }

    private static boolean recursForever(Observance observance) {
        Optional<RRule<?>> rule = observance.getProperty(Property.RRULE);
        return rule.isPresent() && rule.get().getRecur().getUntil() == null && rule.get().getRecur().getCount() < 1;
    }

    /** The observance whose last onset (DTSTART or RDATE) is the most recent: the one in force in a zone without rules. */
    private static Observance latest(List<Observance> observances) {
        return observances.stream().max(Comparator.comparing(TimeZoneDefinitions::lastOnset))
                .orElseThrow(() -> new IllegalStateException("fuseau horaire sans observance"));
    }

    @SuppressWarnings("unchecked")
    private static LocalDateTime lastOnset(Observance observance) {
        LocalDateTime last = LocalDateTime.from(((DtStart<?>) observance.getRequiredProperty(Property.DTSTART)).getDate());
        for (Property property : observance.getProperties(Property.RDATE)) {
            for (Object date : ((RDate<LocalDateTime>) property).getDates()) {
                LocalDateTime onset = LocalDateTime.from((java.time.temporal.TemporalAccessor) date);
                if (onset.isAfter(last)) {
                    last = onset;
                }
            }
        }
        return last;
    }

    private static Standard fixedOffset(Observance current) {
        TzOffsetTo offset = current.getRequiredProperty(Property.TZOFFSETTO);
        PropertyList properties = new PropertyList();
        Optional<TzName> name = current.getProperty(Property.TZNAME);
        if (name.isPresent()) {
            properties = properties.add(new TzName(name.get().getValue()));
        }
        properties = properties.add(new TzOffsetFrom(offset.getOffset()))
                .add(new TzOffsetTo(offset.getOffset()))
                .add(new DtStart<>(LocalDateTime.of(1970, 1, 1, 0, 0)));
        return new Standard(properties);
    }

    /**
     * The UTC offset that {@code timeZone} gives to a local date-time: the {@code TZOFFSETTO} of
     * the observance whose latest onset, in the wall time before it, is not after that moment.
     * The build compares it with java.time's, so that a calendar never says another hour than the page.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static ZoneOffset offsetAt(VTimeZone timeZone, LocalDateTime local) {
        LocalDateTime bestOnset = null;
        ZoneOffset bestOffset = null;
        for (Observance observance : timeZone.getObservances()) {
            LocalDateTime start = LocalDateTime.from(((DtStart<?>) observance.getRequiredProperty(Property.DTSTART)).getDate());
            List<LocalDateTime> onsets = new ArrayList<>();
            onsets.add(start);
            Optional<RRule<?>> rule = observance.getProperty(Property.RRULE);
            if (rule.isPresent() && !local.isBefore(start)) {
                List<?> dates = ((RRule) rule.get()).getRecur().getDates(start, local.minusYears(1).minusDays(1), local.plusDays(1));
                dates.forEach(d -> onsets.add((LocalDateTime) d));
            }
            for (LocalDateTime onset : onsets) {
                if (!onset.isAfter(local) && (bestOnset == null || onset.isAfter(bestOnset))) {
                    bestOnset = onset;
                    bestOffset = ((TzOffsetTo) observance.getRequiredProperty(Property.TZOFFSETTO)).getOffset();
                }
            }
        }
        if (bestOffset == null) {
            throw new IllegalStateException("aucune règle du fuseau ne couvre " + local);
        }
        return bestOffset;
    }
}
