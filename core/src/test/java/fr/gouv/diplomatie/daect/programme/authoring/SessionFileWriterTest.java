package fr.gouv.diplomatie.daect.programme.authoring;

import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.content.ContentFileReader;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.site.SiteBuild;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.ProgrammeValidator;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import fr.gouv.diplomatie.daect.programme.testing.RepositorySite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionFileWriterTest {

    static final UUID UID = UUID.fromString("6f1c2b9e-3d4a-4e5f-8a7b-1c2d3e4f5a6b");

    @TempDir
    Path dir;

    SessionFileWriter writer() {
        return new SessionFileWriter(dir, dir.resolve("content/webinaires"), "Europe/Paris", () -> UID);
    }

    @Test
    void writesTheSessionFileNamedByDateAndTitleWithItsHeaderFilled() throws Exception {
        Path file = writer().write(new NewSession(" La santé : l'Œuvre des régions ", "2021-03-10", "10:00", "12:30", "", "sante, jeunesse"));

        assertEquals(dir.resolve("content/webinaires/2021-03-10-la-sante-l-oeuvre-des-regions.md"), file);
        assertEquals("content/webinaires/2021-03-10-la-sante-l-oeuvre-des-regions.md", writer().shown(file));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith(String.join("\n", "title=La santé : l'Œuvre des régions", "type=session", "status=published",
                "date=2021-03-10", "start=10:00", "end=12:30", "uid=" + UID, "tags=sante,jeunesse", "~~~~~~", "<!--", "")), text);
        assertTrue(text.contains("heure de Europe/Paris"), text);
        String comment = text.substring(text.indexOf("<!--") + 4, text.indexOf("-->"));
        assertFalse(comment.contains("--"), "a double hyphen would end the HTML comment early");
    }

    @Test
    void aLongTitleGivesItsFirstWordsAndASlugCanBeChosen() throws Exception {
        String title = "Développer des coopérations en matière de sport dans la perspective des Jeux olympiques et paralympiques de 2024";
        assertEquals("developper-des-cooperations-en-matiere-de-sport", SessionFileWriter.shortSlug(title));

        Path chosen = writer().write(new NewSession(title, "2021-01-20", "10:00", "12:30", "sport-jeux-olympiques", ""));
        assertEquals("2021-01-20-sport-jeux-olympiques.md", chosen.getFileName().toString());
    }

    @Test
    void neverWritesOverAnExistingFile() throws Exception {
        NewSession session = new NewSession("La santé", "2021-03-10", "10:00", "12:30", "", "");
        Path file = writer().write(session);
        Files.writeString(file, "title=La santé\nmodifié par la rédaction\n", StandardCharsets.UTF_8);

        InvalidSessionException refused = assertThrows(InvalidSessionException.class, () -> writer().write(session));

        assertEquals(List.of("content/webinaires/2021-03-10-la-sante.md existe déjà : il n'est pas remplacé. "
                + "Modifiez-le, ou choisissez un autre nom avec -Dslug=…"), refused.problems());
        assertEquals("title=La santé\nmodifié par la rédaction\n", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void refusesWrongArgumentsAllAtOnceAndWritesNothing() {
        InvalidSessionException refused = assertThrows(InvalidSessionException.class,
                () -> writer().write(new NewSession("", "10/03/2021", "9h", "25:00", "Santé", "Santé publique")));

        assertEquals(List.of(
                "-Dtitle manque : donnez le titre du webinaire entre guillemets, par exemple -Dtitle=\"La santé\"",
                "-Ddate=10/03/2021 : la date s'écrit AAAA-MM-JJ et doit exister, par exemple -Ddate=2021-03-10",
                "-Dstart=9h : l'heure s'écrit HH:mm sur 24 heures, par exemple -Dstart=10:00",
                "-Dend=25:00 : l'heure s'écrit HH:mm sur 24 heures, par exemple -Dend=12:30",
                "-Dslug=Santé : seulement des minuscules sans accent, des chiffres et des tirets, par exemple -Dslug=sante",
                "-Dtags : `Santé publique` n'est pas un thème valide ; écrivez-le en minuscules sans accent ni espace, "
                        + "par exemple `sante-publique` (les thèmes possibles sont dans tags.properties)"), refused.problems());
        assertFalse(Files.exists(dir.resolve("content")));
    }

    @Test
    void refusesAnEndBeforeTheStartAndADateThatDoesNotExist() {
        InvalidSessionException refused = assertThrows(InvalidSessionException.class,
                () -> writer().write(new NewSession("La santé", "2021-02-30", "14:00", "12:30", "", "")));

        assertEquals(List.of(
                "-Ddate=2021-02-30 : la date s'écrit AAAA-MM-JJ et doit exister, par exemple -Ddate=2021-03-10",
                "-Dend=12:30 : la fin doit venir après le début (-Dstart=14:00)"), refused.problems());
    }

    @Test
    void refusesAnInvisibleCharacterADateOutOfRangeAndAnHourTheClocksSkip() {
        InvalidSessionException refused = assertThrows(InvalidSessionException.class,
                () -> writer().write(new NewSession("La\u000Bsanté", "1900-01-01", "10:00", "12:30", "sante", "")));
        assertEquals(List.of(
                "-Dtitle : caractère invisible U+000B « tabulation verticale » dans le titre ; retapez le titre sans copier-coller",
                "-Ddate=1900-01-01 : la date doit être entre le 2000-01-01 et le 2099-12-31 ; vérifiez l'année"), refused.problems());

        refused = assertThrows(InvalidSessionException.class,
                () -> writer().write(new NewSession("La santé", "2021-03-28", "02:30", "03:15", "", "")));
        assertEquals(List.of("-Dstart=02:30 : cette heure n'existe pas le 2021-03-28 (les horloges passent de 02:00 à 03:00) ; "
                + "choisissez une heure avant 02:00 ou à partir de 03:00"), refused.problems());
        assertFalse(Files.exists(dir.resolve("content")));
    }

    /** The written file in this repository's site: valid, and its explanations on neither the page nor the calendars. */
    @Test
    void theWrittenFileIsValidAndItsExplanationsStayOutOfThePageAndTheCalendars() throws Exception {
        RepositorySite.copyTo(dir);
        Path file = new SessionFileWriter(dir, dir.resolve("content/webinaires"), "Europe/Paris", UUID::randomUUID)
                .write(new NewSession("La santé mondiale", "2021-03-10", "10:00", "12:30", "", "sante"));
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + "Une présentation.\n", StandardCharsets.UTF_8);

        SiteSettings settings = SiteSettings.load(dir, Map.of());
        List<String> diagnostics = ProgrammeValidator.standard()
                .validate(new ValidationContext(dir, new ContentFileReader(dir).readAll(dir.resolve("content")), settings, false))
                .diagnostics().stream().map(Diagnostic::format).toList();
        assertEquals(List.of(), diagnostics);

        Clock clock = Clock.fixed(Instant.parse("2020-12-01T09:00:00Z"), ZoneOffset.UTC);
        new SiteBuild(dir, dir.resolve("target/www"), settings, clock, false, BuildLog.silent()).withoutFrontEnd().bake();
        Document page = Jsoup.parse(dir.resolve("target/www/webinaires/2021-03-10-la-sante-mondiale.html").toFile(), "UTF-8");
        assertTrue(page.text().contains("Une présentation."));
        assertFalse(page.text().contains("commentaire"), page.text());
        for (String calendar : List.of("webinaires/2021-03-10-la-sante-mondiale.ics", "programme.ics", "webinaires.atom")) {
            String text = Files.readString(dir.resolve("target/www").resolve(calendar), StandardCharsets.UTF_8);
            assertTrue(text.contains("La santé mondiale"), calendar);
            assertFalse(text.contains("commentaire"), calendar + " shows the explanations:\n" + text);
        }
    }
}
