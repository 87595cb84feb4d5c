package fr.gouv.diplomatie.daect.programme.calendar;

import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryImpl;

import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.Map;

/**
 * The time-zone registry of the calendars read back for validation. ical4j builds the rules of
 * every {@code VTIMEZONE} it parses by expanding its recurrences, which cost more than the rest of
 * the parse; every file of a site carries the same definition, so this registry builds it again
 * only when a file defines a zone differently from the file before.
 */
final class ParsedZones implements TimeZoneRegistry {

    private final TimeZoneRegistry delegate = new TimeZoneRegistryImpl();
    /** The definition registered for each TZID, as text. */
    private final Map<String, String> registered = new HashMap<>();

    @Override
    public synchronized void register(TimeZone timezone) {
        register(timezone, false);
    }

    @Override
    public synchronized void register(TimeZone timezone, boolean update) {
        String definition = timezone.getVTimeZone().toString();
        if (!definition.equals(registered.put(timezone.getID(), definition))) {
            delegate.register(timezone, update);
        }
    }

    @Override
    public synchronized void clear() {
        registered.clear();
        delegate.clear();
    }

    @Override
    public synchronized TimeZone getTimeZone(String id) {
        return delegate.getTimeZone(id);
    }

    @Override
    public synchronized Map<String, ZoneRules> getZoneRules() {
        return delegate.getZoneRules();
    }

    @Override
    public synchronized ZoneId getZoneId(String tzId) {
        return delegate.getZoneId(tzId);
    }

    @Override
    public synchronized String getTzId(String zoneId) {
        return delegate.getTzId(zoneId);
    }
}
