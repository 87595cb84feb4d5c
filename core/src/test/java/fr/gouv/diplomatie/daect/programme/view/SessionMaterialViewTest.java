package fr.gouv.diplomatie.daect.programme.view;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import fr.gouv.diplomatie.daect.programme.calendar.EventDescription;
import fr.gouv.diplomatie.daect.programme.calendar.SessionText;
import fr.gouv.diplomatie.daect.programme.content.MarkdownBodies;
import fr.gouv.diplomatie.daect.programme.programme.EventStatus;
import fr.gouv.diplomatie.daect.programme.programme.Programme;
import fr.gouv.diplomatie.daect.programme.programme.Session;
import fr.gouv.diplomatie.daect.programme.programme.SessionDocument;
import fr.gouv.diplomatie.daect.programme.programme.Speaker;
import fr.gouv.diplomatie.daect.programme.programme.TagVocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Speakers, recording and documents as the page, the structured data and the calendars carry them. */
class SessionMaterialViewTest {

    @TempDir
    Path assets;

    private Session session() {
        return new Session("content/webinaires/maroc.md", "maroc", UUID.nameUUIDFromBytes(new byte[]{1}), "Le Maroc",
                LocalDate.of(2020, 12, 8), LocalTime.of(10, 0), LocalTime.of(12, 0), ZoneId.of("Europe/Paris"), EventStatus.SCHEDULED,
                List.of(), null, true, true,
                Speaker.parseAll("Amina Benali (directrice, Agence marocaine de coopération); Jean-Marc Dupuis (chargé de mission, DAECT)"),
                "https://www.dailymotion.com/video/x7abcd",
                SessionDocument.parseAll("[Support de présentation](documents/support.pdf), documents/annexe.pdf"));
    }

    private SessionView view(Instant now) throws IOException {
        Files.createDirectories(assets.resolve("documents"));
        Files.write(assets.resolve("documents/support.pdf"), new byte[12 * 1024 + 100]);
        Files.write(assets.resolve("documents/annexe.pdf"), new byte[900]);
        Programme programme = new Programme(List.of(session()), now, Duration.ofHours(24));
        return new ProgrammeView(programme, new SitePaths("https://webinaires.example.fr/"), Organizer.NONE, TagVocabulary.parse(List.of()),
                new DocumentFiles(assets)).session("maroc");
    }

    @Test
    void theNoteHasFrenchSpacingAsTheTitle() {
        Session base = session();
        Session noted = new Session(base.sourcePath(), base.slug(), base.uid(), "Le Maroc : coopérer ?", base.date(), base.start(), base.end(),
                base.zone(), base.eventStatus(), base.tags(), "Attention : horaire avancé !", base.published(), base.registration(),
                base.speakers(), base.replay(), base.documents());
        Programme programme = new Programme(List.of(noted), Instant.parse("2020-12-01T00:00:00Z"), Duration.ofHours(24));
        SessionView view = new ProgrammeView(programme, new SitePaths("https://webinaires.example.fr/"), Organizer.NONE,
                TagVocabulary.parse(List.of()), new DocumentFiles(assets)).session("maroc");
        assertEquals("Le Maroc\u00a0: coopérer\u00a0?", view.getTitle());
        assertEquals("Attention\u00a0: horaire avancé\u00a0!", view.getNote());
    }

    @Test
    void documentsSayTheirTitleFormatAndSize() throws IOException {
        List<DocumentLink> documents = view(Instant.parse("2020-12-01T00:00:00Z")).getDocuments();
        assertEquals("Support de présentation", documents.get(0).getTitle());
        assertEquals("PDF – 12\u00a0Ko", documents.get(0).getDetail());
        assertEquals("annexe.pdf", documents.get(1).getTitle());
        assertEquals("PDF – 900\u00a0octets", documents.get(1).getDetail());
        assertEquals("documents/support.pdf", documents.get(0).getPath());
    }

    @Test
    void theStructuredDataNamesTheSpeakersTheRecordingAndTheDocuments() throws IOException {
        JsonObject event = JsonParser.parseString(view(Instant.parse("2020-12-09T00:00:00Z")).getJsonLd()).getAsJsonObject();
        JsonArray performers = event.getAsJsonArray("performer");
        assertEquals(2, performers.size());
        JsonObject amina = performers.get(0).getAsJsonObject();
        assertEquals("Person", amina.get("@type").getAsString());
        assertEquals("Amina Benali", amina.get("name").getAsString());
        assertEquals("directrice", amina.get("jobTitle").getAsString());
        assertEquals("Agence marocaine de coopération", amina.getAsJsonObject("affiliation").get("name").getAsString());
        assertEquals("https://www.dailymotion.com/video/x7abcd", event.getAsJsonObject("recordedIn").get("url").getAsString());
        assertEquals("https://webinaires.example.fr/documents/support.pdf",
                event.getAsJsonArray("workFeatured").get(0).getAsJsonObject().get("url").getAsString());
    }

    @Test
    void registrationClosesADayBeforeAndThePageSaysUntilWhen() throws IOException {
        SessionView open = view(Instant.parse("2020-12-07T08:59:00Z"));
        assertEquals("open", open.getPhase());
        assertEquals("lundi 7 décembre 2020 à 10\u00a0h (heure de Paris)", open.getRegistrationClosesLabel());
        assertEquals("2020-12-07T10:00+01:00", open.getRegistrationClosesIso());
        assertEquals("before", view(Instant.parse("2020-12-07T09:00:00Z")).getPhase());
        assertEquals("during", view(Instant.parse("2020-12-08T09:30:00Z")).getPhase());
        assertEquals("after", view(Instant.parse("2020-12-08T11:00:00Z")).getPhase());
    }

    @Test
    void theCalendarDescriptionListsTheSpeakers() {
        String description = EventDescription.of(session(), SessionText.NONE, MarkdownBodies.of(List.of()), "https://webinaires.example.fr/webinaires/maroc.html");
        assertTrue(description.contains("Intervenants :\n- Amina Benali (directrice, Agence marocaine de coopération)\n"
                + "- Jean-Marc Dupuis (chargé de mission, DAECT)"), description);
    }
}
