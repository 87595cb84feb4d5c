package fr.gouv.diplomatie.daect.programme.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Header syntax, keys and encoding: what an editor gets wrong while typing a header. */
class HeaderRulesTest {

    @TempDir
    Path dir;

    @Test
    void aCorrectProgrammeHasNoDiagnostic() {
        SampleProject project = new SampleProject(dir).session("a").session("b", "date=2021-03-11", "tags=sante, maroc")
                .page("content/a-propos.md", "Voir [la session](webinaires/a.html).");
        assertEquals(List.of(), project.validate());
    }

    @Test
    void aHeaderWithoutSeparatorIsNamedAndNotCheckedFurther() {
        SampleProject project = new SampleProject(dir)
                .write("content/webinaires/a.md", "title=Session", "type=session", "status=published", "Le texte.");
        assertEquals(List.of("content/webinaires/a.md:1: erreur: l'en-tête n'est pas fermé : ajoutez une ligne `~~~~~~` "
                + "après la dernière ligne `clé=valeur`, avant le texte de la page"), project.validate());
    }

    @Test
    void aLineThatIsNotKeyEqualsValue() {
        SampleProject project = new SampleProject(dir).write("content/webinaires/a.md",
                "title=Session a", "type=session", "status=published", "Le 10 mars", "date=2021-03-10", "start=10:00", "end=12:30",
                "uid=0cc175b9-c0f1-36a8-b1c3-80d8e9a3f0f2", "~~~~~~");
        assertEquals(List.of("content/webinaires/a.md:4: erreur: `Le 10 mars` n'est pas une ligne `clé=valeur` ; "
                + "écrivez-la sous cette forme, ou placez ce texte après la ligne `~~~~~~`"), project.validate());
    }

    @Test
    void aColonInsteadOfEqualsIsCorrected() {
        SampleProject project = new SampleProject(dir).write("content/a.md", "title: À propos", "type=page", "status=published", "~~~~~~");
        assertEquals(List.of(
                "content/a.md:1: erreur: `title: À propos` : séparez la clé de la valeur par `=` et non par `:` ; écrivez `title=À propos`",
                "content/a.md:1: erreur: clé obligatoire `title` absente ; ajoutez une ligne `title=Titre du webinaire` avant la ligne `~~~~~~`"),
                project.validate());
    }

    @Test
    void aKeyGivenTwice() {
        SampleProject project = new SampleProject(dir).session("a", "~~~~~~");
        project.write("content/webinaires/a.md", "title=Session a", "type=session", "status=published", "date=2021-03-10",
                "start=10:00", "end=12:30", "date=2021-03-11", "uid=0cc175b9-c0f1-36a8-b1c3-80d8e9a3f0f2", "~~~~~~");
        assertEquals(List.of("content/webinaires/a.md:7: erreur: la clé `date` est déjà donnée ligne 4 ; "
                + "gardez une seule ligne `date=…` et supprimez l'autre"), project.validate());
    }

    @Test
    void anUnknownKeyGetsTheNearestKnownOne() {
        SampleProject project = new SampleProject(dir).session("a", "titel=Faute de frappe", "Tags=sante");
        assertEquals(List.of(
                "content/webinaires/a.md:8: erreur: clé inconnue `titel` ; vouliez-vous dire `title` ?",
                "content/webinaires/a.md:9: erreur: clé inconnue `Tags` ; vouliez-vous dire `tags` ?"), project.validate());
    }

    @Test
    void anUnknownKeyFarFromAnyGetsTheListOfKeys() {
        SampleProject project = new SampleProject(dir).session("a", "intervenant=Mme Dupont");
        assertEquals(List.of("content/webinaires/a.md:8: erreur: clé inconnue `intervenant` ; les clés possibles sont : "
                + "title, type, status, date, start, end, uid, eventStatus, tags, timezone, note, summary, registration, description, subtitle, speakers, replay, documents"),
                project.validate());
    }

    @Test
    void requiredKeysOfASessionMissingOrEmpty() {
        SampleProject project = new SampleProject(dir).session("a", "-uid", "-end", "title=", "date= ");
        assertEquals(List.of(
                "content/webinaires/a.md:1: erreur: `title` est vide ; donnez-lui une valeur, par exemple `title=Titre du webinaire`",
                "content/webinaires/a.md:1: erreur: clé obligatoire `end` absente ; ajoutez une ligne `end=12:30` avant la ligne `~~~~~~`",
                "content/webinaires/a.md:1: erreur: clé obligatoire `uid` absente ; ajoutez une ligne "
                        + "`uid=" + java.util.UUID.nameUUIDFromBytes("content/webinaires/a.md".getBytes(StandardCharsets.UTF_8)) + "` avant la ligne `~~~~~~`",
                "content/webinaires/a.md:4: erreur: `date` est vide ; donnez-lui une valeur, par exemple `date=2021-03-10`"),
                project.validate());
    }

    @Test
    void aPageNeedsOnlyTitleTypeAndStatus() {
        SampleProject project = new SampleProject(dir).write("content/a-propos.md", "title=À propos", "type=page", "~~~~~~");
        assertEquals(List.of("content/a-propos.md:1: erreur: clé obligatoire `status` absente ; "
                + "ajoutez une ligne `status=published` avant la ligne `~~~~~~`"), project.validate());
    }

    @Test
    void aFileNotInUtf8IsNamedAtItsFirstBadLine() {
        byte[] latin1 = ("title=L'égalité\ntype=page\nstatus=published\n~~~~~~\n").getBytes(StandardCharsets.ISO_8859_1);
        SampleProject project = new SampleProject(dir).bytes("content/egalite.md", latin1)
                .bytes("content/autre.md", "title=Autre\ntype=page\nstatus=published\n~~~~~~\nUne ligne\nCafé crème\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of(
                "content/autre.md:6: erreur: le fichier n'est pas enregistré en UTF-8 (caractère illisible sur cette ligne, souvent une lettre accentuée) ; "
                        + "enregistrez-le avec l'encodage UTF-8 dans votre éditeur, puis vérifiez les accents",
                "content/egalite.md:1: erreur: le fichier n'est pas enregistré en UTF-8 (caractère illisible sur cette ligne, souvent une lettre accentuée) ; "
                        + "enregistrez-le avec l'encodage UTF-8 dans votre éditeur, puis vérifiez les accents"),
                project.validate());
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreAccepted() {
        String text = "\uFEFFtitle=Égalité\r\ntype=session\r\nstatus=published\r\ndate=2021-03-10\r\nstart=10:00\r\nend=12:30\r\n"
                + "uid=96abffc5-d962-4759-97d6-c84cfa8dbfc9\r\ntags=sante\r\n~~~~~~\r\nVoir [le guide](../guide.html).\r\n";
        SampleProject project = new SampleProject(dir).bytes("content/webinaires/egalite.md", text.getBytes(StandardCharsets.UTF_8))
                .page("content/guide.md");
        assertEquals(List.of(), project.validate());
    }
}
