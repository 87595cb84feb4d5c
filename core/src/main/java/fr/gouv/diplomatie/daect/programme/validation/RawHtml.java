package fr.gouv.diplomatie.daect.programme.validation;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.MarkdownFlavour;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The HTML tags an editor wrote in a content file's body, with their attributes and the lines of
 * the file they are on. In Markdown, flexmark finds the raw HTML exactly as the bake will render
 * it (code, escapes and autolinks are not HTML); jsoup then reads each piece tag by tag.
 * <p>
 * jsoup's XML parser rather than its HTML one: it keeps every tag as written, where an HTML parser
 * would move, merge or drop some ({@code <body onload>}, {@code <meta>}) before one could look at them.
 * What lies inside a script, a style or an SVG drawing is not listed: the refused tag says enough.
 */
public final class RawHtml {

    /** An attribute as written, its value decoded ({@code jav&#x61;script:} is {@code javascript:}). */
    public record Attribute(int line, String name, String value) {
    }

    /** A start tag, its name in lower case. */
    public record Tag(int line, String name, List<Attribute> attributes) {
    }

    /** Elements whose content is not HTML (script, style) or is another language (SVG, MathML): what is inside is not listed. */
    private static final Set<String> OPAQUE = Set.of("script", "style", "svg", "math", "template", "textarea", "title", "xmp",
            "iframe", "noscript", "noembed", "noframes", "object", "plaintext");

    private static final String CDATA = "<![CDATA[";

    private final List<String> extensions;
    /** Built on first use: most sites have no body with HTML, and flexmark takes a while to load. */
    private Parser markdown;

    public RawHtml(List<String> markdownExtensions) {
        this.extensions = List.copyOf(markdownExtensions);
    }

    public List<Tag> of(ContentFile file) {
        List<Tag> tags = new ArrayList<>();
        String body = file.body();
        if (file.fileName().endsWith(".html")) {
            read(body, file.bodyFirstLine(), tags);
        } else if (mayHoldHtml(body)) {
            read(htmlOnly(body), file.bodyFirstLine(), tags);
        }
        return tags;
    }

    /**
     * The body with everything but its raw HTML blanked out, line breaks kept: read at once, the tags
     * keep their lines, and a tag's content is seen as such even when Markdown splits it
     * ({@code <svg onload=…>} and {@code </svg>} are two pieces of inline HTML).
     */
    private String htmlOnly(String body) {
        char[] text = new char[body.length()];
        for (int i = 0; i < text.length; i++) {
            text[i] = body.charAt(i) == '\n' ? '\n' : ' ';
        }
        for (Node node : markdown().parse(body).getDescendants()) {
            if ((node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) && !(node.getParent() instanceof HtmlBlockBase)) {
                String html = node.getChars().toString();
                html.getChars(0, html.length(), text, node.getStartOffset());
            }
        }
        return new String(text);
    }

    private synchronized Parser markdown() {
        if (markdown == null) {
            markdown = Parser.builder(MarkdownFlavour.options(extensions)).build();
        }
        return markdown;
    }

    /**
     * Most bodies hold no {@code <} that could open a tag, or only comments (the note {@code new-session} writes):
     * no need to parse them. Without a {@code <} that opens a tag, there is no tag anywhere.
     */
    private static boolean mayHoldHtml(String body) {
        for (int i = body.indexOf('<'); i >= 0 && i < body.length() - 1; i = body.indexOf('<', i + 1)) {
            char next = body.charAt(i + 1);
            if (Character.isLetter(next) || next == '/' || next == '?' || next == '!' && !body.startsWith("!--", i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The tags of a piece of HTML whose first line is {@code firstLine} of the file. */
    private static void read(String html, int firstLine, List<Tag> tags) {
        Document document = org.jsoup.parser.Parser.xmlParser().setTrackPosition(true).parseInput(asHtml(html), "");
        for (Element child : document.children()) {
            read(child, firstLine - 1, tags);
        }
    }

    /**
     * An XML parser reads {@code <![CDATA[…]]>} and {@code <?…?>} whole; in HTML, both are comments that end at the
     * first {@code >}, and what follows is markup ({@code <?x ><img onerror=…> ?>}). Spoilt, they are read as HTML
     * reads them: as {@code <!…>}, which ends at the first {@code >} for both parsers. Line breaks are kept.
     */
    private static String asHtml(String html) {
        if (html.indexOf("<?") < 0 && html.indexOf(CDATA) < 0) {
            return html;
        }
        return html.replace(CDATA, "<![CDATA(").replace("<?", "<!?");
    }

    private static void read(Element element, int lineOffset, List<Tag> tags) {
        List<Attribute> attributes = new ArrayList<>();
        for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
            attributes.add(new Attribute(lineOffset + line(element, attribute), attribute.getKey().toLowerCase(Locale.ROOT), attribute.getValue()));
        }
        String name = element.normalName();
        tags.add(new Tag(lineOffset + Math.max(1, element.sourceRange().start().lineNumber()), name, attributes));
        if (!OPAQUE.contains(name)) {
            for (Element child : element.children()) {
                read(child, lineOffset, tags);
            }
        }
    }

    private static int line(Element element, org.jsoup.nodes.Attribute attribute) {
        Range.AttributeRange range = element.attributes().sourceRange(attribute.getKey());
        int line = range.isTracked() ? range.nameRange().start().lineNumber() : element.sourceRange().start().lineNumber();
        return Math.max(1, line);
    }
}
