package fr.gouv.diplomatie.daect.programme.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The HTML editors write in page text: a few tags allowed, anything that could run or redirect refused, at its line. */
class RawHtmlRuleTest {

    private static final String OTHERS = "elle pourrait exécuter du code ou changer la page dans le navigateur du visiteur ; retirez-la "
            + "(seules `<abbr title>`, `<span lang>`, `<sup>`, `<sub>`, `<br>`, `<kbd>`, `<mark>` et les commentaires `<!-- -->` sont permis)";
    private static final String SCRIPT_LINK = "lien `javascript:` interdit : il ferait exécuter du code par le navigateur du visiteur ; "
            + "faites un lien vers une page du site ou une adresse https://";
    private static final String HANDLER = "il ferait exécuter du code par le navigateur du visiteur ; retirez-le";

    @TempDir
    Path dir;

    /** A session whose body (from line 9) is these lines. */
    private List<String> session(String... body) {
        String[] changes = new String[body.length + 1];
        changes[0] = "~~~~~~";
        System.arraycopy(body, 0, changes, 1, body.length);
        return new SampleProject(dir).session("sante", changes).validate();
    }

    /** A page of content/ (not a session) whose body (from line 5) is these lines. */
    private List<String> page(String... body) {
        return new SampleProject(dir).session("sante").page("content/a-propos.md", body).validate();
    }

    private static String at(int line, String message) {
        return "content/webinaires/sante.md:" + line + ": erreur: " + message;
    }

    @Test
    void markdownAndTheAllowedTagsPass() {
        assertEquals(List.of(), session(
                "Les <abbr title=\"collectivités territoriales\">CT</abbr> et la <span lang=\"en\">governance</span>, le 1<sup>er</sup>,",
                "H<sub>2</sub>O, <KBD>Ctrl</KBD>, <mark>important</mark>,<br>à la ligne, <br/> encore.",
                "<!-- Note pour les rédacteurs : <script> n'est pas lu ici. -->",
                "",
                "Du code : `<script>alert(1)</script>`, 3 < 4, a<b, \\<script>, <https://www.diplomatie.gouv.fr/>, <daect@example.org>.",
                "",
                "```html",
                "<iframe src=\"https://example.org/\"></iframe>",
                "```",
                "",
                "    <script>alert('code indenté')</script>"));
    }

    /** Every kind of HTML the issue saw run or render in Chromium, from the first line of a body. */
    private static final String[] PAYLOADS = {
            "<script>document.title = 'pwned'</script>",
            "Texte <img src=https://evil.example/x.png onerror=alert(1)> suite.",
            "",
            "<svg onload=\"alert(1)\"><circle r=\"4\"/></svg>",
            "",
            "<details open ontoggle=alert(1)><summary>x</summary></details>",
            "",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "",
            "<form action=\"https://evil.example/\"><input name=\"q\"></form>",
            "",
            "<meta http-equiv=\"refresh\" content=\"0; url=https://evil.example/\">",
            "",
            "Un <SCRIPT SRC=https://evil.example/x.js></SCRIPT> en majuscules.",
            "",
            "<object data=\"https://evil.example/x.swf\"></object><embed src=\"https://evil.example/x.swf\">",
            "",
            "<base href=\"https://evil.example/\"><link rel=\"stylesheet\" href=\"https://evil.example/x.css\"><style>p{}</style>",
            "",
            "<body onload=\"alert(1)\">"};

    /** What the validation says about {@link #PAYLOADS} in {@code file}, whose body begins at {@code first}. */
    private static List<String> refusals(String file, int first) {
        return List.of(
                at(file, first, "balise `<script>` interdite : " + OTHERS),
                at(file, first + 1, "balise `<img>` interdite : écrivez l'image en Markdown, `![description](images/fichier.png)`, le fichier étant dans assets/images/"),
                at(file, first + 3, "balise `<svg>` interdite : " + OTHERS),
                at(file, first + 5, "balise `<details>` interdite : " + OTHERS),
                at(file, first + 5, "balise `<summary>` interdite : " + OTHERS),
                at(file, first + 7, "balise `<iframe>` interdite : une vidéo ou un document d'un autre site ne peut pas être inséré dans la page ; "
                        + "faites un lien vers lui, `[Voir la vidéo](https://…)`"),
                at(file, first + 9, "balise `<form>` interdite : le seul formulaire du site est celui de la page d'inscription ; "
                        + "faites un lien vers elle, `[S'inscrire](inscription.html)`"),
                at(file, first + 9, "balise `<input>` interdite : le seul formulaire du site est celui de la page d'inscription ; "
                        + "faites un lien vers elle, `[S'inscrire](inscription.html)`"),
                at(file, first + 11, "balise `<meta>` interdite : " + OTHERS),
                at(file, first + 13, "balise `<script>` interdite : " + OTHERS),
                at(file, first + 15, "balise `<object>` interdite : une vidéo ou un document d'un autre site ne peut pas être inséré dans la page ; "
                        + "faites un lien vers lui, `[Voir la vidéo](https://…)`"),
                at(file, first + 15, "balise `<embed>` interdite : une vidéo ou un document d'un autre site ne peut pas être inséré dans la page ; "
                        + "faites un lien vers lui, `[Voir la vidéo](https://…)`"),
                at(file, first + 17, "balise `<base>` interdite : " + OTHERS),
                at(file, first + 17, "balise `<link>` interdite : " + OTHERS),
                at(file, first + 17, "balise `<style>` interdite : " + OTHERS),
                at(file, first + 19, "balise `<body>` interdite : " + OTHERS));
    }

    private static String at(String file, int line, String message) {
        return file + ":" + line + ": erreur: " + message;
    }

    @Test
    void scriptsHandlersAndForeignContentAreRefusedAtTheirLine() {
        assertEquals(refusals("content/webinaires/sante.md", 9), session(PAYLOADS));
    }

    @Test
    void theSameInAPageOfContent() {
        assertEquals(refusals("content/a-propos.md", 5), page(PAYLOADS));
    }

    @Test
    void attributesOfAllowedTagsAreCheckedAtTheirOwnLine() {
        assertEquals(List.of(
                at(10, "attribut `onclick` interdit dans `<abbr>` : " + HANDLER),
                at(11, "attribut `style` interdit dans `<abbr>` : la mise en forme vient du site ; retirez-le"),
                at(12, "attribut `class` interdit dans `<sup>` : `<sup>` n'accepte aucun attribut ; retirez-le"),
                at(12, "attribut `title` interdit dans `<span>` : `<span>` n'accepte que `lang` ; retirez-le"),
                at(12, "attribut `href` interdit dans `<abbr>` : `<abbr>` n'accepte que `lang title` ; retirez-le"),
                at(13, SCRIPT_LINK)),
                session(
                        "Les <abbr title=\"collectivités territoriales\"",
                        "  ONCLICK=\"alert(1)\"",
                        "  style=\"color: red\">CT</abbr>,",
                        "1<sup class=\"x\">er</sup> <span title=\"x\">y</span>, <abbr href=",
                        "\"jav&#x61;script:alert(1)\">z</abbr>."));
    }

    @Test
    void aCdataSectionOrAProcessingInstructionHidesNothing() {
        String image = "balise `<img>` interdite : écrivez l'image en Markdown, `![description](images/fichier.png)`, le fichier étant dans assets/images/";
        assertEquals(List.of(at(9, image), at(10, image), at(11, image)),
                session("Texte <![CDATA[ ><img src=https://evil.example/x.png onerror=alert(1)> ]]> suite",
                        "Texte <?x ><img src=https://evil.example/x.png onerror=alert(1)> ?> suite",
                        "Texte <!-- x --!><img src=https://evil.example/x.png onerror=alert(1)> --> suite"));
    }

    @Test
    void aLinkTagIsRefusedWhereverItsAddressIs() {
        assertEquals(List.of(
                at(9, "balise `<a>` interdite : écrivez le lien en Markdown, `[texte du lien](adresse)`"),
                at(10, "balise `<a>` interdite : écrivez le lien en Markdown, `[texte du lien](adresse)`"),
                at(11, SCRIPT_LINK)),
                session(
                        "Voir <a",
                        "href=\"https://example.org/\">ce site</a>, puis <a href=",
                        "\"jav&#x61;script:alert(1)\">celui-ci</a>."));
    }

    @Test
    void pagesOfContentAreCheckedToo() {
        assertEquals(List.of(
                "content/a-propos.md:6: erreur: balise `<script>` interdite : " + OTHERS,
                "content/a-propos.md:7: erreur: attribut `onmouseover` interdit dans `<mark>` : " + HANDLER),
                page("Texte.", "<script>alert(1)</script>", "<mark onmouseover=\"alert(1)\">x</mark>"));
    }

    @Test
    void anHtmlPageMayHoldWhatMarkdownProducesButNothingMore() {
        List<String> found = new SampleProject(dir).session("sante").write("content/a-propos.html",
                "title=À propos", "type=page", "status=published", "~~~~~~",
                "<h2 id=\"a\">Titre</h2>",
                "<p>Un <a href=\"guide.html\" title=\"Le guide\">lien</a>, <em>texte</em>.</p>",
                "<p onclick=\"alert(1)\">x</p><img src=\"https://example.org/logo.png\" alt=\"Logo\">",
                "<iframe src=\"https://evil.example/\"></iframe>").write("content/guide.md", "title=Guide", "type=page", "status=published", "~~~~~~")
                .validate();
        assertEquals(List.of(
                "content/a-propos.html:7: erreur: image `https://example.org/logo.png` d'un autre site : la politique de sécurité des pages ne l'afficherait pas "
                        + "(elles ne montrent que les images du site) ; enregistrez-la dans assets/images/ et écrivez `![description](images/logo.png)`",
                "content/a-propos.html:7: erreur: attribut `onclick` interdit dans `<p>` : " + HANDLER,
                "content/a-propos.html:8: erreur: balise `<iframe>` interdite : une vidéo ou un document d'un autre site ne peut pas être inséré dans la page ; "
                        + "faites un lien vers lui, `[Voir la vidéo](https://…)`"), found);
    }
}
