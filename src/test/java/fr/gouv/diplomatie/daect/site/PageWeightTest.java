package fr.gouv.diplomatie.daect.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The weight budget of every page's first view, on phones and slow networks: what the page loads
 * (the HTML, its stylesheets, its scripts, the fonts its stylesheets declare), as a server sends it
 * (text gzip-compressed, woff2 as it is), at most 60 KB; the HTML and the stylesheets the first
 * paint waits for, at most 20 KB. Checked on the site as built, and on the same site baked before
 * the programme starts, when the registration page carries its form and script.
 */
class PageWeightTest {

    private static final int FIRST_VIEW_BUDGET = 60_000;
    private static final int FIRST_PAINT_BUDGET = 20_000;
    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{([^}]*)}");
    private static final Pattern URL = Pattern.compile("url\\((['\"]?)([^)'\"]+)\\1\\)");

    private static Path beforeTheProgramme;

    @BeforeAll
    static void bakeWithTheRegistrationOpen() throws Exception {
        beforeTheProgramme = Rebake.bake("www-poids", Map.of("programme.today", "2020-10-01"),
                TimeZone.getTimeZone("Europe/Paris"), Locale.FRANCE, Clock.systemUTC());
    }

    @Test
    void everyPageStaysWithinItsBudget() {
        List<String> over = new ArrayList<>();
        for (Path site : List.of(BakedSite.dir(), beforeTheProgramme)) {
            for (String path : pages(site)) {
                Weight weight = weigh(site, path);
                if (weight.firstView() > FIRST_VIEW_BUDGET || weight.firstPaint() > FIRST_PAINT_BUDGET) {
                    over.add(site.getFileName() + "/" + path + " : " + weight);
                }
            }
        }
        assertTrue(over.isEmpty(), "pages au-delà du budget (60 Ko en tout, 20 Ko pour le premier affichage) :\n" + String.join("\n", over));
    }

    @Test
    void theRegistrationPageWithItsFormIsWeighedWithItsScript() {
        Weight weight = weigh(beforeTheProgramme, "inscription.html");

        assertTrue(weight.resources().contains("js/inscription.js"), weight.toString());
        assertTrue(weight.resources().contains("fonts/marianne-regular.woff2"), weight.toString());
    }

    @Test
    void thePrunedStylesheetKeepsTheStatesTheScriptsToggle() throws IOException {
        Document registration = parse(beforeTheProgramme, "inscription.html");
        String css = read(beforeTheProgramme, resolve(beforeTheProgramme, "inscription.html",
                registration.selectFirst("link[rel=stylesheet][href*=dsfr/]").attr("href")));
        // The registration form's error states (set by js/inscription.js from data-erreur) and the menu's opened state (js/menu.js).
        for (String state : List.of(".fr-input-group--error", ".fr-checkbox-group--error", ".fr-fieldset--error",
                ".fr-message--error", ".fr-modal--opened")) {
            assertTrue(css.contains(state), state);
        }
    }

    @Test
    void marianneIsInWoff2OnlyShownAtOnceAndItsRegularWeightPreloaded() throws IOException {
        Document home = BakedSite.page("index.html");
        Element preload = home.selectFirst("link[rel=preload][as=font]");
        assertEquals("font/woff2", preload.attr("type"));
        String preloaded = resolve(BakedSite.dir(), "index.html", preload.attr("href"));

        boolean regularDeclared = false;
        for (String stylesheet : stylesheets(BakedSite.dir(), "index.html", home)) {
            Matcher face = FONT_FACE.matcher(Files.readString(BakedSite.dir().resolve(stylesheet)));
            while (face.find()) {
                String rule = face.group(1).replaceAll("\\s+", "");
                assertTrue(rule.contains("font-display:swap"), rule);
                assertFalse(rule.contains(".woff)") || rule.contains("format(\"woff\")") || rule.contains(".ttf"), "woff2 seulement : " + rule);
                Matcher url = URL.matcher(rule);
                assertTrue(url.find(), rule);
                String font = resolve(BakedSite.dir(), stylesheet, url.group(2));
                if (rule.contains("font-family:Marianne") && rule.contains("font-weight:400")) {
                    regularDeclared = true;
                    assertEquals(font, preloaded, "the preloaded font is the regular Marianne the stylesheet uses");
                }
            }
        }
        assertTrue(regularDeclared, "Marianne regular declared");
    }

    /** What a first view of the page downloads, and how much. */
    record Weight(int html, int css, int scripts, int fonts, Set<String> resources) {
        int firstView() {
            return html + css + scripts + fonts;
        }

        int firstPaint() {
            return html + css;
        }

        @Override
        public String toString() {
            return String.format("%,d octets (HTML %,d, CSS %,d, JS %,d, polices %,d ; premier affichage %,d) : %s",
                    firstView(), html, css, scripts, fonts, firstPaint(), resources);
        }
    }

    private static Weight weigh(Path site, String path) {
        Document page = parse(site, path);
        Set<String> resources = new LinkedHashSet<>();
        int css = 0;
        Set<String> fonts = new LinkedHashSet<>();
        for (String stylesheet : stylesheets(site, path, page)) {
            resources.add(stylesheet);
            String text = read(site, stylesheet);
            css += gzipped(text.getBytes(StandardCharsets.UTF_8));
            // Every face declared counts, whether this page's text needs it or not: the budget holds for any content.
            Matcher face = FONT_FACE.matcher(text);
            while (face.find()) {
                Matcher url = URL.matcher(face.group(1));
                if (url.find()) {
                    fonts.add(resolve(site, stylesheet, url.group(2)));
                }
            }
        }
        for (Element preload : page.select("link[rel=preload][as=font]")) {
            fonts.add(resolve(site, path, preload.attr("href")));
        }
        int scripts = 0;
        for (Element script : page.select("script[src]")) {
            String file = resolve(site, path, script.attr("src"));
            resources.add(file);
            scripts += gzipped(bytes(site, file));
        }
        int fontBytes = 0;
        for (String font : fonts) {
            resources.add(font);
            fontBytes += bytes(site, font).length; // woff2 is compressed already: served as it is
        }
        return new Weight(gzipped(bytes(site, path)), css, scripts, fontBytes, resources);
    }

    /** Stylesheets loaded by {@code <link rel=stylesheet>}, all of which block the first paint (inline styles are in the HTML). */
    private static List<String> stylesheets(Path site, String path, Document page) {
        List<String> result = new ArrayList<>();
        for (Element link : page.select("link[rel=stylesheet]")) {
            result.add(resolve(site, path, link.attr("href")));
        }
        return result;
    }

    private static String resolve(Path site, String from, String reference) {
        Path file = site.resolve(from).getParent() == null ? site.resolve(reference) : site.resolve(from).getParent().resolve(reference);
        Path normalized = file.normalize();
        assertTrue(Files.isRegularFile(normalized), from + " charge " + reference + ", absent du site");
        return site.relativize(normalized).toString().replace('\\', '/');
    }

    private static int gzipped(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    private static Document parse(Path site, String path) {
        return Jsoup.parse(read(site, path), "https://site.test/" + path);
    }

    private static String read(Path site, String path) {
        return new String(bytes(site, path), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path site, String path) {
        try {
            return Files.readAllBytes(site.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> pages(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html")).map(f -> site.relativize(f).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
