package fr.gouv.diplomatie.daect.programme.assets;

import java.util.ArrayList;
import java.util.List;

/** Splits a stylesheet into its top-level statements and blocks ({@code a{…}}, {@code @media …{…}}, {@code @charset …;}). */
final class TopLevelBlocks {

    private TopLevelBlocks() {
    }

    static List<String> split(String css) {
        List<String> blocks = new ArrayList<>();
        int depth = 0;
        int start = 0;
        char quote = 0;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? css.length() : end + 1;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    add(blocks, css.substring(start, i + 1));
                    start = i + 1;
                }
            } else if (c == ';' && depth == 0) {
                add(blocks, css.substring(start, i + 1));
                start = i + 1;
            }
        }
        add(blocks, css.substring(start));
        return blocks;
    }

    private static void add(List<String> blocks, String block) {
        if (!block.isBlank()) {
            blocks.add(block.strip());
        }
    }
}
