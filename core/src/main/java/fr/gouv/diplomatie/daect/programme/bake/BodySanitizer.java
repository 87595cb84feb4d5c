package fr.gouv.diplomatie.daect.programme.bake;

import fr.gouv.diplomatie.daect.programme.content.EditorHtml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The last word on a page's body, whatever the validation let through: jsoup's cleaner keeps what
 * Markdown produces and the few tags editors may write ({@link EditorHtml}), links to http(s),
 * e-mail, phone or the site itself, images from the site or https; nothing that runs script,
 * loads another page into this one, or submits anywhere.
 * <p>
 * A body that holds nothing else (every body of a valid site) is kept byte for byte: jsoup would
 * otherwise write the same HTML differently ({@code &quot;} as {@code "}…), and pages would change
 * for nothing. Comments are not kept: they are editors' notes.
 * <p>
 * French spacing ({@link FrenchTypography}) and unbreakable e-mail addresses ({@link EmailAddresses}) are
 * the other changes a body may get: one parse when the raw HTML has a candidate, and jsoup writes the body
 * again only if something did change.
 * <p>
 * Each body is sanitized once per bake, kept until {@link #forget}: the bake hands the Markdown bodies over as they are
 * rendered ahead of JBake ({@link ReusingMarkdownEngine#renderAhead}), and their pages then find them done. One body
 * after another, jsoup runs in caches warm for it: sanitizing each body between two pages' templates cost 0.1 to 0.2 s
 * more of a 5,000-session build (see performance.md).
 */
final class BodySanitizer {

    /** Only to resolve relative links while checking their scheme; never written. */
    private static final String BASE = "https://site.invalid/";

    private final Cleaner cleaner = new Cleaner(safelist());
    /** The bodies sanitized since {@link #forget}, by their HTML as the engine made it. */
    private final Map<String, String> published = new ConcurrentHashMap<>();
    private final AtomicInteger cleanings = new AtomicInteger();

    static Safelist safelist() {
        Safelist safelist = new Safelist().preserveRelativeLinks(true);
        for (Map<String, Set<String>> tags : List.of(EditorHtml.MARKDOWN_OUTPUT, EditorHtml.TAGS)) {
            tags.forEach((tag, attributes) -> {
                safelist.addTags(tag);
                if (!attributes.isEmpty()) {
                    safelist.addAttributes(tag, attributes.toArray(String[]::new));
                }
            });
        }
        return safelist.addProtocols("a", "href", "http", "https", "mailto", "tel", "#")
                .addProtocols("img", "src", "http", "https");
    }

    /** The body as it may be published; the same body again is not sanitized again until {@link #forget}. */
    String sanitize(String html) {
        return published.computeIfAbsent(html, this::clean);
    }

    /** After a bake: its bodies are of no use to the next one. */
    void forget() {
        published.clear();
    }

    /** How many bodies were sanitized, each once. */
    int cleanings() {
        return cleanings.get();
    }

    private String clean(String html) {
        cleanings.incrementAndGet();
        boolean safe = html.indexOf('<') < 0 || cleaner.isValidBodyHtml(html);
        if (safe && !FrenchTypography.mayApply(html) && !EmailAddresses.mayApply(html)) {
            return html;
        }
        Document parsed = Jsoup.parseBodyFragment(html, BASE);
        Document clean = safe ? parsed : cleaner.clean(parsed);
        boolean changed = FrenchTypography.apply(clean.body()) | EmailAddresses.apply(clean.body());
        if (!changed && safe) {
            return html;
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
