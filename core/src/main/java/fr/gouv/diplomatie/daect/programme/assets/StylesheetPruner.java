package fr.gouv.diplomatie.daect.programme.assets;

import com.helger.css.decl.AbstractHasTopLevelRules;
import com.helger.css.decl.CSSFontFaceRule;
import com.helger.css.decl.CSSLayerRule;
import com.helger.css.decl.CSSMediaRule;
import com.helger.css.decl.CSSSelector;
import com.helger.css.decl.CSSSelectorAttribute;
import com.helger.css.decl.CSSSelectorMemberPseudoIs;
import com.helger.css.decl.CSSSelectorMemberPseudoWhere;
import com.helger.css.decl.CSSSelectorSimpleMember;
import com.helger.css.decl.CSSStyleRule;
import com.helger.css.decl.CSSSupportsRule;
import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.decl.ICSSSelectorMember;
import com.helger.css.decl.ICSSTopLevelRule;
import com.helger.css.writer.CSSWriter;
import com.helger.css.writer.CSSWriterSettings;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps of a stylesheet only what the site can use: the rules with a selector that can match
 * something in the {@link SiteVocabulary} (pages and scripts), the custom properties those rules
 * read (transitively), the keyframes they animate with. Selectors are checked by the names they
 * require, not matched element by element: an over-approximation that never drops a rule a page
 * needs, in time linear in the site. States a script toggles are kept: modifier classes such as
 * {@code fr-modal--opened} of a class a page has, attributes the scripts set. Rules that need the
 * DSFR's dark theme ({@code data-fr-theme}, {@code data-fr-scheme}, set by its scripts, which the
 * site does not ship) go, and so do the {@code @font-face} rules: the site declares its own fonts.
 */
public final class StylesheetPruner {

    /** Modifiers the DSFR's scripts and ours put on an element that already has the base class. */
    private static final Set<String> STATES = Set.of("opened", "expanded", "error", "valid", "disabled", "selected", "active",
            "collapsing", "sticky", "loading", "hidden");
    private static final Pattern WORD = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_-]*");

    private final SiteVocabulary vocabulary;

    public StylesheetPruner(SiteVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** {@code css} read, pruned and written. */
    public String prune(String css) {
        return write(prune(read(css)));
    }

    /** A stylesheet as ph-css reads it ({@link StylesheetReader}), to prune once or more. */
    public static CascadingStyleSheet read(String css) {
        return StylesheetReader.read(css);
    }

    /**
     * A pruned copy of {@code sheet}, which is left as it is: the site's stylesheet, read once, is pruned for the
     * whole site, then that for each kind of page, on several threads. Rules are copied (ph-css cannot clone),
     * sharing their selectors and declarations, which nothing changes.
     */
    public CascadingStyleSheet prune(CascadingStyleSheet sheet) {
        CascadingStyleSheet kept = copyWhatCanMatch(sheet, new CascadingStyleSheet());
        UnusedDefinitions.remove(kept);
        return kept;
    }

    /** As text, minified. */
    public static String write(CascadingStyleSheet sheet) {
        return new CSSWriter(new CSSWriterSettings(true)).setWriteHeaderText(false).getCSSAsString(sheet);
    }

    /**
     * Copies into {@code into} the rules of {@code from} with their selectors that can match here: new rules and
     * at-rules, the same selectors, declarations, conditions and other rules (keyframes…). Font faces and the media
     * queries of Internet Explorer are left out.
     */
    private <T extends AbstractHasTopLevelRules> T copyWhatCanMatch(AbstractHasTopLevelRules from, T into) {
        for (ICSSTopLevelRule rule : from.getAllRules()) {
            if (rule instanceof CSSStyleRule style) {
                CSSStyleRule kept = new CSSStyleRule();
                style.getAllSelectors().stream().filter(this::canMatch).forEach(kept::addSelector);
                if (kept.hasSelectors()) {
                    style.getAllDeclarations().forEach(kept::addDeclaration);
                    into.addRule(kept);
                }
            } else if (rule instanceof CSSFontFaceRule) {
                continue; // the site declares its own fonts
            } else if (rule instanceof CSSMediaRule media) {
                if (!forInternetExplorer(media)) {
                    CSSMediaRule kept = new CSSMediaRule();
                    media.getAllMediaQueries().forEach(kept::addMediaQuery);
                    into.addRule(copyWhatCanMatch(media, kept));
                }
            } else if (rule instanceof CSSSupportsRule supports) {
                CSSSupportsRule kept = new CSSSupportsRule();
                supports.getAllSupportConditionMembers().forEach(kept::addSupportConditionMember);
                into.addRule(copyWhatCanMatch(supports, kept));
            } else if (rule instanceof CSSLayerRule layer) {
                into.addRule(copyWhatCanMatch(layer, new CSSLayerRule(layer.getAllSelectors())));
            } else if (rule instanceof UnreadBlock block) {
                into.addRule(copyWhatCanMatch(block, block.emptyCopy()));
            } else {
                into.addRule(rule);
            }
        }
        return into;
    }

    /** Media queries that only Internet Explorer 10 and 11 read: browsers the DSFR itself no longer supports. */
    private static boolean forInternetExplorer(CSSMediaRule media) {
        return media.hasMediaQueries() && media.getAllMediaQueries().stream()
                .allMatch(query -> query.getAsCSSString(new CSSWriterSettings(true), 0).contains("-ms-high-contrast"));
    }

    /** Whether every name the selector requires (outside :not() and :has()) is in the site. */
    boolean canMatch(CSSSelector selector) {
        for (ICSSSelectorMember member : selector.getAllMembers()) {
            if (member instanceof CSSSelectorSimpleMember simple) {
                String value = simple.getValue();
                boolean present;
                if (simple.isClass()) {
                    present = hasClass(value.substring(1));
                } else if (simple.isHash()) {
                    present = vocabulary.hasId(value.substring(1));
                } else if (simple.isElementName()) {
                    present = vocabulary.hasElement(value.contains("|") ? value.substring(value.indexOf('|') + 1) : value);
                } else {
                    present = true; // pseudo-classes and pseudo-elements: states the browser decides
                }
                if (!present) {
                    return false;
                }
            } else if (member instanceof CSSSelectorAttribute attribute) {
                String name = attribute.getAttrName();
                if (name.equals("data-fr-theme") || name.equals("data-fr-scheme") || !vocabulary.hasAttribute(name)) {
                    return false;
                }
                if (name.equals("class") && attribute.getAttrValue() != null && !classPrefixPresent(attribute.getAttrValue())) {
                    return false;
                }
            } else if (member instanceof CSSSelectorMemberPseudoIs is) {
                if (is.getAllSelectors().stream().noneMatch(this::canMatch)) {
                    return false;
                }
            } else if (member instanceof CSSSelectorMemberPseudoWhere where) {
                if (where.getAllSelectors().stream().noneMatch(this::canMatch)) {
                    return false;
                }
            }
            // Combinators, :not(), :has(), :nth-child() and the like require nothing more.
        }
        return true;
    }

    private boolean hasClass(String name) {
        if (vocabulary.hasClass(name)) {
            return true;
        }
        int modifier = name.lastIndexOf("--");
        return modifier > 0 && STATES.contains(name.substring(modifier + 2)) && vocabulary.hasClass(name.substring(0, modifier));
    }

    /** {@code [class^=fr-icon-]}: some word of the site starts with the value's first word. */
    private boolean classPrefixPresent(String value) {
        Matcher word = WORD.matcher(value.replace("\"", "").replace("'", ""));
        return !word.find() || vocabulary.hasClassStartingWith(word.group());
    }
}
