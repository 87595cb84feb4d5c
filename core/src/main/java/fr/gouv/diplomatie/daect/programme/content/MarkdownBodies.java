package fr.gouv.diplomatie.daect.programme.content;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Markdown bodies of one bake, each parsed once with the site's flavour by whichever thread needs it first: the
 * page's HTML (JBake's engine, on its thread or ahead of it) and the calendar's plain text (on the calendars' thread)
 * come from the same parse. Parsing was most of the calendars' time. Thread-safe; one per bake, then dropped.
 */
public final class MarkdownBodies {

    /** A body as HTML and as plain text; {@code html} is null when flexmark could not parse it (nested too deep). */
    public record Body(String html, String plainText) {

        public boolean parsed() {
            return html != null;
        }
    }

    private final List<String> extensions;
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Map<String, Body> bodies = new ConcurrentHashMap<>();
    private final AtomicInteger parses = new AtomicInteger();

    private MarkdownBodies(List<String> extensions) {
        this.extensions = List.copyOf(extensions);
        DataHolder options = MarkdownFlavour.options(extensions);
        // Both thread-safe once built.
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    public static MarkdownBodies of(List<String> extensions) {
        return new MarkdownBodies(extensions);
    }

    /** With the extensions of the site's {@code markdown.extensions}, as JBake reads them. */
    public static MarkdownBodies of(SiteSettings settings) {
        return of(MarkdownFlavour.extensions(settings));
    }

    public List<String> extensions() {
        return extensions;
    }

    /**
     * The body, parsed once for the whole bake. {@code markdown} is taken as JBake hands it to its engine
     * ({@link #asJBakeReadsIt}), so that the calendars and JBake ask for the same text.
     */
    public Body get(String markdown) {
        return bodies.computeIfAbsent(markdown, this::parse);
    }

    /** The body of {@code markdown} if this bake has it already (parsed, or given by {@link #seed}), else null. */
    public Body parsedAlready(String markdown) {
        return bodies.get(markdown);
    }

    /**
     * Gives the bake the body of {@code markdown} as a previous bake with the same flavour parsed it (see
     * {@code CrawledContent}): it is not parsed again. Taken as {@link #asJBakeReadsIt} gives it.
     */
    public void seed(String markdown, Body body) {
        bodies.putIfAbsent(markdown, body);
    }

    /** The body parsed now, and not kept (the preview's rebakes). */
    public Body parse(String markdown) {
        parses.incrementAndGet();
        if (markdown.isBlank()) {
            return new Body("", "");
        }
        try {
            Document document = parser.parse(markdown);
            return new Body(renderer.render(document), PlainText.of(document));
        } catch (StackOverflowError e) {
            // The narrowest seam: flexmark recurses once per level of nesting; the stack is unwound by now.
            return new Body(null, PlainText.unparsed(markdown));
        }
    }

    /** How many bodies flexmark parsed. */
    public int parses() {
        return parses.get();
    }

    /** The bodies kept so far are let go (the bake is over). */
    public void forget() {
        bodies.clear();
    }

    /** A file's body as JBake hands it to its engine: each line followed by a line break. */
    public static String asJBakeReadsIt(String body) {
        return body.endsWith("\n") ? body : body + "\n";
    }
}
