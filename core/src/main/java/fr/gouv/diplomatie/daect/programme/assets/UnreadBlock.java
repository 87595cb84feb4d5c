package fr.gouv.diplomatie.daect.programme.assets;

import com.helger.css.ICSSWriterSettings;
import com.helger.css.decl.AbstractHasTopLevelRules;
import com.helger.css.decl.ICSSTopLevelRule;

/**
 * A top-level block of a stylesheet that ph-css cannot read (a recent at-rule such as {@code @supports selector(…)}),
 * in the model with the others: its prelude as written and, for an at-rule whose content ph-css reads, the rules of
 * its content, pruned as any other; a block with no such content is kept as it is ({@link #verbatim}). Written on a
 * line of its own, as the pruning always wrote it.
 */
final class UnreadBlock extends AbstractHasTopLevelRules implements ICSSTopLevelRule {

    private final String prelude;
    private final boolean verbatim;

    private UnreadBlock(String prelude, boolean verbatim) {
        this.prelude = prelude;
        this.verbatim = verbatim;
    }

    /** An at-rule whose content is read apart: {@code prelude} is the text before its {@code {}. */
    static UnreadBlock atRule(String prelude) {
        return new UnreadBlock(prelude, false);
    }

    /** A block kept whole, as text. */
    static UnreadBlock verbatim(String text) {
        return new UnreadBlock(text, true);
    }

    /** The same block without its rules, for a pruned copy. */
    UnreadBlock emptyCopy() {
        return new UnreadBlock(prelude, verbatim);
    }

    boolean isVerbatim() {
        return verbatim;
    }

    /** What the block says outside the rules read: its prelude, or its whole text. */
    String text() {
        return prelude;
    }

    @Override
    public String getAsCSSString(ICSSWriterSettings settings, int indentLevel) {
        if (verbatim) {
            return prelude + "\n";
        }
        StringBuilder css = new StringBuilder(prelude).append('{');
        for (ICSSTopLevelRule rule : getAllRules()) {
            css.append(rule.getAsCSSString(settings, indentLevel + 1));
        }
        return css.append("}\n").toString();
    }
}
