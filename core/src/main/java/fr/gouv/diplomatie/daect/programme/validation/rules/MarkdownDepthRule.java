package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.util.function.Consumer;

/**
 * Markdown nested too deep for the Markdown engine: flexmark recurses once per level, and a line of a thousand
 * {@code >} (or some 450 list levels, or thousands of emphasis signs) overflows its stack. The bounds are far
 * above any real page and far below what breaks: {@value #MOST_LEVELS} levels of quotation or list on a line,
 * {@value #MOST_EMPHASIS} emphasis signs on a line. Fenced code blocks are left alone: their text is not parsed.
 */
public final class MarkdownDepthRule implements Rule {

    static final int MOST_LEVELS = 20;
    static final int MOST_EMPHASIS = 200;

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        for (ContentFile file : context.files()) {
            if (!file.hasSeparator() || !file.fileName().endsWith(".md")) {
                continue;
            }
            String[] lines = file.body().split("\n", -1);
            String fence = null;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                String stripped = line.stripLeading();
                if (fence != null) {
                    if (stripped.startsWith(fence)) {
                        fence = null;
                    }
                    continue;
                }
                if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                    fence = stripped.substring(0, 3);
                    continue;
                }
                int at = file.bodyFirstLine() + i;
                int levels = levels(line);
                if (levels > MOST_LEVELS) {
                    report.accept(Diagnostic.error(file.displayPath(), at, "cette ligne imbrique " + levels
                            + " niveaux de citation (`>`) ou de liste, plus que les " + MOST_LEVELS
                            + " permis ; réduisez l'imbrication"));
                }
                long emphasis = line.chars().filter(c -> c == '*' || c == '_').count();
                if (emphasis > MOST_EMPHASIS) {
                    report.accept(Diagnostic.error(file.displayPath(), at, "cette ligne compte " + emphasis
                            + " signes d'emphase (`*` ou `_`), plus que les " + MOST_EMPHASIS
                            + " permis ; retirez-en, ou écrivez `\\*` et `\\_` pour les afficher tels quels"));
                }
            }
        }
    }

    /**
     * The quotation and list markers that open the line ({@code > > - 1. x}), plus, before a list marker, one
     * level for each two columns of indentation (a sub-list).
     */
    static int levels(String line) {
        int levels = 0;
        int i = 0;
        int length = line.length();
        boolean first = true;
        while (i < length) {
            int columns = 0;
            while (i < length && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                columns += line.charAt(i) == '\t' ? 4 : 1;
                i++;
            }
            if (i >= length) {
                break;
            }
            char c = line.charAt(i);
            int marker = listMarker(line, i);
            if (c == '>') {
                levels++;
                i++;
            } else if (marker > 0) {
                levels += 1 + (first ? columns / 2 : 0);
                i += marker;
            } else {
                break;
            }
            first = false;
        }
        return levels;
    }

    /** The length of a list marker at {@code i} ({@code - }, {@code * }, {@code + }, {@code 12. }, {@code 3) }), or 0. */
    private static int listMarker(String line, int i) {
        int length = line.length();
        char c = line.charAt(i);
        if (c == '-' || c == '*' || c == '+') {
            return i + 1 == length || line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t' ? 1 : 0;
        }
        int j = i;
        while (j < length && j - i < 9 && Character.isDigit(line.charAt(j))) {
            j++;
        }
        if (j == i || j >= length || (line.charAt(j) != '.' && line.charAt(j) != ')')) {
            return 0;
        }
        return j + 1 == length || line.charAt(j + 1) == ' ' || line.charAt(j + 1) == '\t' ? j + 1 - i : 0;
    }
}
