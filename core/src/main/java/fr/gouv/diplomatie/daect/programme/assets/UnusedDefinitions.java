package fr.gouv.diplomatie.daect.programme.assets;

import com.helger.css.decl.AbstractHasTopLevelRules;
import com.helger.css.decl.CSSDeclaration;
import com.helger.css.decl.CSSKeyframesRule;
import com.helger.css.decl.CSSStyleRule;
import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.decl.ICSSTopLevelRule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Once the rules the site cannot match are gone: drops the custom properties that no kept declaration reads
 * (directly or through another), the keyframes that no kept animation names, then the rules and at-rules left empty.
 */
final class UnusedDefinitions {

    private static final Pattern VAR = Pattern.compile("var\\(\\s*(--[a-zA-Z0-9_-]+)");
    private static final Pattern WORD = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_-]*");

    private UnusedDefinitions() {
    }

    /** Removes them from {@code sheet} (a pruned copy: its containers are its own). */
    static void remove(CascadingStyleSheet sheet) {
        List<CSSDeclaration> declarations = new ArrayList<>();
        StringBuilder unread = new StringBuilder();
        collect(sheet, declarations, unread);
        removeCustomProperties(sheet, declarations, unread);
        removeKeyframes(sheet, declarations, unread);
        removeEmpty(sheet);
    }

    /** The declarations of the style rules, and the text of the blocks ph-css could not read (which may read them too). */
    private static void collect(AbstractHasTopLevelRules rules, List<CSSDeclaration> into, StringBuilder unread) {
        for (ICSSTopLevelRule rule : rules.getAllRules()) {
            if (rule instanceof CSSStyleRule style) {
                into.addAll(style.getAllDeclarations());
            } else if (rule instanceof AbstractHasTopLevelRules nested) {
                if (rule instanceof UnreadBlock block) {
                    unread.append(block.text()).append('\n');
                }
                collect(nested, into, unread);
            }
        }
    }

    private static void removeCustomProperties(CascadingStyleSheet sheet, List<CSSDeclaration> declarations, CharSequence unread) {
        Set<String> read = new HashSet<>();
        matches(VAR, unread, read);
        for (CSSDeclaration declaration : declarations) {
            if (!declaration.getProperty().startsWith("--")) {
                matches(VAR, declaration.getExpressionAsCSSString(), read);
            }
        }
        boolean grew = true;
        while (grew) {
            int before = read.size();
            for (CSSDeclaration declaration : declarations) {
                if (read.contains(declaration.getProperty())) {
                    matches(VAR, declaration.getExpressionAsCSSString(), read);
                }
            }
            grew = read.size() > before;
        }
        removeDeclarations(sheet, d -> d.getProperty().startsWith("--") && !read.contains(d.getProperty()));
    }

    private static void removeKeyframes(CascadingStyleSheet sheet, List<CSSDeclaration> declarations, CharSequence unread) {
        Set<String> words = new HashSet<>();
        WORD.matcher(unread).results().forEach(word -> words.add(word.group()));
        for (CSSDeclaration declaration : declarations) {
            if (declaration.getProperty().startsWith("animation")) {
                WORD.matcher(declaration.getExpressionAsCSSString()).results().forEach(word -> words.add(word.group()));
            }
        }
        removeRules(sheet, rule -> rule instanceof CSSKeyframesRule keyframes && !words.contains(keyframes.getAnimationName()));
    }

    /** Adds group 1 of each match. */
    private static void matches(Pattern pattern, CharSequence text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static void removeDeclarations(AbstractHasTopLevelRules rules, Predicate<CSSDeclaration> unused) {
        for (ICSSTopLevelRule rule : rules.getAllRules()) {
            if (rule instanceof CSSStyleRule style) {
                for (CSSDeclaration declaration : style.getAllDeclarations()) {
                    if (unused.test(declaration)) {
                        style.removeDeclaration(declaration);
                    }
                }
            } else if (rule instanceof AbstractHasTopLevelRules nested) {
                removeDeclarations(nested, unused);
            }
        }
    }

    private static void removeRules(AbstractHasTopLevelRules rules, Predicate<ICSSTopLevelRule> unused) {
        for (ICSSTopLevelRule rule : rules.getAllRules()) {
            if (unused.test(rule)) {
                rules.removeRule(rule);
            } else if (rule instanceof AbstractHasTopLevelRules nested) {
                removeRules(nested, unused);
            }
        }
    }

    private static void removeEmpty(AbstractHasTopLevelRules rules) {
        for (ICSSTopLevelRule rule : rules.getAllRules()) {
            if (rule instanceof CSSStyleRule style && !style.hasDeclarations()) {
                rules.removeRule(rule);
            } else if (rule instanceof AbstractHasTopLevelRules nested && !(rule instanceof UnreadBlock block && block.isVerbatim())) {
                removeEmpty(nested);
                if (!nested.hasRules()) {
                    rules.removeRule(rule);
                }
            }
        }
    }
}
