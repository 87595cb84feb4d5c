package fr.gouv.diplomatie.daect.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Themes and places: each tag of the sessions has its page, named from the vocabulary
 * ({@code tags.properties}), listing exactly the sessions that carry it; sessions, cards and the home
 * page's filter lead there. Expected values are read from the sources, independently of the plugin.
 */
class ThemePagesTest {

    private static String text(Element element) {
        return element.text().replace('\u00a0', ' ');
    }

    /** tags.properties, in its order. */
    private static Map<String, String> vocabulary() throws IOException {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Rebake.projectDir().resolve("tags.properties"), StandardCharsets.UTF_8)) {
            int equals = line.indexOf('=');
            if (!line.isBlank() && !line.startsWith("#") && equals > 0) {
                labels.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            }
        }
        return labels;
    }

    /** Session slug → its tags, from the headers of content/webinaires. */
    private static Map<String, List<String>> sessionTags() throws IOException {
        Map<String, List<String>> tags = new TreeMap<>();
        try (Stream<Path> files = Files.list(Rebake.projectDir().resolve("content/webinaires"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                String value = lines.subList(0, lines.indexOf("~~~~~~")).stream().filter(l -> l.startsWith("tags="))
                        .map(l -> l.substring("tags=".length())).findFirst().orElse("");
                String slug = file.getFileName().toString().replace(".md", "");
                tags.put(slug, Arrays.stream(value.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList());
            }
        }
        return tags;
    }

    @Test
    void eachTagHasItsPageListingExactlyItsSessions() throws IOException {
        Map<String, String> vocabulary = vocabulary();
        Map<String, List<String>> sessions = sessionTags();
        Set<String> used = sessions.values().stream().flatMap(List::stream).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(vocabulary.keySet().containsAll(used), "every tag is in the vocabulary: " + used);

        try (Stream<Path> pages = Files.list(BakedSite.dir().resolve("themes"))) {
            assertEquals(used.stream().map(t -> t + ".html").toList(), pages.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (String tag : used) {
            Document page = BakedSite.page("themes/" + tag + ".html");
            assertEquals(vocabulary.get(tag), text(page.selectFirst("h1")), tag);
            assertTrue(page.title().startsWith(vocabulary.get(tag)), page.title());
            Set<String> expected = sessions.entrySet().stream().filter(e -> e.getValue().contains(tag)).map(Map.Entry::getKey)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected, new TreeSet<>(page.select(".daect-listing [data-session]").eachAttr("data-session")), tag);
            for (Element link : page.select(".daect-listing .fr-card__title a")) {
                assertTrue(BakedSite.dir().resolve("themes").resolve(link.attr("href")).normalize().toFile().isFile(), link.attr("href"));
            }
            String count = expected.size() == 1 ? "1 webinaire" : expected.size() + " webinaires";
            assertEquals(count + " au programme pour « " + vocabulary.get(tag) + " ».", text(page.selectFirst(".fr-text--lead")));
            assertEquals("page", page.selectFirst("nav a.fr-tag[href=../themes/" + tag + ".html]").attr("aria-current"));
            assertNotNull(page.selectFirst("a[href=../index.html#programme]"), "back to the programme");
            assertEquals("https://example.org/webinaires-daect/themes/" + tag + ".html", page.selectFirst("link[rel=canonical]").attr("href"));
        }
    }

    @Test
    void sessionPagesAndCardsLinkTheirThemesByTheirFrenchNames() throws IOException {
        Map<String, String> vocabulary = vocabulary();
        Document home = BakedSite.page("index.html");
        for (Map.Entry<String, List<String>> session : sessionTags().entrySet()) {
            List<String> labels = session.getValue().stream().map(vocabulary::get).toList();

            Document page = BakedSite.page("webinaires/" + session.getKey() + ".html");
            List<Element> links = new ArrayList<>(page.select("article .fr-tags-group a.fr-tag"));
            assertEquals(labels, links.stream().map(ThemePagesTest::text).toList(), session.getKey());
            assertEquals(session.getValue().stream().map(t -> "../themes/" + t + ".html").toList(), links.stream().map(a -> a.attr("href")).toList());

            Element card = home.selectFirst(".daect-listing [data-session=" + session.getKey() + "]");
            assertEquals(labels, card.select(".fr-tags-group a.fr-tag").stream().map(ThemePagesTest::text).toList());
            assertEquals(String.join(" ", session.getValue()), card.attr("data-themes"));
        }
    }

    @Test
    void theHomePageFilterLinksEveryThemePageInTheVocabularysOrder() throws IOException {
        Set<String> used = sessionTags().values().stream().flatMap(List::stream).collect(Collectors.toSet());
        List<String> expected = vocabulary().keySet().stream().filter(used::contains).toList();
        List<Element> links = BakedSite.page("index.html").select("[data-filter] a.fr-tag[data-theme]");

        assertEquals(expected, links.stream().map(a -> a.attr("data-theme")).toList());
        for (Element link : links) {
            assertEquals("themes/" + link.attr("data-theme") + ".html", link.attr("href"));
            assertEquals(vocabulary().get(link.attr("data-theme")), text(link));
        }
        Element status = BakedSite.page("index.html").selectFirst("[data-filter] [data-filter-status]");
        assertEquals("status", status.attr("role"), "the script's count is announced");
    }
}
