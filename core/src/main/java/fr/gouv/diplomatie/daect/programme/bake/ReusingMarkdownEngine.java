package fr.gouv.diplomatie.daect.programme.bake;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import fr.gouv.diplomatie.daect.programme.content.MarkdownFlavour;
import org.jbake.parser.Engines;
import org.jbake.parser.MarkdownEngine;
import org.jbake.parser.ParserContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * JBake's Markdown engine, with the same {@code markdown.extensions}, reading the header's date in the programme's
 * zone ({@link HeaderDate}), building flexmark's parser
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

        /** @throws TooDeep when flexmark, which recurses once per level of nesting, overflows its stack */
        String render(String markdown) {
            try {
                return renderer.render(parser.parse(markdown));
            } catch (StackOverflowError e) {
                // The narrowest seam: the stack is unwound by now, and nothing else runs in this call.
                throw new TooDeep();
            }
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
    private final Queue<String> tooDeep = new ConcurrentLinkedQueue<>();

    /** After JBake's reading of the header: its date, in the programme's zone. */
    @Override
    public void processHeader(ParserContext context) {
        HeaderDate.readInProgrammeZone(context);
    }

    @Override
    public void processBody(ParserContext context) {
        Flexmark current = flexmark(context.getConfig().getMarkdownExtensions());
        String body = context.getBody();
        try {
            // Rendered ahead, being rendered ahead (then waited for), or rendered here.
            context.setBody(ahead ? rendered.computeIfAbsent(body, text -> render(current, text)) : render(current, body));
        } catch (TooDeep e) {
            // Not thrown on: JBake would stop reading the other files. The bake fails with every such file named.
            tooDeep.add(displayPath(context) + " : " + TOO_DEEP);
            context.setBody("");
        }
    }

    /**
     * The files whose Markdown was nested too deep to render since the last call, one problem each, as the bake
     * reports them (the preview re-reads files with the same engine: each rebuild takes its own).
     */
    List<String> takeProblems() {
        List<String> taken = new java.util.ArrayList<>();
        for (String problem = tooDeep.poll(); problem != null; problem = tooDeep.poll()) {
            taken.add(problem);
        }
        return taken;
    }

    /** The engine JBake's parser uses for Markdown now, when it is this one. */
    static Optional<ReusingMarkdownEngine> registered() {
        return Engines.get("md") instanceof ReusingMarkdownEngine engine ? Optional.of(engine) : Optional.empty();
    }

    /** Validation refuses such text first (MarkdownDepthRule); this is for what it could not foresee. */
    static final String TOO_DEEP = "le texte imbrique trop de niveaux (citations `>`, listes ou emphases les unes dans les autres) "
            + "pour être mis en page ; réduisez l'imbrication";

    /** flexmark overflowed its stack on a body: the caller names the file. */
    static final class TooDeep extends RuntimeException {
        TooDeep() {
            super(TOO_DEEP, null, false, false);
        }
    }

    private static String displayPath(ParserContext context) {
        Path file = context.getFile().toPath().toAbsolutePath().normalize();
        Path root = context.getConfig().getSourceFolder().toPath().toAbsolutePath().normalize();
        return (file.startsWith(root) ? root.relativize(file) : file).toString().replace('\\', '/');
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
            try {
                rendered.computeIfAbsent(bodies.get(i), text -> render(current, text));
            } catch (TooDeep e) {
                // left for JBake's own reading of the file, which names it
            }
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
