package fr.gouv.diplomatie.daect.programme.view;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import fr.gouv.diplomatie.daect.programme.programme.Session;
import fr.gouv.diplomatie.daect.programme.programme.Speaker;

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
        return of(session, name, description, startDate, endDate, pageUrl, organizer, java.util.List.of());
    }

    /**
     * With its speakers ({@code performer}), its recording ({@code recordedIn}) and its documents
     * ({@code workFeatured}).
     *
     * @param documentUrls the absolute addresses of the session's documents
     */
    public static String of(Session session, String name, String description, String startDate, String endDate,
                            String pageUrl, Organizer organizer, java.util.List<String> documentUrls) {
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
        addPerformers(event, session);
        if (session.replay() != null) {
            // A CreativeWork, not a VideoObject: Google's checker asks a VideoObject for a thumbnail and an upload
            // date, which the site does not know; nothing is invented.
            JsonObject recording = new JsonObject();
            recording.addProperty("@type", "CreativeWork");
            recording.addProperty("name", "Enregistrement du webinaire « " + name + " »");
            recording.addProperty("url", session.replay());
            event.add("recordedIn", recording);
        }
        if (!documentUrls.isEmpty()) {
            JsonArray works = new JsonArray();
            for (int i = 0; i < documentUrls.size(); i++) {
                JsonObject work = new JsonObject();
                work.addProperty("@type", "CreativeWork");
                work.addProperty("name", session.documents().get(i).title());
                work.addProperty("url", documentUrls.get(i));
                works.add(work);
            }
            event.add("workFeatured", works);
        }
        return GSON.toJson(event);
    }

    /** Each speaker as a schema.org {@code Person}: name, function, organisation. */
    private static void addPerformers(JsonObject event, Session session) {
        if (session.speakers().isEmpty()) {
            return;
        }
        JsonArray performers = new JsonArray();
        for (Speaker speaker : session.speakers()) {
            JsonObject person = new JsonObject();
            person.addProperty("@type", "Person");
            person.addProperty("name", speaker.name());
            person.addProperty("jobTitle", speaker.jobTitle());
            JsonObject affiliation = new JsonObject();
            affiliation.addProperty("@type", "Organization");
            affiliation.addProperty("name", speaker.affiliation());
            person.add("affiliation", affiliation);
            performers.add(person);
        }
        event.add("performer", performers);
    }
}
