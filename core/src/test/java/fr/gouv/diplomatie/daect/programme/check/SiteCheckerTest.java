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

    private static String calendar(String... eventLines) {
        return String.join("\r\n", "BEGIN:VCALENDAR", "PRODID:-//test//FR", "VERSION:2.0", "BEGIN:VEVENT",
                "UID:1f6b2a40-0d5c-4a63-9f1e-8b7c6d5e4f30", "DTSTAMP:20201001T080000Z", "DTSTART:20201026T130000Z",
                String.join("\r\n", eventLines), "END:VEVENT", "END:VCALENDAR", "");
    }

    @Test
    void everyCalendarIsReadBackAndValidatedWithTheFileNamed() throws IOException {
        write("css/site.css", "");
        write("index.html", page("Accueil", "<a href=\"programme.ics\">ics</a>"));
        write("programme.ics", calendar("SUMMARY:Bon"));
        write("webinaires/tronque.ics", "BEGIN:VCALENDAR\r\nPRODID:-//test//FR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n");
        write("webinaires/deux-fins.ics", calendar("SUMMARY:Deux fins", "DTEND:20201026T150000Z", "DURATION:PT2H"));

        List<String> problems = problems();

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("target/www/webinaires/deux-fins.ics: calendrier invalide selon ical4j"), problems.toString());
        assertTrue(problems.get(1).startsWith("target/www/webinaires/tronque.ics: calendrier illisible par ical4j"), problems.toString());
    }

    @Test
    void aCalendarWhoseEventsWereCheckedInTheProgrammeIsStillCheckedForItsOwnFrame() throws IOException {
        write("css/site.css", "");
        write("index.html", page("Accueil", "<a href=\"programme.ics\">ics</a>"));
        String event = "BEGIN:VEVENT\r\nUID:1f6b2a40-0d5c-4a63-9f1e-8b7c6d5e4f30\r\nDTSTAMP:20201001T080000Z\r\n"
                + "DTSTART:20201026T130000Z\r\nSUMMARY:Maroc\r\nEND:VEVENT\r\n";
        String other = event.replace("1f6b2a40", "2a7c3b51").replace("Maroc", "Sénégal");
        write("programme.ics", "BEGIN:VCALENDAR\r\nPRODID:-//test//FR\r\nVERSION:2.0\r\n" + event + other + "END:VCALENDAR\r\n");
        write("webinaires/maroc.ics", "BEGIN:VCALENDAR\r\nPRODID:-//test//FR\r\nVERSION:2.0\r\n" + event + "END:VCALENDAR\r\n");
        write("webinaires/senegal.ics", "BEGIN:VCALENDAR\r\nPRODID:-//test//FR\r\n" + other + "END:VCALENDAR\r\n");

        List<String> problems = problems();

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("target/www/webinaires/senegal.ics: calendrier invalide selon ical4j"), problems.toString());
    }

    @Test
    void aSoundSitePasses() throws IOException {
        write("css/site.css", "");
        write("programme.ics", calendar("SUMMARY:Santé mondiale"));
        write("index.html", page("Accueil", "<a href=\"webinaires/sante.html#inscription\">Santé</a> <a href=\"programme.ics\">ics</a>"
                + " <a href=\"webcal://example.org/webinaires/programme.ics\">s'abonner</a> <a href=\"https://www.diplomatie.gouv.fr/\">MEAE</a>"
                + " <a href=\"mailto:a@b.fr\">écrire</a> <img src=\"data:image/png;base64,AA==\" alt=\"\">"
                + " <label for=\"nom\">Nom</label><input id=\"nom\"><input type=\"hidden\" name=\"_next\">"));
        write("webinaires/sante.html", page("Santé", "<p id=\"inscription\">…</p><a href=\"../index.html\">Retour</a>"
                + "<a href=\"../css/site.css\">css</a>").replace("href=\"css/", "href=\"../css/"));

        assertEquals(List.of(), problems());
    }

    @Test
    void aPageShowingAnExampleAddressAsTextIsReported() throws IOException {
        write("css/site.css", "");
        write("index.html", page("Accueil", "<p>Abonnez-vous avec l’adresse : <code>https://example.org/webinaires/programme.ics</code></p>"
                + "<p>Aperçu sur http://localhost:8820/ ou ailleurs</p>"
                + "<a href=\"https://example.org/\">un lien n'est pas du texte affiché</a><script type=\"application/ld+json\">"
                + "{\"url\":\"https://example.org/\"}</script>"));

        // By message, as every problem: the scheme included, the JSON-LD and the link's address are not shown text.
        assertEquals(List.of(
                "target/www/index.html: adresse d'exemple affichée au visiteur : « http://localhost:8820/ » ; donnez la vraie adresse dans les "
                        + "réglages, ou n'affichez pas d'adresse tant qu'elle est inconnue (#contenu > p:nth-child(3))",
                "target/www/index.html: adresse d'exemple affichée au visiteur : « https://example.org/webinaires/programme.ics » ; donnez "
                        + "la vraie adresse dans les réglages, ou n'affichez pas d'adresse tant qu'elle est inconnue (#contenu > p:nth-child(2) > code)"), problems());
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
