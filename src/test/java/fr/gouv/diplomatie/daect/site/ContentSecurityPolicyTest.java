package fr.gouv.diplomatie.daect.site;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page of the baked site lives under a strict Content-Security-Policy, given first in its head:
 * only the site's own scripts, styles, fonts and images; no plug-in; no other base; forms and fetches
 * to the site and the form service only. And nothing inline that the policy would refuse (which would
 * show in the browser's console and cost Lighthouse's best practices).
 */
class ContentSecurityPolicyTest {

    /** The policy's directives by name, as the browser reads them. */
    private static Map<String, String> directives(String policy) {
        Map<String, String> directives = new LinkedHashMap<>();
        for (String directive : policy.split(";")) {
            String[] parts = directive.strip().split("\\s+", 2);
            if (!parts[0].isEmpty()) {
                directives.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return directives;
    }

    @Test
    void everyPageHasTheSamePolicyFirstInItsHead() {
        List<String> pages = BakedSite.pages();
        assertTrue(pages.size() > 20, "the baked site: " + pages);
        for (String path : pages) {
            Document page = BakedSite.page(path);
            Element csp = page.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
            assertNotNull(csp, path);
            assertEquals("charset", page.head().child(0).attributes().asList().get(0).getKey(), path + " : the charset comes first (within 1024 bytes)");
            assertEquals(csp, page.head().child(1), path + " : right after the charset, before anything is loaded");
            Map<String, String> policy = directives(csp.attr("content"));
            assertEquals("'self'", policy.get("default-src"), path);
            // The search page alone runs the search index's WebAssembly; nowhere any inline script or other site's.
            assertEquals(path.equals(SEARCH_PAGE) ? "'self' 'wasm-unsafe-eval'" : "'self'", policy.get("script-src"), path + " : no inline script, no other site's");
            assertEquals("'self'", policy.get("style-src"), path);
            assertEquals("'self'", policy.get("font-src"), path);
            assertEquals("'self' data:", policy.get("img-src"), path);
            assertEquals("'none'", policy.get("object-src"), path);
            assertEquals("'self'", policy.get("base-uri"), path);
            assertTrue(policy.get("form-action").startsWith("'self'"), path + " : the thank-you page, after the service's redirect");
            assertTrue(policy.get("connect-src").startsWith("'self'"), path);
            assertEquals(policy.get("form-action"), policy.get("connect-src"), path + " : the form service, for the plain form and the script's fetch alike");
            assertFalse(policy.containsKey("frame-ancestors"), path + " : ignored in a meta element (the host sends it as a header)");
        }
    }

    @Test
    void theFormServiceIsAllowedOnEveryPageAsOnTheRegistrationPage() {
        String registration = BakedSite.page("inscription.html").selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        for (String path : BakedSite.pages()) {
            String policy = BakedSite.page(path).selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
            assertEquals(registration, policy.replace("script-src 'self' 'wasm-unsafe-eval';", "script-src 'self';"), path);
        }
        // By the build's clock every session may be over, and the page then holds no form.
        Element form = BakedSite.page("inscription.html").selectFirst("form[method=post]");
        String action = form == null ? "" : form.attr("action");
        if (action.startsWith("https://")) {
            assertTrue(Arrays.asList(directives(registration).get("form-action").split(" ")).stream()
                    .anyMatch(source -> action.startsWith(source)), registration);
        }
    }

    private static final String SEARCH_PAGE = "recherche.html";

    /** The only form sent with GET: the search bar, whose words go to the site's own search page, never elsewhere. */
    private static boolean isSiteSearch(Element form, String path) {
        String depth = "../".repeat((int) path.chars().filter(c -> c == '/').count());
        return form.tagName().equals("form") && form.attr("role").equals("search") && form.attr("method").equals("get")
                && form.attr("action").equals(depth + SEARCH_PAGE) && form.select("input:not([type=search]), textarea, select").isEmpty();
    }

    @Test
    void noPageHoldsWhatThePolicyWouldRefuse() {
        List<String> found = new ArrayList<>();
        for (String path : BakedSite.pages()) {
            Document page = BakedSite.page(path);
            page.select("script:not([src])").stream().filter(s -> !s.attr("type").equals("application/ld+json"))
                    .forEach(s -> found.add(path + " : script en ligne"));
            page.select("style, [style]").forEach(e -> found.add(path + " : style en ligne <" + e.tagName() + ">"));
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    if (attribute.getKey().startsWith("on") || attribute.getValue().strip().toLowerCase().startsWith("javascript:")) {
                        found.add(path + " : " + attribute);
                    }
                }
            }
            page.select("a[target=_blank]").stream().filter(a -> !a.attr("rel").contains("noopener"))
                    .forEach(a -> found.add(path + " : target=_blank sans rel=noopener " + a.attr("href")));
            page.select("iframe, object, embed, form:not([method=post]), base, meta[http-equiv=refresh]").stream()
                    .filter(e -> !isSiteSearch(e, path))
                    .forEach(e -> found.add(path + " : <" + e.tagName() + ">"));
        }
        assertEquals(List.of(), found);
    }
}
