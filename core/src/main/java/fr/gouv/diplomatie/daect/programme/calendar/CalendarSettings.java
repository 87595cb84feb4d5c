package fr.gouv.diplomatie.daect.programme.calendar;

import fr.gouv.diplomatie.daect.programme.content.TextCharacters;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;

import java.time.Period;
import java.time.ZoneId;

/**
 * What the calendars take from the site settings.
 *
 * @param name             the whole programme's calendar name ({@code site.name})
 * @param description      the whole programme's description ({@code site.description})
 * @param organizerName    the organizer's common name ({@code contact.secretariat})
 * @param organizerEmail   the organizer's address ({@code contact.email})
 * @param programmeZone    the programme's time zone ({@code programme.timezone})
 * @param refreshInterval  how often subscribed clients should fetch the feed again (a {@link Period}: its text,
 *                         {@code P1D}, does not depend on the day it is written, unlike ical4j's for a {@code Duration})
 */
public record CalendarSettings(String name, String description, String organizerName, String organizerEmail,
                               ZoneId programmeZone, Period refreshInterval) {

    /** A day: the programme changes a few times a month, and a cancelled session should reach subscribers the same day. */
    public static final Period DEFAULT_REFRESH = Period.ofDays(1);

    /**
     * The values on one line, without control characters: ical4j writes the calendar's name (an X- property) and the
     * organizer's name (a parameter) as they are, and a line break there ended the content line in every calendar.
     */
    public static CalendarSettings from(SiteSettings settings) {
        return new CalendarSettings(
                TextCharacters.oneLine(settings.get("site.name", "Webinaires")),
                TextCharacters.oneLine(settings.get("site.description", "")),
                // A parameter value (the organizer's CN) is quoted, never escaped: no double quote either.
                TextCharacters.oneLine(settings.get("contact.secretariat", "")).replace('"', '\''),
                TextCharacters.oneLine(settings.get(SiteSettings.CONTACT_EMAIL, "")),
                settings.timeZone(),
                DEFAULT_REFRESH);
    }
}
