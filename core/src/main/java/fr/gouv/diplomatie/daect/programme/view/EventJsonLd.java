package fr.gouv.diplomatie.daect.programme.view;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import fr.gouv.diplomatie.daect.programme.programme.Session;

/**
 * A session as a schema.org {@code Event} in JSON-LD, for search engines and assistants.
 * Gson escapes {@code <}, {@code >} and {@code &}, so the text can sit in an inline
 * {@code <script type="application/ld+json">} whatever the titles contain.
 */
public final class EventJsonLd {

    private static final Gson GSON = new GsonBuilder().create();

    private EventJsonLd() {
    }

    /**
     * @param startDate the start with its offset, e.g. {@code 2020-10-26T14:00+01:00}
     */
    public static String of(Session session, String name, String description, String startDate, String endDate,
                            String pageUrl, Organizer organizer) {
        JsonObject event = new JsonObject();
        event.addProperty("@context", "https://schema.org");
        event.addProperty("@type", "Event");
        event.addProperty("name", name);
        if (!description.isBlank()) {
            event.addProperty("description", description);
        }
        event.addProperty("startDate", startDate);
        event.addProperty("endDate", endDate);
        event.addProperty("eventStatus", "https://schema.org/" + session.eventStatus().schemaOrg());
        event.addProperty("eventAttendanceMode", "https://schema.org/OnlineEventAttendanceMode");
        JsonObject location = new JsonObject();
        location.addProperty("@type", "VirtualLocation");
        location.addProperty("url", pageUrl);
        event.add("location", location);
        event.addProperty("url", pageUrl);
        event.addProperty("inLanguage", "fr");
        if (organizer.isKnown()) {
            JsonObject org = new JsonObject();
            org.addProperty("@type", "GovernmentOrganization");
            org.addProperty("name", organizer.name());
            if (!organizer.email().isBlank()) {
                org.addProperty("email", organizer.email());
            }
            event.add("organizer", org);
        }
        if (!session.tags().isEmpty()) {
            event.addProperty("keywords", String.join(", ", session.tags()));
        }
        return GSON.toJson(event);
    }
}
