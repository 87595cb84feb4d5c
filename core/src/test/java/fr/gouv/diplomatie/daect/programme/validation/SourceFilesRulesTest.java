package fr.gouv.diplomatie.daect.programme.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the build may read and publish: no symbolic link, and only portable file names. */
class SourceFilesRulesTest {

    private static final String LINK = "`) : le site ne publie rien à travers un lien, qui pourrait montrer un fichier hors du dépôt ; "
            + "remplacez le lien par le fichier (ou le dossier) lui-même, copié dans le dépôt, ou supprimez-le";

    @TempDir
    Path dir;

    @TempDir
    Path elsewhere;

    private Path secret() throws IOException {
        return Files.writeString(elsewhere.resolve("secret.txt"), "mot de passe", StandardCharsets.UTF_8);
    }

    private SampleProject link(SampleProject project, String link, Path target) throws IOException {
        Path at = project.dir().resolve(link);
        Files.createDirectories(at.getParent());
        Files.createSymbolicLink(at, target);
        return project;
    }

    @Test
    void aLinkToAFileOutsideTheRepositoryIsAnErrorWhateverItsExtension() throws IOException {
        SampleProject project = new SampleProject(dir).session("a");
        Path secret = secret();
        link(project, "content/x.md", secret);
        link(project, "content/webinaires/affiche.png", secret);
        link(project, "assets/notes.txt", secret);
        assertEquals(List.of(
                "assets/notes.txt:1: erreur: c'est un lien symbolique (vers `" + secret + LINK,
                "content/webinaires/affiche.png:1: erreur: c'est un lien symbolique (vers `" + secret + LINK,
                "content/x.md:1: erreur: c'est un lien symbolique (vers `" + secret + LINK), project.validate());
    }

    @Test
    void aLinkToAFolderOutsideIsAnErrorAndIsNotEntered() throws IOException {
        SampleProject project = new SampleProject(dir).session("a");
        secret();
        Files.writeString(elsewhere.resolve("Page Secrète.md"), "title=x\ntype=page\nstatus=published\n~~~~~~\n", StandardCharsets.UTF_8);
        link(project, "content/documents", elsewhere);
        link(project, "assets/images", elsewhere);
        // Only the links: what they point at is never looked at (no message about the badly named file there).
        assertEquals(List.of(
                "assets/images:1: erreur: c'est un lien symbolique (vers `" + elsewhere + LINK,
                "content/documents:1: erreur: c'est un lien symbolique (vers `" + elsewhere + LINK), project.validate());
    }

    @Test
    void aRelativeLinkLeavingTheRepositoryIsAnError() throws IOException {
        SampleProject project = new SampleProject(dir.resolve("depot")).session("a");
        Files.writeString(dir.resolve("secret.txt"), "mot de passe", StandardCharsets.UTF_8);
        link(project, "content/webinaires/notes.md", Path.of("../../../secret.txt"));
        assertEquals(List.of("content/webinaires/notes.md:1: erreur: c'est un lien symbolique (vers `../../../secret.txt" + LINK),
                project.validate());
    }

    @Test
    void theContentFolderItselfALinkIsAnError() throws IOException {
        SampleProject project = new SampleProject(dir).session("Page Secrète");
        Path real = dir.resolve("ailleurs");
        Files.move(project.dir().resolve("content"), real);
        link(project, "content", real);
        assertEquals(List.of("content:1: erreur: c'est un lien symbolique (vers `" + real + LINK), project.validate());
    }

    @Test
    void aFileNameThatIsNotPortableIsAnErrorProposingTheNameToUse() {
        SampleProject project = new SampleProject(dir).session("a")
                .page("content/Santé mondiale.md")
                .bytes("content/webinaires/Affiche #1.PNG", new byte[]{1})
                .write("assets/documents/support 100%?.pdf", "pdf")
                .write("assets/Mes Documents/guide_v2.1.pdf", "pdf")
                .write("assets/.cache/Peu Importe.txt", "caché : jamais publié");
        String rule = "` ne convient pas à une adresse web (espace, accent, majuscule ou signe) ; renommez-le `";
        String allowed = "` (minuscules sans accents, chiffres, et `-`, `_` ou `.` entre eux)";
        assertEquals(List.of(
                "assets/Mes Documents:1: erreur: le nom de dossier `Mes Documents" + rule + "mes-documents" + allowed,
                "assets/documents/support 100%?.pdf:1: erreur: le nom de fichier `support 100%?.pdf" + rule + "support-100.pdf" + allowed,
                "content/Santé mondiale.md:1: erreur: le nom de fichier `Santé mondiale.md" + rule + "sante-mondiale.md" + allowed,
                "content/webinaires/Affiche #1.PNG:1: erreur: le nom de fichier `Affiche #1.PNG" + rule + "affiche-1.png" + allowed),
                project.validate());
    }

    @Test
    void aSessionFileNameWithAccentsOrSpacesIsAnErrorOnce() {
        SampleProject project = new SampleProject(dir).session("Santé mondiale").session("sante_publique", "date=2021-03-11");
        assertEquals(List.of(
                "content/webinaires/Santé mondiale.md:1: erreur: le nom de fichier `Santé mondiale.md` donnerait une adresse peu sûre "
                        + "(majuscules, accents, espaces ou signes) ; renommez-le `sante-mondiale.md` (minuscules, chiffres et tirets)",
                "content/webinaires/sante_publique.md:1: erreur: le nom de fichier `sante_publique.md` donnerait une adresse peu sûre "
                        + "(majuscules, accents, espaces ou signes) ; renommez-le `sante-publique.md` (minuscules, chiffres et tirets)"),
                project.validate());
    }
}
