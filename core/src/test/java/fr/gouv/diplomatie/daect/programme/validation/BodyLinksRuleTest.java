package fr.gouv.diplomatie.daect.programme.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Links in page bodies, resolved from the page's own address as the browser will. */
class BodyLinksRuleTest {

    @TempDir
    Path dir;

    private SampleProject site() {
        return new SampleProject(dir).page("content/guide.md").session("sante").write("assets/docs/guide.pdf", "%PDF")
                .write("content/webinaires/sante-affiche.pdf", "%PDF");
    }

    @Test
    void linksToPagesAssetsAndGeneratedFilesThatExist() {
        SampleProject project = site().page("content/index.md",
                "[Le guide](guide.html), [le PDF](docs/guide.pdf \"PDF\"), [la santé](webinaires/sante.html#inscription),",
                "[l'agenda](programme.ics), [l'agenda de la session](webinaires/sante.ics), ![logo](dsfr/icons/logo.svg),",
                "[ici](#haut), [le ministère](https://www.diplomatie.gouv.fr/), <secretariat@example.org>, [tél.](tel:+33143176264),",
                "[retour](./), [référence][r], [flux](webinaires.atom), [plan](sitemap.xml)",
                "",
                "[r]: ./guide.html?mode=court");
        project.session("jeunesse", "date=2021-03-11", "~~~~~~", "[Guide](../guide.html), [accueil](../index.html), [voisine](sante.html)",
                "[affiche copiée avec les pages](sante-affiche.pdf)");
        assertEquals(List.of(), project.validate());
    }

    @Test
    void aLinkToAMissingPageGetsTheNearestAddress() {
        SampleProject project = site().session("jeunesse", "date=2021-03-11", "~~~~~~", "", "Lire [le guide](../guid.html) et [la santé](sant.html).");
        assertEquals(List.of(
                "content/webinaires/jeunesse.md:10: erreur: lien `../guid.html` : cette page ou ce fichier n'existe pas sur le site ; vouliez-vous dire `../guide.html` ?",
                "content/webinaires/jeunesse.md:10: erreur: lien `sant.html` : cette page ou ce fichier n'existe pas sur le site ; vouliez-vous dire `sante.html` ?"),
                project.validate());
    }

    @Test
    void aLinkToAMarkdownSourceGetsItsPage() {
        SampleProject project = site().page("content/index.md", "Voir [le guide](guide.md).");
        assertEquals(List.of("content/index.md:5: erreur: lien `guide.md` : cette page ou ce fichier n'existe pas sur le site ; vouliez-vous dire `guide.html` ?"),
                project.validate());
    }

    @Test
    void aLinkToAFileNobodyAdded() {
        SampleProject project = site().page("content/index.md", "Le [programme](docs/programme-2021.pdf).");
        assertEquals(List.of("content/index.md:5: erreur: lien `docs/programme-2021.pdf` : cette page ou ce fichier n'existe pas sur le site ; "
                + "corrigez le lien, ou placez le fichier dans `assets/docs/programme-2021.pdf` (publié à l'adresse `docs/programme-2021.pdf`)"),
                project.validate());
    }

    @Test
    void aLinkToADraftPage() {
        SampleProject project = site().write("content/agenda.md", "title=Agenda", "type=page", "status=draft", "~~~~~~")
                .page("content/index.md", "Voir l'[agenda](agenda.html).");
        assertEquals(List.of("content/index.md:5: erreur: lien `agenda.html` vers content/agenda.md, qui est un brouillon (`status=draft`) "
                + "et ne sera pas publié ; publiez cette page ou retirez le lien"), project.validate());
    }

    @Test
    void rootRelativeAndEscapingLinks() {
        SampleProject project = site().session("jeunesse", "date=2021-03-11", "~~~~~~", "[Guide](/guide.html#partie-2)", "[Ailleurs](../../autre/page.html)");
        assertEquals(List.of(
                "content/webinaires/jeunesse.md:9: erreur: lien `/guide.html#partie-2` : un lien qui commence par `/` serait cassé "
                        + "si le site est publié dans un sous-dossier ; écrivez `../guide.html#partie-2`",
                "content/webinaires/jeunesse.md:10: erreur: lien `../../autre/page.html` : il sort du site (trop de `../`) ; corrigez le chemin"),
                project.validate());
    }

    @Test
    void scriptAndDataLinksAreRefusedAndHttpIsAWarning() {
        SampleProject project = site().page("content/index.md",
                "[Cliquez](javascript:alert(1))",
                "![image](data:image/png;base64,iVBORw0KGgo=)",
                "Le [site de la CNCD](http://www.cncd.fr/) et http://www.example.org/page en clair.",
                "<a href=\"JavaScript:void(0)\">lien</a>");
        assertEquals(List.of(
                "content/index.md:5: erreur: lien `javascript:` interdit : il ferait exécuter du code par le navigateur du visiteur ; "
                        + "faites un lien vers une page du site ou une adresse https://",
                "content/index.md:6: erreur: lien `data:` interdit : le contenu serait caché dans la page ; placez le fichier dans assets/ et faites un lien vers lui",
                "content/index.md:7: avertissement: lien non chiffré `http://www.cncd.fr/` ; utilisez `https://www.cncd.fr/` si ce site le permet",
                "content/index.md:7: avertissement: lien non chiffré `http://www.example.org/page` ; utilisez `https://www.example.org/page` si ce site le permet",
                "content/index.md:8: erreur: lien `javascript:` interdit : il ferait exécuter du code par le navigateur du visiteur ; "
                        + "faites un lien vers une page du site ou une adresse https://",
                "content/index.md:8: erreur: balise `<a>` interdite : écrivez le lien en Markdown, `[texte du lien](adresse)`"),
                project.validate());
    }

    @Test
    void scriptLinksAreRefusedWhenEncodedOrWrittenAcrossALineBreak() {
        SampleProject project = site().page("content/index.md",
                "[Cliquez](jav&#x61;script:alert(1)) ou [ici](",
                "javascript:alert(2)), <javascript:alert(3)>",
                "",
                "Texte <abbr title=\"x\" data-x=\"1\" href=",
                "  \"java&#x09;script:alert(4)\">y</abbr>");
        String refused = "erreur: lien `javascript:` interdit : il ferait exécuter du code par le navigateur du visiteur ; "
                + "faites un lien vers une page du site ou une adresse https://";
        assertEquals(List.of(
                "content/index.md:5: " + refused,
                "content/index.md:6: " + refused,
                "content/index.md:6: " + refused,
                "content/index.md:8: erreur: attribut `data-x` interdit dans `<abbr>` : `<abbr>` n'accepte que `lang title` ; retirez-le",
                "content/index.md:8: erreur: attribut `href` interdit dans `<abbr>` : `<abbr>` n'accepte que `lang title` ; retirez-le",
                "content/index.md:9: " + refused),
                project.validate());
    }

    @Test
    void anImageFromAnotherSiteIsRefusedSinceNoPageWouldShowIt() {
        SampleProject project = site().page("content/index.md",
                "![Logo](https://www.example.org/img/logo.png \"Logo\") et [![Carte](//cdn.example.org/carte.jpg)](https://www.example.org/)",
                "mais [un lien](https://www.example.org/page.png) reste un lien.")
                .session("jeunesse", "date=2021-03-11", "~~~~~~", "![Affiche](https://www.example.org/affiche.png?v=2)");
        assertEquals(List.of(
                "content/index.md:5: erreur: image `https://www.example.org/img/logo.png` d'un autre site : la politique de sécurité des pages ne l'afficherait pas "
                        + "(elles ne montrent que les images du site) ; enregistrez-la dans assets/images/ et écrivez `![description](images/logo.png)`",
                "content/index.md:5: erreur: image `//cdn.example.org/carte.jpg` d'un autre site : la politique de sécurité des pages ne l'afficherait pas "
                        + "(elles ne montrent que les images du site) ; enregistrez-la dans assets/images/ et écrivez `![description](images/carte.jpg)`",
                "content/webinaires/jeunesse.md:9: erreur: image `https://www.example.org/affiche.png?v=2` d'un autre site : la politique de sécurité des pages "
                        + "ne l'afficherait pas (elles ne montrent que les images du site) ; enregistrez-la dans assets/images/ et écrivez `![description](../images/affiche.png)`"),
                project.validate());
    }

    @Test
    void codeIsNotALinkButHtmlIs() {
        SampleProject project = site().page("content/index.md",
                "Exemple : `[texte](absent.html)`",
                "",
                "```",
                "[texte](absent.html)",
                "```",
                "",
                "<p>Le <a href='absente.html'>texte</a></p>");
        assertEquals(List.of("content/index.md:11: erreur: lien `absente.html` : cette page ou ce fichier n'existe pas sur le site ; "
                + "corrigez le lien, ou placez le fichier dans `assets/absente.html` (publié à l'adresse `absente.html`)",
                "content/index.md:11: erreur: balise `<p>` interdite : écrivez ce passage en Markdown (titre `## …`, liste `- …`, gras `**…**`, tableau…)",
                "content/index.md:11: erreur: balise `<a>` interdite : écrivez le lien en Markdown, `[texte du lien](adresse)`"), project.validate());
    }

    @Test
    void linksOfAnHtmlContentFile() {
        SampleProject project = site().write("content/plan.html", "title=Plan", "type=page", "status=published", "~~~~~~",
                "<p>", "<a href=\"guide.html\">Guide</a>", "<img src=\"images/plan.png\" alt=\"\">", "</p>");
        assertEquals(List.of("content/plan.html:7: erreur: lien `images/plan.png` : cette page ou ce fichier n'existe pas sur le site ; "
                + "corrigez le lien, ou placez le fichier dans `assets/images/plan.png` (publié à l'adresse `images/plan.png`)"), project.validate());
    }
}
