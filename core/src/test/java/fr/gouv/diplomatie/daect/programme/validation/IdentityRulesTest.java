package fr.gouv.diplomatie.daect.programme.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What identifies a session: its uid in calendars, its address on the site. */
class IdentityRulesTest {

    @TempDir
    Path dir;

    private static String proposedUid(String path) {
        return UUID.nameUUIDFromBytes(path.getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Test
    void aUidThatIsNotAUuid() {
        SampleProject project = new SampleProject(dir).session("a", "uid=session-sante-2021");
        assertEquals(List.of("content/webinaires/a.md:7: erreur: `uid=session-sante-2021` n'est pas un UUID "
                + "(32 chiffres ou lettres de a à f, en groupes 8-4-4-4-12) ; remplacez-le, par exemple par `uid="
                + proposedUid("content/webinaires/a.md") + "`"), project.validate());
    }

    @Test
    void twoSessionsWithOneUidNameTheCopy() {
        String uid = "8758bf3a-9689-4087-86d8-c5c343fe098b";
        SampleProject project = new SampleProject(dir).session("a", "uid=" + uid)
                .session("b", "date=2021-03-11", "uid=" + uid.toUpperCase());
        assertEquals(List.of("content/webinaires/b.md:7: erreur: `uid=" + uid.toUpperCase() + "` est déjà celui de content/webinaires/a.md (ligne 7) ; "
                + "chaque session a son propre uid : si ce fichier est une copie, donnez-lui un nouvel uid, par exemple `uid="
                + proposedUid("content/webinaires/b.md") + "`"), project.validate());
    }

    @Test
    void aMarkdownAndAnHtmlFileWithOneNamePublishToOneAddress() {
        SampleProject project = new SampleProject(dir).page("content/a-propos.md").page("content/a-propos.html", "<p>Texte</p>");
        assertEquals(List.of("content/a-propos.md:1: erreur: ce fichier serait publié à l'adresse `a-propos.html`, comme content/a-propos.html ; "
                + "l'un remplacerait l'autre : renommez ce fichier"), project.validate());
    }

    @Test
    void aPageAndAnAssetWithOneAddress() {
        SampleProject project = new SampleProject(dir).page("content/plan.md").write("assets/plan.html", "<p>plan</p>")
                .page("content/404.md");
        assertEquals(List.of(
                "content/404.md:1: erreur: ce fichier serait publié à l'adresse `404.html`, comme la page d'erreur 404 ; "
                        + "l'un remplacerait l'autre : renommez ce fichier",
                "content/plan.md:1: erreur: ce fichier serait publié à l'adresse `plan.html`, comme assets/plan.html ; "
                        + "l'un remplacerait l'autre : renommez ce fichier"),
                project.validate());
    }

    @Test
    void namesDifferingOnlyByCaseCollide() {
        SampleProject project = new SampleProject(dir).page("content/Guide.md").page("content/guide.md");
        assertEquals(List.of("content/Guide.md:1: erreur: le nom de fichier `Guide.md` ne convient pas à une adresse web (espace, accent, "
                + "majuscule ou signe) ; renommez-le `guide.md` (minuscules sans accents, chiffres, et `-`, `_` ou `.` entre eux)",
                "content/guide.md:1: erreur: ce fichier serait publié à l'adresse `guide.html`, comme content/Guide.md ; "
                + "l'un remplacerait l'autre : renommez ce fichier"), project.validate());
    }

    @Test
    void aTextFileThatWillNotBecomeAPage() {
        SampleProject project = new SampleProject(dir).session("a").write("content/webinaires/sport.md.txt", "title=Le sport")
                .write("content/webinaires/Jeunesse.MD", "title=Jeunesse").bytes("content/webinaires/affiche.png", new byte[]{1, 2});
        assertEquals(List.of(
                "content/webinaires/Jeunesse.MD:1: erreur: le nom de fichier `Jeunesse.MD` ne convient pas à une adresse web (espace, accent, "
                        + "majuscule ou signe) ; renommez-le `jeunesse.md` (minuscules sans accents, chiffres, et `-`, `_` ou `.` entre eux)",
                "content/webinaires/Jeunesse.MD:1: avertissement: le fichier `Jeunesse.MD` ne deviendra pas une page : "
                        + "seuls les fichiers `.md` (ou `.html`) de content/ sont publiés comme pages ; renommez-le `jeunesse.md`",
                "content/webinaires/sport.md.txt:1: avertissement: le fichier `sport.md.txt` ne deviendra pas une page : "
                        + "seuls les fichiers `.md` (ou `.html`) de content/ sont publiés comme pages ; renommez-le `sport.md`"),
                project.validate());
    }

    @Test
    void aSessionOutsideTheSessionsFolder() {
        SampleProject project = new SampleProject(dir).sessionAt("content/sante.md");
        assertEquals(List.of("content/sante.md:2: erreur: une session doit être rangée dans content/webinaires/ : "
                + "déplacez ce fichier dans ce dossier (ou, si ce n'est pas une session, changez `type=session`)"), project.validate());
    }
}
