package fr.gouv.diplomatie.daect.programme.calendar;

import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;

import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The time zones of the events being written, for their date properties: each {@code TZID} written is a
 * java.time zone id ({@link EventFactory} writes zoned date-times), so it is looked up as such. Without a
 * registry, ical4j copies the JVM's list of every zone id for each date it writes out, which took a third
 * of the time of writing the calendars.
 */
final class WrittenZones implements TimeZoneRegistry {

    private final Map<String, ZoneRules> rules = new ConcurrentHashMap<>();

    @Override
    public Map<String, ZoneRules> getZoneRules() {
        return rules;
    }

    /** The zone of a date property; ical4j asks its registry only if {@link #getZoneRules} is not empty. */
    @Override
    public ZoneId getZoneId(String tzId) {
        ZoneId zone = ZoneId.of(tzId);
        rules.putIfAbsent(tzId, zone.getRules());
        return zone;
    }

    /** Registers a zone before the first date of it is written. */
    WrittenZones with(ZoneId zone) {
        getZoneId(zone.getId());
        return this;
    }

    @Override
    public String getTzId(String zoneId) {
        return zoneId;
    }

    @Override
    public TimeZone getTimeZone(String id) {
        return null;
    }

    @Override
    public void register(TimeZone timezone) {
        throw new UnsupportedOperationException("registre des fuseaux des événements écrits : rien à y enregistrer");
    }

    @Override
    public void register(TimeZone timezone, boolean update) {
        register(timezone);
    }

    @Override
    public void clear() {
        rules.clear();
    }
}
