package fr.gouv.diplomatie.daect.programme.bake;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.data.DataHolder;
import org.jbake.parser.Engines;
import org.jbake.parser.MarkdownEngine;
import org.jbake.parser.ParserContext;

import java.util.List;

/**
 * JBake's Markdown engine, with the same {@code markdown.extensions}, building flexmark's parser
 * and renderer once per bake instead of once per file (which was most of the cost of reading a file).
 */
final class ReusingMarkdownEngine extends MarkdownEngine {

    /** Through JBake's own registry of engines by file extension, as its {@code Engines} loads its own. */
    static void register() {
        ReusingMarkdownEngine engine = new ReusingMarkdownEngine();
        Engines.register("md", engine);
        Engines.register("markdown", engine);
    }

    private List<String> extensions;
    private Parser parser;
    private HtmlRenderer renderer;

    @Override
    public synchronized void processBody(ParserContext context) {
        List<String> wanted = context.getConfig().getMarkdownExtensions();
        if (!wanted.equals(extensions)) {
            DataHolder options = PegdownOptionsAdapter.flexmarkOptions(flags(wanted));
            parser = Parser.builder(options).build();
            renderer = HtmlRenderer.builder(options).build();
            extensions = List.copyOf(wanted);
        }
        context.setBody(renderer.render(parser.parse(context.getBody())));
    }

    /** As JBake reads them: names of {@link PegdownExtensions} fields, "-NAME" to remove one, unknown names ignored. */
    private static int flags(List<String> names) {
        int flags = PegdownExtensions.NONE;
        for (String name : names) {
            boolean remove = name.startsWith("-");
            int flag = flag(name.replaceFirst("^[-+]", ""));
            flags = remove ? flags & ~flag : flags | flag;
        }
        return flags;
    }

    private static int flag(String name) {
        try {
            return PegdownExtensions.class.getDeclaredField(name).getInt(null);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            return PegdownExtensions.NONE;
        }
    }
}
