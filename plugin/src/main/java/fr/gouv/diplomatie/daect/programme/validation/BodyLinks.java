package fr.gouv.diplomatie.daect.programme.validation;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import fr.gouv.diplomatie.daect.programme.content.ContentFile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links and embedded files of a content file's body, with their lines: Markdown links,
 * images, reference definitions and bare addresses (JBake's AUTOLINKS), and {@code href}/{@code src}
 * attributes of HTML, in Markdown or in an HTML content file. Markdown is parsed with flexmark,
 * JBake's own parser, so that text in code blocks is not taken for a link.
 */
public final class BodyLinks {

    /** A link as written, and the 1-based line of the file it is on. */
    public record Link(int line, String url) {
    }

    private static final Pattern HTML_ATTRIBUTE = Pattern.compile(
            "(?i)\\b(?:href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");

    private final Parser parser;

    public BodyLinks() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(AutolinkExtension.create()));
        this.parser = Parser.builder(options).build();
    }

    public List<Link> of(ContentFile file) {
        List<Link> links = new ArrayList<>();
        if (file.body().isBlank()) {
            return links;
        }
        if (file.fileName().endsWith(".html")) {
            html(file.body(), file.bodyFirstLine(), links);
            return links;
        }
        Node document = parser.parse(file.body());
        for (Node node : document.getDescendants()) {
            int line = file.bodyFirstLine() + node.getStartLineNumber();
            if (node instanceof MailLink) {
                continue; // an e-mail address written as text: not an address of the site
            }
            if (node instanceof LinkNodeBase link) {
                String url = link.getUrl().unescape();
                // A bare www.… address is made an http:// link by JBake's AUTOLINKS.
                links.add(new Link(line, node instanceof AutoLink && !url.contains(":") ? "http://" + url : url));
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                // Only these two: comments are not links, and inner blocks repeat their block's text.
                html(node.getChars().toString(), line, links);
            }
        }
        return links;
    }

    private static void html(String text, int firstLine, List<Link> links) {
        Matcher matcher = HTML_ATTRIBUTE.matcher(text);
        int line = firstLine;
        int counted = 0;
        while (matcher.find()) {
            for (; counted < matcher.start(); counted++) {
                if (text.charAt(counted) == '\n') {
                    line++;
                }
            }
            String value = matcher.group(1) != null ? matcher.group(1) : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
            links.add(new Link(line, value.replace("&amp;", "&")));
        }
    }
}
