package fr.gouv.diplomatie.daect.programme.bake;

import fr.gouv.diplomatie.daect.programme.content.FrenchSpacing;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * French spacing in a page's body text: the space after « and before », :, ;, ! and ? becomes a no-break
 * space, so that a line never starts with the punctuation or ends with an opening guillemet. One character,
 * U+00A0, for every case, as the templates write it (the narrow U+202F typographers prefer before ; ! ? is
 * not in every font a browser may fall back on). Only spaces already there change: nothing is added, so
 * "http://", "10:00" or "«mot»" stay as they are. Text in {@code code}, {@code pre}, {@code kbd} or
 * {@code samp} is what a reader copies, and attribute values are not text: both are left alone.
 */
final class FrenchTypography {

    /** U+00A0, as a replacement string. */
    static final String NBSP = FrenchSpacing.NBSP;

    private static final Set<String> VERBATIM = Set.of("code", "pre", "kbd", "samp", "script", "style");
    private static final String SPACES = FrenchSpacing.SPACES;
    private static final String CLOSING = FrenchSpacing.CLOSING;
    /** Cheap test on the raw HTML: without a match, no text node can change. */
    private static final Pattern CANDIDATE = Pattern.compile("«[ \\t\\r\\n]|[ \\t\\r\\n]" + CLOSING);
    private static final Pattern LEADING_SPACES = Pattern.compile("^" + SPACES);
    private static final Pattern TRAILING_SPACES = Pattern.compile(SPACES + "$");
    private static final Pattern STARTS_CLOSING = Pattern.compile("^" + CLOSING);

    private FrenchTypography() {
    }

    /** False when the HTML holds nothing this pass would change (most of it is then not parsed at all). */
    static boolean mayApply(String html) {
        return CANDIDATE.matcher(html).find();
    }

    /** Applies the spacing to the text under root; true when some text changed. */
    static boolean apply(Element root) {
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                texts.add(text);
            }
        }, root);
        boolean changed = false;
        TextNode previous = null;
        for (TextNode text : texts) {
            if (isVerbatim(text)) {
                previous = null;
                continue;
            }
            String before = text.getWholeText();
            String after = FrenchSpacing.of(before);
            // A space and its punctuation may sit on either side of an inline tag: « <em>mot</em> » or "<b>Note </b>:".
            if (previous != null && sameBlock(previous, text)) {
                String end = previous.getWholeText();
                if (end.endsWith("«")) {
                    after = LEADING_SPACES.matcher(after).replaceFirst(NBSP);
                } else if (STARTS_CLOSING.matcher(after).find() && TRAILING_SPACES.matcher(end).find()) {
                    previous.text(TRAILING_SPACES.matcher(end).replaceFirst(NBSP));
                    changed = true;
                }
            }
            if (!after.equals(before)) {
                text.text(after);
                changed = true;
            }
            previous = text;
        }
        return changed;
    }

    private static boolean isVerbatim(Node node) {
        for (Node parent = node.parentNode(); parent instanceof Element element; parent = parent.parentNode()) {
            if (VERBATIM.contains(element.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Text of two paragraphs, or of a list's two items, is never one line: no rule across blocks. */
    private static boolean sameBlock(TextNode first, TextNode second) {
        return blockOf(first) == blockOf(second);
    }

    private static Element blockOf(Node node) {
        Element parent = (Element) node.parentNode();
        while (parent != null && parent.parent() != null && !parent.isBlock()) {
            parent = parent.parent();
        }
        return parent;
    }
}
