package fr.gouv.diplomatie.daect.programme.assets;

import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.site.SiteBuild;
import fr.gouv.diplomatie.daect.programme.testing.FileTrees;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteVocabularyTest {

    @Test
    void readsTheNamesOfEveryTagButNotCommentsScriptsOrText() {
        SiteVocabulary vocabulary = new SiteVocabulary().addPage("<!DOCTYPE html><html lang=fr><head>"
                + "<script type=\"application/ld+json\">{\"a\":\"<b class='x-script'>\"}</script></head>"
                + "<BODY><!-- <p class=\"x-comment\"> --><div class=\"fr-card  fr-card--sm\" id='carte' data-erreur=\"fr-input-group--error\" hidden>"
                + "a < b et <em>texte</em><input type=checkbox checked><label for=carte>x</label></div></body></html>");

        assertTrue(vocabulary.hasElement("body"));
        assertTrue(vocabulary.hasElement("em"));
        assertTrue(vocabulary.hasClass("fr-card"));
        assertTrue(vocabulary.hasClass("fr-card--sm"));
        assertTrue(vocabulary.hasClass("fr-input-group--error"), "data-* values may become classes");
        assertTrue(vocabulary.hasId("carte"));
        assertTrue(vocabulary.hasAttribute("hidden"));
        assertTrue(vocabulary.hasAttribute("checked"));
        assertTrue(vocabulary.hasAttribute("for"));
        assertFalse(vocabulary.hasClass("x-script"), "inside a script");
        assertFalse(vocabulary.hasClass("x-comment"), "inside a comment");
        assertFalse(vocabulary.hasElement("b"));
        assertFalse(vocabulary.hasElement("table"));
    }

    @Test
    void takesTheQuotedNamesOfScriptsAsClassesOrAttributes() {
        SiteVocabulary vocabulary = new SiteVocabulary().addScript("el.classList.add('fr-message fr-message--error'); b.setAttribute(\"aria-pressed\", 'true');");

        assertTrue(vocabulary.hasClass("fr-message--error"));
        assertTrue(vocabulary.hasAttribute("aria-pressed"));
        assertTrue(vocabulary.hasAttribute("disabled"), "set as a property");
    }

    /** The search index's scripts are written by another step meanwhile: whether they were there or not must not matter. */
    @Test
    void theSiteScriptsAreItsOwnNeitherTheDsfrsNorTheSearchIndexs(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("js"));
        Files.writeString(site.resolve("js/menu.js"), "button.classList.add('fr-menu-ouvert');");
        Files.createDirectories(site.resolve("dsfr"));
        Files.writeString(site.resolve("dsfr/dsfr.module.min.js"), "e.classList.add('fr-from-bundle');");
        Files.createDirectories(site.resolve("pagefind"));
        Files.writeString(site.resolve("pagefind/pagefind.js"), "e.classList.add('fr-from-index');");

        List<String> scripts = SiteVocabulary.scripts(site, site.resolve("dsfr"));

        assertEquals(List.of("button.classList.add('fr-menu-ouvert');"), scripts);
    }

    /** The same names as a browser's parser finds them (jsoup, from the {@code <html>} element down): what the reading of bytes stands for. */
    private static Map<String, Set<String>> parsed(String html) {
        Set<String> elements = new TreeSet<>(List.of("html", "head", "body"));
        Set<String> attributes = new TreeSet<>();
        Set<String> classes = new TreeSet<>();
        Set<String> ids = new TreeSet<>();
        for (Element element : Jsoup.parse(html).child(0).getAllElements()) {
            elements.add(element.normalName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                attributes.add(name);
                if (name.equals("class") || name.startsWith("data-")) {
                    classes.addAll(List.of(attribute.getValue().strip().split("\\s+")));
                    classes.remove("");
                } else if (name.equals("id")) {
                    ids.add(attribute.getValue());
                }
            }
        }
        return Map.of("element", elements, "attribute", attributes, "class", classes, "id", ids);
    }

    @Test
    void findsTheNamesAParserFindsInTrickyMarkup() {
        String html = "<!DOCTYPE html><HTML LANG=fr><head><meta charset=utf-8><style>.x-style{}</style></head><body>"
                + "<DIV Class=\"Fr-Card\tfr-card--sm \" ID=\"a&amp;b\" data-x=\"caf&eacute; un\" hidden><p class=un>"
                + "<svg viewBox=\"0 0 1 1\"><linearGradient id=g></linearGradient></svg><input type=checkbox checked/>"
                + "<a href=/x?a=1&b=2 class=fr-link>x</a><!-- <i class=x-comment> --><script>if(a<b){'<b class=x-script>'}</script>"
                + "<template><span class=in-template></span></template></div></body></html>";

        assertEquals(parsed(html), new SiteVocabulary().addPage(html).names());
    }

    /** The pages of this repository's site, baked: each gives the vocabulary what a parser finds in it. */
    @Test
    void findsTheNamesAParserFindsOnEveryPageOfTheSite(@TempDir Path dir) throws Exception {
        for (String part : List.of("content", "templates", "assets", "jbake.properties", "tags.properties")) {
            FileTrees.copy(Path.of("..").resolve(part), dir.resolve(part));
        }
        Files.copy(Path.of("..", "programme.lock"), dir.resolve("programme.lock"));
        Path www = dir.resolve("target/www");
        new SiteBuild(dir, www, SiteSettings.load(dir, Map.of("programme.lock", "update")),
                Clock.fixed(Instant.parse("2020-11-20T09:00:00Z"), ZoneOffset.UTC), false, BuildLog.silent()).withoutFrontEnd().bake();

        List<Path> pages;
        try (Stream<Path> files = Files.walk(www)) {
            pages = files.filter(file -> file.toString().endsWith(".html")).toList();
        }
        assertTrue(pages.size() > 10, pages.toString());
        SiteVocabulary site = new SiteVocabulary();
        Map<String, Set<String>> everyPage = new TreeMap<>();
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            assertEquals(parsed(html), new SiteVocabulary().addPage(html).names(), page.toString());
            site.addPage(html);
            parsed(html).forEach((kind, names) -> everyPage.computeIfAbsent(kind, k -> new TreeSet<>()).addAll(names));
        }
        assertEquals(everyPage, site.names(), "one vocabulary reading every page, markup already read skipped");
    }

    @Test
    void aPageThatRepeatsMarkupAlreadyReadStillGivesItsOwnNames() {
        SiteVocabulary vocabulary = new SiteVocabulary().addPage("<html><body><p class=\"a b\" data-x=\"c\" id=un title=\"t\"></p></body></html>");
        vocabulary.addPage("<html><body><p class=\"a b\" data-x=\"d\" id=deux title=\"u\" lang=fr><span CLASS=\"a e\"></span><P class=\"a b\"></P></body></html>");

        assertEquals(Map.of("element", Set.of("html", "head", "body", "p", "span"), "attribute", Set.of("class", "data-x", "id", "title", "lang"),
                "class", Set.of("a", "b", "c", "d", "e"), "id", Set.of("un", "deux")), vocabulary.names());
    }
}
