package fr.gouv.diplomatie.daect.programme.content;

import java.util.Map;
import java.util.Set;

/**
 * The raw HTML an editor may write in a page's text, beside Markdown: a few inline tags that
 * Markdown cannot express, each with the attributes listed, and comments (editors' notes, which
 * never reach the page). Anything else could run script or change the page in a visitor's
 * browser, or has a Markdown form. The validation refuses the rest; the bake's sanitizer keeps
 * exactly this plus what Markdown itself produces.
 */
public final class EditorHtml {

    /** Allowed tag → its allowed attributes. */
    public static final Map<String, Set<String>> TAGS = Map.of(
            "abbr", Set.of("title", "lang"),
            "span", Set.of("lang"),
            "sup", Set.of(),
            "sub", Set.of(),
            "br", Set.of(),
            "kbd", Set.of(),
            "mark", Set.of());

    /**
     * What flexmark renders from Markdown with the extensions a site may enable (tables, definitions,
     * fenced code…): tag → attributes. URLs are checked apart, by scheme.
     */
    public static final Map<String, Set<String>> MARKDOWN_OUTPUT = Map.ofEntries(
            Map.entry("p", Set.of()), Map.entry("h1", Set.of("id")), Map.entry("h2", Set.of("id")), Map.entry("h3", Set.of("id")),
            Map.entry("h4", Set.of("id")), Map.entry("h5", Set.of("id")), Map.entry("h6", Set.of("id")),
            Map.entry("em", Set.of()), Map.entry("strong", Set.of()), Map.entry("del", Set.of()), Map.entry("hr", Set.of()),
            Map.entry("ul", Set.of()), Map.entry("ol", Set.of("start")), Map.entry("li", Set.of()), Map.entry("blockquote", Set.of()),
            Map.entry("pre", Set.of()), Map.entry("code", Set.of("class")), Map.entry("a", Set.of("href", "title")),
            Map.entry("img", Set.of("src", "alt", "title")), Map.entry("table", Set.of()), Map.entry("caption", Set.of()),
            Map.entry("thead", Set.of()), Map.entry("tbody", Set.of()), Map.entry("tfoot", Set.of()), Map.entry("tr", Set.of()),
            Map.entry("th", Set.of("align")), Map.entry("td", Set.of("align")),
            Map.entry("dl", Set.of()), Map.entry("dt", Set.of()), Map.entry("dd", Set.of()), Map.entry("br", Set.of()));

    /** As the editors' guide lists them. */
    public static final String LIST = "`<abbr title>`, `<span lang>`, `<sup>`, `<sub>`, `<br>`, `<kbd>`, `<mark>`";

    private EditorHtml() {
    }

    public static boolean isAllowed(String tag) {
        return TAGS.containsKey(tag);
    }

    public static boolean isMarkdownOutput(String tag) {
        return MARKDOWN_OUTPUT.containsKey(tag);
    }

    public static boolean isMarkdownOutput(String tag, String attribute) {
        Set<String> attributes = MARKDOWN_OUTPUT.get(tag);
        return attributes != null && attributes.contains(attribute);
    }

    public static boolean isAllowed(String tag, String attribute) {
        Set<String> attributes = TAGS.get(tag);
        return attributes != null && attributes.contains(attribute);
    }
}
