package fr.gouv.diplomatie.daect.programme.bake;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import fr.gouv.diplomatie.daect.programme.content.MarkdownFlavour;
import org.jbake.parser.Engines;
import org.jbake.parser.MarkdownEngine;
import org.jbake.parser.ParserContext;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * JBake's Markdown engine, with the same {@code markdown.extensions}, building flexmark's parser
 * and renderer once per bake instead of once per file (which was most of the cost of reading a file).
 * The bodies can also be rendered ahead on another thread ({@link #renderAhead}): JBake reads the files
 * one after the other, and flexmark was most of that time.
 */
final class ReusingMarkdownEngine extends MarkdownEngine {

    /** Through JBake's own registry of engines by file extension, as its {@code Engines} loads its own. */
    static ReusingMarkdownEngine register() {
        ReusingMarkdownEngine engine = new ReusingMarkdownEngine();
        Engines.register("md", engine);
        Engines.register("markdown", engine);
        return engine;
    }

    /** flexmark's parser and renderer for a list of extensions; both are thread-safe once built. */
    private record Flexmark(List<String> extensions, Parser parser, HtmlRenderer renderer) {

        static Flexmark of(List<String> extensions) {
            DataHolder options = MarkdownFlavour.options(extensions);
            return new Flexmark(List.copyOf(extensions), Parser.builder(options).build(), HtmlRenderer.builder(options).build());
        }

        String render(String markdown) {
            return renderer.render(parser.parse(markdown));
        }
    }

    private volatile Flexmark flexmark;
    /**
     * Between {@link #startRenderingAhead} and {@link #stopRenderingAhead}, the bodies rendered, by their text as
     * JBake hands it over, with the extensions of {@link #flexmark}.
     */
    private final Map<String, String> rendered = new ConcurrentHashMap<>();
    private volatile boolean ahead;
    private final AtomicInteger renders = new AtomicInteger();

    @Override
    public void processBody(ParserContext context) {
        Flexmark current = flexmark(context.getConfig().getMarkdownExtensions());
        String body = context.getBody();
        // Rendered ahead, being rendered ahead (then waited for), or rendered here.
        context.setBody(ahead ? rendered.computeIfAbsent(body, text -> render(current, text)) : render(current, body));
    }

    /** From now on, bodies are rendered once, whether ahead or by JBake, and kept until {@link #stopRenderingAhead}. */
    void startRenderingAhead() {
        rendered.clear();
        ahead = true;
    }

    /**
     * Renders these Markdown bodies, last first (JBake reads the files first first: the two meet halfway), until
     * {@link #stopRenderingAhead}. Each body is given as JBake will hand it over: its lines, each followed by a line break.
     */
    void renderAhead(List<String> bodies, List<String> extensions) {
        Flexmark current = flexmark(extensions);
        for (int i = bodies.size() - 1; i >= 0 && ahead; i--) {
            rendered.computeIfAbsent(bodies.get(i), text -> render(current, text));
        }
    }

    /** Once JBake has read every file: nothing more to render ahead, nothing to keep. */
    void stopRenderingAhead() {
        ahead = false;
        rendered.clear();
    }

    private String render(Flexmark flexmark, String markdown) {
        renders.incrementAndGet();
        return flexmark.render(markdown);
    }

    /** How many bodies flexmark rendered (each once, whether ahead or not). */
    int renders() {
        return renders.get();
    }

    private Flexmark flexmark(List<String> extensions) {
        Flexmark current = flexmark;
        if (current == null || !current.extensions().equals(extensions)) {
            synchronized (this) {
                current = flexmark;
                if (current == null || !current.extensions().equals(extensions)) {
                    current = Flexmark.of(extensions);
                    rendered.clear();
                    flexmark = current;
                }
            }
        }
        return current;
    }
}
