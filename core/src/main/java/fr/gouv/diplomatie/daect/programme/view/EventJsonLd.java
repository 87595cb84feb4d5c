package fr.gouv.diplomatie.daect.programme.view;

import com.google.gson.stream.JsonWriter;
import fr.gouv.diplomatie.daect.programme.programme.Session;
import fr.gouv.diplomatie.daect.programme.programme.Speaker;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A session as a schema.org {@code Event} in JSON-LD, for search engines and assistants.
 * Gson's writer escapes {@code <}, {@code >} and {@code &} (HTML-safe, as Gson's {@code toJson} does by default), so
 * the text can sit in an inline {@code <script type="application/ld+json">} whatever the titles contain. Written as
 * a stream rather than built as a tree first: one per session page, thousands per bake. A property whose value is
 * null is left out, as {@code toJson} leaves it out.
 */
public final class EventJsonLd {

    private EventJsonLd() {
    }

    /**
     * @param startDate the start with its offset, e.g. {@code 2020-10-26T14:00+01:00}
     */
    public static String of(Session session, String name, String description, String startDate, String endDate,
                            String pageUrl, Organizer organizer) {
        return of(session, name, description, startDate, endDate, pageUrl, organizer, List.of());
    }

    /**
     * With its speakers ({@code performer}), its recording ({@code recordedIn}) and its documents
     * ({@code workFeatured}).
     *
     * @param documentUrls the absolute addresses of the session's documents
     */
    public static String of(Session session, String name, String description, String startDate, String endDate,
                            String pageUrl, Organizer organizer, List<String> documentUrls) {
        StringWriter text = new StringWriter(1024);
        try (JsonWriter json = new JsonWriter(text)) {
            json.setHtmlSafe(true);
            json.setSerializeNulls(false);
            json.beginObject();
            json.name("@context").value("https://schema.org");
            json.name("@type").value("Event");
            json.name("name").value(name);
            if (!description.isBlank()) {
                json.name("description").value(description);
            }
            json.name("startDate").value(startDate);
            json.name("endDate").value(endDate);
            json.name("eventStatus").value("https://schema.org/" + session.eventStatus().schemaOrg());
            json.name("eventAttendanceMode").value("https://schema.org/OnlineEventAttendanceMode");
            json.name("location").beginObject();
            json.name("@type").value("VirtualLocation");
            json.name("url").value(pageUrl);
            json.endObject();
            json.name("url").value(pageUrl);
            json.name("inLanguage").value("fr");
            if (organizer.isKnown()) {
                json.name("organizer").beginObject();
                json.name("@type").value("GovernmentOrganization");
                json.name("name").value(organizer.name());
                if (!organizer.email().isBlank()) {
                    json.name("email").value(organizer.email());
                }
                json.endObject();
            }
            if (!session.tags().isEmpty()) {
                json.name("keywords").value(String.join(", ", session.tags()));
            }
            writePerformers(json, session);
            if (session.replay() != null) {
                // A CreativeWork, not a VideoObject: Google's checker asks a VideoObject for a thumbnail and an upload
                // date, which the site does not know; nothing is invented.
                json.name("recordedIn").beginObject();
                json.name("@type").value("CreativeWork");
                json.name("name").value("Enregistrement du webinaire « " + name + " »");
                json.name("url").value(session.replay());
                json.endObject();
            }
            if (!documentUrls.isEmpty()) {
                json.name("workFeatured").beginArray();
                for (int i = 0; i < documentUrls.size(); i++) {
                    json.beginObject();
                    json.name("@type").value("CreativeWork");
                    json.name("name").value(session.documents().get(i).title());
                    json.name("url").value(documentUrls.get(i));
                    json.endObject();
                }
                json.endArray();
            }
            json.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    /** Each speaker as a schema.org {@code Person}: name, function, organisation. */
    private static void writePerformers(JsonWriter json, Session session) throws IOException {
        if (session.speakers().isEmpty()) {
            return;
        }
        json.name("performer").beginArray();
        for (Speaker speaker : session.speakers()) {
            json.beginObject();
            json.name("@type").value("Person");
            json.name("name").value(speaker.name());
            json.name("jobTitle").value(speaker.jobTitle());
            json.name("affiliation").beginObject();
            json.name("@type").value("Organization");
            json.name("name").value(speaker.affiliation());
            json.endObject();
            json.endObject();
        }
        json.endArray();
    }
}
