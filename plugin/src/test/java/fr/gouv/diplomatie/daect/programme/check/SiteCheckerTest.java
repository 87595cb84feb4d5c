package fr.gouv.diplomatie.daect.programme.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteCheckerTest {

    @TempDir
    Path site;

    private static String page(String title, String main) {
        return "<!DOCTYPE html><html lang=\"fr\"><head><title>" + title + "</title><meta name=\"description\" content=\"d\">"
                + "<link rel=\"stylesheet\" href=\"css/site.css\"></head><body><a href=\"#contenu\">Contenu</a><header></header>"
                + "<main id=\"contenu\"><h1>" + title + "</h1>" + main + "</main><footer></footer></body></html>";
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private List<String> problems() {
        return SiteChecker.standard("https://example.org/webinaires/").check(site).stream().map(p -> p.format("target/www")).toList();
    }

    @Test
    void aSoundSitePasses() throws IOException {
        write("css/site.css", "");
        write("programme.ics", "BEGIN:VCALENDAR");
        write("index.html", page("Accueil", "<a href=\"webinaires/sante.html#inscription\">Santé</a> <a href=\"programme.ics\">ics</a>"
                + " <a href=\"webcal://example.org/webinaires/programme.ics\">s'abonner</a> <a href=\"https://www.diplomatie.gouv.fr/\">MEAE</a>"
                + " <a href=\"mailto:a@b.fr\">écrire</a> <img src=\"data:image/png;base64,AA==\" alt=\"\">"
                + " <label for=\"nom\">Nom</label><input id=\"nom\"><input type=\"hidden\" name=\"_next\">"));
        write("webinaires/sante.html", page("Santé", "<p id=\"inscription\">…</p><a href=\"../index.html\">Retour</a>"
                + "<a href=\"../css/site.css\">css</a>").replace("href=\"css/", "href=\"../css/"));

        assertEquals(List.of(), problems());
    }

    @Test
    void listsEveryBrokenReferenceWithThePageAndTheElement() throws IOException {
        write("css/site.css", "");
        write("index.html", page("Accueil", "<a href=\"absente.html\">x</a><a href=\"index.html#nulle-part\">y</a>"
                + "<a href=\"http://www.diplomatie.gouv.fr/\">z</a><a href=\"http://localhost:8820/\">w</a>"
                + "<a href=\"/guide.html\">v</a><img src=\"logo.png\" alt=\"Logo\"><a href=\"https://example.org/webinaires/perdu.html\">u</a>"));

        List<String> problems = problems();

        assertTrue(problems.contains("target/www/index.html: lien cassé : absente.html (fichier introuvable) (#contenu > a:nth-child(2))"), problems.toString());
        assertTrue(problems.contains("target/www/index.html: ancre introuvable : #nulle-part dans index.html (#contenu > a:nth-child(3))"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("lien non sécurisé (http) : http://www.diplomatie.gouv.fr/")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("adresse de la machine de construction : http://localhost:8820/")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("adresse depuis la racine du domaine : /guide.html")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("lien cassé : logo.png")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("lien cassé : https://example.org/webinaires/perdu.html")), problems.toString());
        assertEquals(7, problems.size(), problems.toString());
    }

    @Test
    void findsMissingStructureAndAccessibilityBasics() throws IOException {
        write("css/site.css", "");
        write("a.html", "<!DOCTYPE html><html><head><title>Même</title></head><body><main><h1>A</h1><h1>B</h1>"
                + "<img src=\"css/site.css\"><input id=\"courriel\" type=\"email\"></main></body></html>");
        write("b.html", page("Même", ""));

        List<String> problems = problems();

        assertTrue(problems.contains("target/www/a.html: langue de la page absente ou autre que le français (lang=\"\") (html)"), problems.toString());
        assertTrue(problems.contains("target/www/a.html: 2 titres de niveau 1 (h1) au lieu d'un seul (h1)"), problems.toString());
        assertTrue(problems.contains("target/www/a.html: description (<meta name=\"description\">) absente ou vide (head)"), problems.toString());
        assertTrue(problems.contains("target/www/a.html: zone <header> absente (header)"), problems.toString());
        assertTrue(problems.contains("target/www/a.html: zone <footer> absente (footer)"), problems.toString());
        assertTrue(problems.contains("target/www/a.html: le premier lien de la page doit mener au contenu principal (lien d'évitement) (body)"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("target/www/a.html: image sans attribut alt")), problems.toString());
        assertTrue(problems.contains("target/www/a.html: champ de formulaire sans étiquette (<label for>) (#courriel)"), problems.toString());
        assertTrue(problems.contains("target/www/b.html: même titre que a.html : « Même » (head > title)"), problems.toString());
    }
}
