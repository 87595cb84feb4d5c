package fr.gouv.diplomatie.daect.site;

import fr.gouv.diplomatie.daect.programme.check.SiteChecker;
import fr.gouv.diplomatie.daect.programme.site.ValidationFailedException;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the site says of what it does not know: the build of this repository (example site.host, legal facts the
 * DAECT has not confirmed) shows no example address and marks each unconfirmed fact; a production build is refused
 * until every fact is given, then shows them.
 */
class LegalPagesTest {

    private static final String MARK = "à confirmer par la DAECT";
    private static final Pattern EXAMPLE_ADDRESS = Pattern.compile("(?i)example\\.(org|com|net)|localhost|127\\.0\\.0\\.1");

    /** What the deploy job would pass: real-looking addresses and every fact confirmed. */
    private static Map<String, String> production() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("site.host", "https://webinaires.diplomatie.gouv.fr/");
        settings.put("form.action", "https://formspree.io/f/mqkvbbyz");
        settings.put("legal.director", "Jeanne Martin, déléguée pour l'action extérieure des collectivités territoriales");
        settings.put("legal.host", "GitHub Inc., 88 Colin P Kelly Jr Street, San Francisco, CA 94107, États-Unis");
        settings.put("privacy.dpo", "dpd.dgm@diplomatie.gouv.fr");
        settings.put("privacy.legal.basis", "le consentement des personnes inscrites (article 6.1.a du RGPD)");
        settings.put("privacy.retention.months", "12");
        settings.put("accessibility.declaration.date", "2021-03-10");
        return settings;
    }

    @Test
    void noPageShowsAnExampleAddressAsText() {
        List<String> shown = new ArrayList<>();
        for (String path : BakedSite.pages()) {
            String text = BakedSite.page(path).body().text();
            var matcher = EXAMPLE_ADDRESS.matcher(text);
            while (matcher.find()) {
                shown.add(path + " : « " + text.substring(Math.max(0, matcher.start() - 60), Math.min(text.length(), matcher.end() + 30)) + " »");
            }
        }
        assertEquals(List.of(), shown);
    }

    @Test
    void theLegalPagesMarkEachFactTheDaectHasNotConfirmed() {
        Document legal = BakedSite.page("mentions-legales.html");
        assertEquals(List.of("Directeur ou directrice de la publication : " + MARK + ".", "Ce site est hébergé par : " + MARK + "."),
                paragraphsWithMark(legal));

        Document privacy = BakedSite.page("donnees-personnelles.html");
        assertEquals(List.of("Base légale du traitement : " + MARK + ".", "Durée de conservation : " + MARK + ".",
                "Délégué à la protection des données du ministère : " + MARK + "."), paragraphsWithMark(privacy));

        Document accessibility = BakedSite.page("accessibilite.html");
        assertEquals(List.of("Cette déclaration a été établie le " + MARK + ". Elle décrit l'état du site au moment de sa publication ; "
                + "elle sera mise à jour après l'audit."), paragraphsWithMark(accessibility));

        for (Document page : List.of(legal, privacy, accessibility)) {
            for (Element mark : page.select("main .daect-to-confirm")) {
                assertTrue(mark.hasClass("fr-badge"), "a DSFR badge: " + mark);
                assertEquals(MARK, mark.text(), "read as text by screen readers too");
            }
        }
    }

    private static List<String> paragraphsWithMark(Document page) {
        return page.select("main p:has(.daect-to-confirm)").eachText();
    }

    @Test
    void aProductionBuildShowsTheConfirmedFactsAndTheSubscriptionAddress() throws Exception {
        Path site = Rebake.bakeForProduction("www-production", production());

        Document legal = parse(site, "mentions-legales.html");
        assertTrue(legal.select("main .daect-to-confirm").isEmpty());
        String text = legal.selectFirst("main").text();
        assertTrue(text.contains("Directeur ou directrice de la publication : Jeanne Martin, déléguée pour l'action extérieure "
                + "des collectivités territoriales."), text);
        assertTrue(text.contains("Ce site est hébergé par : GitHub Inc., 88 Colin P Kelly Jr Street, San Francisco, CA 94107, États-Unis."), text);

        Document privacy = parse(site, "donnees-personnelles.html");
        assertTrue(privacy.select("main .daect-to-confirm").isEmpty());
        text = privacy.selectFirst("main").text();
        assertTrue(text.contains("Base légale du traitement : le consentement des personnes inscrites (article 6.1.a du RGPD)."), text);
        assertTrue(text.contains("Vos données sont conservées jusqu’à la fin du programme de webinaires, et au plus 12 mois après "
                + "votre inscription, puis supprimées."), text);
        assertEquals("dpd.dgm@diplomatie.gouv.fr", privacy.selectFirst("main a[href=mailto:dpd.dgm@diplomatie.gouv.fr]").text());

        Document accessibility = parse(site, "accessibilite.html");
        assertTrue(accessibility.select("main .daect-to-confirm").isEmpty());
        Element date = accessibility.selectFirst("main time");
        assertEquals("2021-03-10", date.attr("datetime"));
        assertEquals("Cette déclaration a été établie le 10 mars 2021. Elle décrit l'état du site au moment de sa publication ; "
                + "elle sera mise à jour après l'audit.", date.parent().text());

        Document home = parse(site, "index.html");
        assertEquals("webcal://webinaires.diplomatie.gouv.fr/programme.ics", home.selectFirst(".daect-subscribe a[href^=webcal:]").attr("href"));
        assertEquals("https://webinaires.diplomatie.gouv.fr/programme.ics", home.selectFirst(".daect-subscribe code").text());
        assertTrue(home.select(".daect-no-address").isEmpty());

        assertEquals(List.of(), SiteChecker.standard("https://webinaires.diplomatie.gouv.fr/").check(site), "the check a production build runs");
    }

    @Test
    void aProductionBuildIsRefusedWhileAFactIsUnconfirmedOrTheHostAnExample() throws IOException {
        Map<String, String> settings = production();
        settings.put("site.host", "https://example.org/webinaires-daect/");
        settings.remove("legal.director");
        ValidationFailedException refused = assertThrows(ValidationFailedException.class,
                () -> Rebake.bakeForProduction("www-production-refusee", settings));

        List<String> lines = refused.report().diagnostics().stream().map(Diagnostic::format).toList();
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).matches("jbake\\.properties:\\d+: erreur: `site\\.host=https://example\\.org/webinaires-daect/` est une "
                + "adresse d'exemple : .* `mvn package -Pproduction -Dsite\\.host=https://…/` \\(valeur donnée sur la ligne de commande : "
                + "-Dsite\\.host=…\\)"), lines.get(0));
        assertTrue(lines.get(1).matches("jbake\\.properties:\\d+: erreur: `legal\\.director` est vide : une construction de production exige .*"),
                lines.get(1));
        assertEquals(lineOf("site.host"), Integer.parseInt(lines.get(0).split(":")[1]));
        assertEquals(lineOf("legal.director"), Integer.parseInt(lines.get(1).split(":")[1]));
        assertTrue(!Files.exists(Rebake.projectDir().resolve("target/www-production-refusee/index.html")), "nothing baked");
    }

    /** The line of a setting in this repository's jbake.properties. */
    private static int lineOf(String key) throws IOException {
        List<String> lines = Files.readAllLines(Rebake.projectDir().resolve("jbake.properties"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + "=")) {
                return i + 1;
            }
        }
        throw new AssertionError(key + " absent de jbake.properties");
    }

    private static Document parse(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }
}
