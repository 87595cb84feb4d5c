package fr.gouv.diplomatie.daect.programme.bake;

import fr.gouv.diplomatie.daect.programme.content.MarkdownBodies;
import org.jbake.parser.Engines;
import org.jbake.parser.MarkdownEngine;
import org.jbake.parser.ParserContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * JBake's Markdown engine, with the same {@code markdown.extensions}, reading the header's date in the programme's
 * zone ({@link HeaderDate}), building flexmark's parser and renderer once per bake instead of once per file (which was
 * most of the cost of reading a file). During a bake, each body is parsed once ({@link MarkdownBodies}), whether by
 * JBake's thread, ahead of it on another ({@link #renderAhead}: JBake reads the files one after the other, and flexmark
 * was most of that time) or by the calendars, which take their plain text from the same parse.
 */
final class ReusingMarkdownEngine extends MarkdownEngine {

    /** Through JBake's own registry of engines by file extension, as its {@code Engines} loads its own. */
    static ReusingMarkdownEngine register() {
        ReusingMarkdownEngine engine = new ReusingMarkdownEngine();
        Engines.register("md", engine);
        Engines.register("markdown", engine);
        return engine;
    }

    /** The bodies of the bake under way ({@link #startBake}), or the last ones used, not kept. */
    private volatile MarkdownBodies bodies;
    /** Between {@link #startBake} and {@link #endBake}: each body parsed once, kept for whoever asks next. */
    private volatile boolean sharing;
    private final Queue<String> tooDeep = new ConcurrentLinkedQueue<>();

    /** After JBake's reading of the header: its date, in the programme's zone. */
    @Override
    public void processHeader(ParserContext context) {
        HeaderDate.readInProgrammeZone(context);
    }

    @Override
    public void processBody(ParserContext context) {
        MarkdownBodies current = bodies(context.getConfig().getMarkdownExtensions());
        String body = context.getBody();
        // Parsed ahead, being parsed ahead (then waited for), or parsed here.
        MarkdownBodies.Body parsed = sharing ? current.get(body) : current.parse(body);
        if (parsed.parsed()) {
            context.setBody(parsed.html());
        } else {
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

    private static String displayPath(ParserContext context) {
        Path file = context.getFile().toPath().toAbsolutePath().normalize();
        Path root = context.getConfig().getSourceFolder().toPath().toAbsolutePath().normalize();
        return (file.startsWith(root) ? root.relativize(file) : file).toString().replace('\\', '/');
    }

    /** From now on, each body is parsed once, whether ahead, by JBake or by the calendars, until {@link #endBake}. */
    void startBake(MarkdownBodies shared) {
        bodies = shared;
        sharing = true;
    }

    /**
     * Parses these Markdown bodies, last first (JBake reads the files first first: the two meet halfway), until
     * {@link #endBake}, handing each body's HTML to {@code next} (the bake's sanitizer) on the way. Each body is given
     * as JBake will hand it over ({@link MarkdownBodies#asJBakeReadsIt}).
     */
    void renderAhead(List<String> texts, Consumer<String> next) {
        MarkdownBodies current = bodies;
        for (int i = texts.size() - 1; i >= 0 && sharing; i--) {
            MarkdownBodies.Body body = current.get(texts.get(i));
            if (body.parsed()) {
                next.accept(body.html());
            }
        }
    }

    /**
     * Once JBake has read every file: nothing more to parse ahead. The bodies parsed stay with their owner (the bake
     * records them for the next one, then forgets them).
     */
    void endBake() {
        sharing = false;
    }

    /** How many bodies flexmark parsed with the bodies in use now. */
    int renders() {
        MarkdownBodies current = bodies;
        return current == null ? 0 : current.parses();
    }

    /** The bodies of the bake, or new ones if the extensions JBake asks for are not theirs (a rebake after a settings change). */
    private MarkdownBodies bodies(List<String> extensions) {
        MarkdownBodies current = bodies;
        if (current == null || !current.extensions().equals(extensions)) {
            synchronized (this) {
                current = bodies;
                if (current == null || !current.extensions().equals(extensions)) {
                    current = MarkdownBodies.of(extensions);
                    bodies = current;
                }
            }
        }
        return current;
    }
}
