package fr.gouv.diplomatie.daect.programme.content;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown made plain text, for a calendar's {@code DESCRIPTION}: what a reader sees, without the markup (links keep
 * their text, emphasis its words), one blank line between blocks and list items on their own lines with a dash.
 * Made from the document flexmark parsed for the page ({@link MarkdownBodies}), so the calendar says what the page says.
 */
public final class PlainText {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private PlainText() {
    }

    public static String of(Node document) {
        List<String> blocks = new ArrayList<>();
        for (Node block : document.getChildren()) {
            String text = block instanceof BulletList || block instanceof OrderedList ? listText(block) : text(block);
            if (!text.isBlank()) {
                blocks.add(text);
            }
        }
        return String.join("\n\n", blocks);
    }

    /** Markdown nested deeper than flexmark can recurse (validation refuses it first): the words as written. */
    public static String unparsed(String markdown) {
        return WHITE_SPACE.matcher(markdown).replaceAll(" ").strip();
    }

    private static String listText(Node list) {
        List<String> items = new ArrayList<>();
        for (Node item : list.getChildren()) {
            if (item instanceof ListItem) {
                items.add("- " + text(item));
            }
        }
        return String.join("\n", items);
    }

    /** The block's words, with soft line breaks as spaces and runs of white space as one. */
    private static String text(Node node) {
        return WHITE_SPACE.matcher(new TextCollectingVisitor().collectAndGetText(node)).replaceAll(" ").strip();
    }
}
