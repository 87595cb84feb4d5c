package fr.gouv.diplomatie.daect.programme.validation;

import fr.gouv.diplomatie.daect.programme.content.ContentFileReader;
import fr.gouv.diplomatie.daect.programme.programme.Session;
import fr.gouv.diplomatie.daect.programme.programme.SessionReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What breaks feeds and calendars although it looks fine in an editor: invisible characters, clock changes, odd dates, deep nesting. */
class TextAndTimeRulesTest {

    private static final String ADVICE = " ; supprimez-le ou remplacez-le par une espace (il vient souvent d'un copier-coller depuis un traitement de texte)";

    @TempDir
    Path dir;

    // Invisible characters

    @Test
    void aVerticalTabPastedIntoATitleIsNamed() {
        SampleProject project = new SampleProject(dir).session("a", "title=Coopération\u000Bdécentralisée");
        assertEquals(List.of("content/webinaires/a.md:1: erreur: caractère invisible `U+000B` « tabulation verticale » dans la valeur de `title`, "
                + "interdit dans un en-tête" + ADVICE), project.validate());
    }

    @Test
    void aTabInsideAHeaderValueIsRefusedButNotAroundIt() {
        SampleProject project = new SampleProject(dir).session("a", "note=Dispositif\tconjoint", "tags=\tsante\t");
        assertEquals(List.of("content/webinaires/a.md:8: erreur: caractère invisible `U+0009` « tabulation » dans la valeur de `note`, "
                + "interdit dans un en-tête" + ADVICE), project.validate());
    }

    @Test
    void controlCharactersInABodyAreNamedWithTheirLine() {
        SampleProject project = new SampleProject(dir).session("a", "~~~~~~", "Premier paragraphe.", "",
                "Avec\tune tabulation, permise.", "Un caractère nul\u0000 ici.", "Échappement \u001B[31m.", "Suppression\u007F.",
                "Ligne suivante\u0085 (C1).", "Séparateur\u2028de ligne.", "Saut de page\f.");
        assertEquals(List.of(
                "content/webinaires/a.md:12: erreur: caractère invisible `U+0000` « caractère nul » dans le texte, interdit" + ADVICE,
                "content/webinaires/a.md:13: erreur: caractère invisible `U+001B` « échappement » dans le texte, interdit" + ADVICE,
                "content/webinaires/a.md:14: erreur: caractère invisible `U+007F` « suppression » dans le texte, interdit" + ADVICE,
                "content/webinaires/a.md:15: erreur: caractère invisible `U+0085` « ligne suivante » dans le texte, interdit" + ADVICE,
                "content/webinaires/a.md:16: erreur: caractère invisible `U+2028` « séparateur de ligne » dans le texte, interdit" + ADVICE,
                "content/webinaires/a.md:17: erreur: caractère invisible `U+000C` « saut de page » dans le texte, interdit" + ADVICE),
                project.validate());
    }

    @Test
    void everyContentFileIsCheckedNotOnlySessions() {
        SampleProject project = new SampleProject(dir).session("a")
                .page("content/a-propos.md", "Le guide\u000Bopérationnel.")
                .write("content/contact.md", "title=Contact\u0007", "type=page", "status=published", "~~~~~~");
        assertEquals(List.of(
                "content/a-propos.md:5: erreur: caractère invisible `U+000B` « tabulation verticale » dans le texte, interdit" + ADVICE,
                "content/contact.md:1: erreur: caractère invisible `U+0007` « sonnerie » dans la valeur de `title`, interdit dans un en-tête" + ADVICE),
                project.validate());
    }

    @Test
    void aLoneSurrogateAndANonCharacterAreRefusedAnEmojiIsNot() {
        SampleProject project = new SampleProject(dir).session("a", "title=Session 🌍", "~~~~~~", "Bienvenue 🎉.", "Fin\uFFFF.");
        assertEquals(List.of("content/webinaires/a.md:10: erreur: caractère invisible `U+FFFF` « non-caractère » dans le texte, interdit" + ADVICE),
                project.validate());
    }

    @Test
    void aLineBreakWrittenAsAnEscapeInASettingIsRefusedWithItsLine() {
        String[] settings = java.util.Arrays.copyOf(SampleProject.DEFAULT_SETTINGS, SampleProject.DEFAULT_SETTINGS.length + 1);
        settings[settings.length - 1] = "contact.secretariat=Secrétariat\\nDAECT";
        SampleProject project = new SampleProject(dir).session("a").settings(settings);
        assertEquals(List.of("jbake.properties:6: erreur: `contact.secretariat` : caractère invisible `U+000A` « saut de ligne » dans la valeur, "
                + "interdit ; écrivez la valeur sur une seule ligne, sans `\\n`, `\\t` ni caractère de contrôle"), project.validate());
    }

    @Test
    void aControlCharacterGivenOnTheCommandLineIsRefused() {
        SampleProject project = new SampleProject(dir).session("a").commandLine("contact.secretariat", "Secrétariat\r\nDAECT");
        assertEquals(List.of("jbake.properties:1: erreur: `contact.secretariat` : caractère invisible `U+000D` « retour chariot » dans la valeur, "
                + "interdit ; écrivez la valeur sur une seule ligne, sans `\\n`, `\\t` ni caractère de contrôle "
                + "(valeur donnée sur la ligne de commande : -Dcontact.secretariat=…)"), project.validate());
    }

    // Clock changes

    @Test
    void aTimeInTheHourSkippedInSpringIsRefused() {
        SampleProject project = new SampleProject(dir).session("a", "date=2021-03-28", "start=02:30", "end=03:15");
        assertEquals(List.of("content/webinaires/a.md:5: erreur: `start=02:30` n'existe pas le 2021-03-28 dans le fuseau `Europe/Paris` : "
                + "les horloges passent de 02:00 à 03:00 cette nuit-là ; choisissez une heure avant 02:00 ou à partir de 03:00"), project.validate());
    }

    @Test
    void aSessionInItsOwnZoneIsCheckedAgainstThatZone() {
        // New York moves its clocks two weeks before Paris; 02:30 exists in Paris that day.
        SampleProject project = new SampleProject(dir).session("a", "date=2021-03-14", "start=01:30", "end=02:30",
                "timezone=America/New_York");
        assertEquals(List.of("content/webinaires/a.md:6: erreur: `end=02:30` n'existe pas le 2021-03-14 dans le fuseau `America/New_York` : "
                + "les horloges passent de 02:00 à 03:00 cette nuit-là ; choisissez une heure avant 02:00 ou à partir de 03:00"), project.validate());
        assertEquals(List.of(), new SampleProject(dir.resolve("paris")).session("a", "date=2021-03-14", "start=01:30", "end=02:30").validate());
    }

    @Test
    void aTimeInTheHourRepeatedInAutumnIsKeptAndReadAsSummerTime() {
        SampleProject project = new SampleProject(dir).session("a", "date=2021-10-31", "start=02:15", "end=02:45");
        assertEquals(List.of(), project.validate());
        Session session = new SessionReader(ZoneId.of("Europe/Paris"))
                .readAll(new ContentFileReader(dir).readAll(dir.resolve("content"))).get(0);
        // The earlier offset, +02:00: 02:15 summer time is 00:15 UTC (winter time would be 01:15 UTC).
        assertEquals(Instant.parse("2021-10-31T00:15:00Z"), session.startInstant());
        assertEquals(Instant.parse("2021-10-31T00:45:00Z"), session.endInstant());
    }

    // Dates

    @Test
    void aDateOutsideTheCenturyIsRefused() {
        SampleProject project = new SampleProject(dir).session("a", "date=1900-01-01").session("b", "date=9999-12-31")
                .session("c", "date=2099-12-31").session("d", "date=2000-01-01");
        assertEquals(List.of(
                "content/webinaires/a.md:4: erreur: `date=1900-01-01` est hors des dates acceptées, du 2000-01-01 au 2099-12-31 ; vérifiez l'année",
                "content/webinaires/b.md:4: erreur: `date=9999-12-31` est hors des dates acceptées, du 2000-01-01 au 2099-12-31 ; vérifiez l'année"),
                project.validate());
    }

    // Nesting

    @Test
    void aThousandQuotationMarksInASessionAreRefusedWithTheirLine() {
        SampleProject project = new SampleProject(dir).session("a", "~~~~~~", "Introduction.", ">".repeat(1000) + " citation");
        assertEquals(List.of("content/webinaires/a.md:10: erreur: cette ligne imbrique 1000 niveaux de citation (`>`) ou de liste, "
                + "plus que les 20 permis ; réduisez l'imbrication"), project.validate());
    }

    @Test
    void deeplyNestedListsInAPageAreRefusedTwentyLevelsAreNot() {
        StringBuilder indented = new StringBuilder();
        for (int level = 0; level < 30; level++) {
            indented.append("  ".repeat(level)).append("- niveau ").append(level).append('\n');
        }
        SampleProject project = new SampleProject(dir)
                .page("content/a-propos.md", "- ".repeat(21) + "x", "> ".repeat(20) + "x", "> - 1. ".repeat(7) + "x")
                .page("content/plan.md", indented.toString().split("\n"));
        String tooDeep = " niveaux de citation (`>`) ou de liste, plus que les 20 permis ; réduisez l'imbrication";
        List<String> expected = new java.util.ArrayList<>(List.of(
                "content/a-propos.md:5: erreur: cette ligne imbrique 21" + tooDeep,
                "content/a-propos.md:7: erreur: cette ligne imbrique 21" + tooDeep));
        // Item n (from 0) is on line 5 + n, indented by 2n columns: n + 1 levels.
        for (int n = 20; n < 30; n++) {
            expected.add("content/plan.md:" + (5 + n) + ": erreur: cette ligne imbrique " + (n + 1) + tooDeep);
        }
        assertEquals(expected, project.validate());
    }

    @Test
    void thousandsOfEmphasisSignsAreRefusedButNotInsideACodeBlock() {
        SampleProject project = new SampleProject(dir).session("a", "~~~~~~", "*a ".repeat(3000) + "x", "```", ">".repeat(1000), "```");
        assertEquals(List.of("content/webinaires/a.md:9: erreur: cette ligne compte 3000 signes d'emphase (`*` ou `_`), plus que les 200 permis ; "
                + "retirez-en, ou écrivez `\\*` et `\\_` pour les afficher tels quels"), project.validate());
    }

    @Test
    void bytesOfAControlCharacterReadFromDiskAreFound() {
        // What a word processor's paste leaves in the file, byte for byte.
        SampleProject project = new SampleProject(dir).bytes("content/a-propos.md",
                "title=À propos\ntype=page\nstatus=published\n~~~~~~\nLigne\u000Bsuivante\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("content/a-propos.md:5: erreur: caractère invisible `U+000B` « tabulation verticale » dans le texte, interdit" + ADVICE),
                project.validate());
    }
}
