package fr.gouv.diplomatie.daect.site;

import fr.gouv.diplomatie.daect.programme.preview.PreviewServer;
import fr.gouv.diplomatie.daect.site.browser.Browser;
import fr.gouv.diplomatie.daect.site.browser.TestSite;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What an editor writes never runs in a visitor's browser: a copy of the site whose session and
 * page carry every kind of script the validation refuses, baked with the validation bypassed, is
 * opened in Chromium; none of them ran, none left a trace the page's policy had to block, and the
 * page stayed where it was. And the real site's pages load without a single CSP complaint.
 */
class ScriptInjectionBrowserTest {

    private static final String SESSION = "webinaires/2021-01-13-sante.html";
    private static final String PAGE = "guide.html";

    /** Each sets window.pwned or the title, sends the visitor elsewhere or loads something foreign. */
    private static final List<String> PAYLOADS = List.of(
            "",
            "<script>window.pwned = 'script'; document.title = 'pwned';</script>",
            "",
            "Texte <img src=x onerror=\"window.pwned = 'onerror'\"> et <IMG SRC=y",
            "ONERROR=\"window.pwned = 'onerror-majuscules'\">.",
            "",
            "<svg onload=\"window.pwned = 'svg'\"><circle r=\"4\"/></svg>",
            "",
            "<details open ontoggle=\"window.pwned = 'ontoggle'\"><summary>x</summary>y</details>",
            "",
            "<iframe src=\"javascript:parent.pwned = 'iframe'\"></iframe>",
            "",
            "<form action=\"https://evil.example/\"><button id=\"evil\">Envoyer</button></form>",
            "",
            "<meta http-equiv=\"refresh\" content=\"0; url=https://evil.example/\">",
            "",
            "<base href=\"https://evil.example/\">",
            "",
            "[lien](javascript:window.pwned='markdown') [encodé](jav&#x61;script:window.pwned='entity') <a href=",
            "\"javascript:window.pwned='a'\" id=\"lien-a\">a</a>",
            "",
            "<object data=\"data:text/html,<script>parent.pwned='object'</script>\"></object>",
            "",
            "Texte <![CDATA[ ><img src=x onerror=\"window.pwned = 'cdata'\"> ]]> et <?x ><img src=x onerror=\"window.pwned = 'pi'\"> ?>.",
            "",
            "<noscript><p title=\"</noscript><img src=x onerror=window.pwned='noscript'>\"></noscript>",
            "",
            "<p>Fin</p></div></main><script>window.pwned = 'escaped'</script>");

    @Test
    void nothingAnEditorWritesRunsEvenWithoutTheValidation() throws Exception {
        ProjectCopy copy = new ProjectCopy("www-injection");
        copy.edit("content/webinaires/2021-01-13-sante.md", text -> text + String.join("\n", PAYLOADS) + "\n");
        copy.edit("content/guide.md", text -> text + String.join("\n", PAYLOADS) + "\n");
        Path site = copy.bakeWithoutValidation(Map.of("site.host", "http://127.0.0.1/"));
        try (PreviewServer server = PreviewServer.bind(0).serveSite(site).start(); Browser browser = Browser.withJavaScript()) {
            for (String path : List.of(SESSION, PAGE)) {
                String url = "http://127.0.0.1:" + server.port() + "/" + path;
                browser.open(url);
                browser.cspViolations();
                // Whatever could click or toggle: the links, the details.
                for (Object link : (List<?>) browser.script("return Array.from(document.querySelectorAll('.daect-body a, .daect-intro a'))")) {
                    browser.script("arguments[0].click()", link);
                }
                Thread.sleep(1000); // a refresh "0" would have left by now
                List<String> found = new ArrayList<>();
                Object pwned = browser.script("return window.pwned === undefined ? null : String(window.pwned)");
                if (pwned != null) {
                    found.add("window.pwned = " + pwned);
                }
                if (!browser.driver().getCurrentUrl().equals(url)) {
                    found.add("page quittée pour " + browser.driver().getCurrentUrl());
                }
                if (browser.driver().getTitle().contains("pwned")) {
                    found.add("titre " + browser.driver().getTitle());
                }
                found.addAll(browser.findAll("main script:not([type='application/ld+json']), main iframe, main object, main svg, main form, main details, main meta, base").stream()
                        .map(e -> "<" + e.getTagName() + "> dans la page").toList());
                found.addAll(browser.cspViolations().stream().map(v -> "CSP : " + v).toList());
                assertEquals(List.of(), found, path);
            }
        }
    }

    @Test
    void everyPageOfTheSiteLoadsWithoutACspComplaint() throws Exception {
        TestSite site = TestSite.external();
        try (Browser browser = Browser.withJavaScript().withClockAt(TestSite.VISIT)) {
            List<String> found = new ArrayList<>();
            for (String path : BakedSite.pages()) {
                browser.open(site.url(path));
                browser.cspViolations().forEach(v -> found.add(path + " : " + v));
            }
            assertEquals(List.of(), found);
        }
    }
}
