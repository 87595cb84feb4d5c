package fr.gouv.diplomatie.daect.programme.assets;

import com.helger.css.decl.AbstractHasTopLevelRules;
import com.helger.css.decl.CSSDeclaration;
import com.helger.css.decl.CSSFontFaceRule;
import com.helger.css.decl.CSSKeyframesRule;
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
import com.helger.css.reader.CSSReader;
import com.helger.css.reader.CSSReaderSettings;
import com.helger.css.writer.CSSWriter;
import com.helger.css.writer.CSSWriterSettings;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
    private static final Pattern VAR = Pattern.compile("var\\(\\s*(--[a-zA-Z0-9_-]+)");
    private static final Pattern WORD = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_-]*");
    /** Blocks read by one parse: few enough that a block ph-css cannot read is soon isolated. */
    private static final int BLOCKS_PER_PARSE = 64;

    /** A block ph-css cannot read is kept as it is: no need to log it. */
    private static final com.helger.css.reader.errorhandler.ICSSParseErrorHandler QUIET = new com.helger.css.reader.errorhandler.DoNothingCSSParseErrorHandler();

    private static final com.helger.css.handler.ICSSParseExceptionCallback QUIET_EXCEPTIONS = e -> { };

    /** Settings for one reading (they are mutable: none is shared between threads), without a word on what cannot be read. */
    private static CSSReaderSettings quietReading() {
        return new CSSReaderSettings().setFallbackCharset(StandardCharsets.UTF_8)
                .setCustomErrorHandler(QUIET).setCustomExceptionHandler(QUIET_EXCEPTIONS);
    }

    private final SiteVocabulary vocabulary;

    public StylesheetPruner(SiteVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public String prune(String css) {
        return pruneEach(worthReading(TopLevelBlocks.split(css)));
    }

    /**
     * Reads the first blocks of {@code css} with ph-css and forgets them: its parser runs in the interpreter until
     * the JVM has compiled it, and a first reading done while a core is idle spares the pruning that time
     * ({@link DsfrBundle#readAhead}).
     */
    static void readFirstBlocks(String css) {
        List<String> blocks = TopLevelBlocks.split(css);
        CSSReader.readFromStringStream(String.join("\n", blocks.subList(0, Math.min(blocks.size(), 2 * BLOCKS_PER_PARSE))), quietReading());
    }

    /** Prunes the top-level blocks, each read by ph-css. */
    String pruneEach(List<String> split) {
        return pruneRead(split).css();
    }

    /**
     * The stylesheet pruned as {@link #prune(String)} does, kept as ph-css read it, for {@link #prune(Pruned)} to
     * prune further for a part of the site without reading it again.
     */
    public Pruned pruneAndKeep(String css) {
        return pruneRead(worthReading(TopLevelBlocks.split(css)));
    }

    /**
     * What {@code pruned} keeps that this vocabulary (a part of the site) can use, as {@link #prune(String)} would
     * prune its text: the pages of each kind get their own stylesheet, and reading the site's again for each kind
     * took most of the pruning's time. Its rules are copied (ph-css cannot clone), sharing their selectors and
     * declarations, which nothing changes.
     */
    public String prune(Pruned pruned) {
        List<Object> blocks = new ArrayList<>();
        for (Object block : pruned.blocks) {
            if (block instanceof CascadingStyleSheet sheet) {
                blocks.add(copyWhatCanMatch(sheet, new CascadingStyleSheet()));
            } else {
                // A block ph-css could not read: read again and pruned inside, as a text.
                List<String> kept = worthReading(List.of((String) block));
                if (!kept.isEmpty()) {
                    read(kept, blocks);
                }
            }
        }
        return pruneDeclarations(blocks).css();
    }

    /** A stylesheet as ph-css read it (or, for the blocks it could not read, as text), pruned. */
    public static final class Pruned {

        private final List<Object> blocks;

        private Pruned(List<Object> blocks) {
            this.blocks = blocks;
        }

        /** As text, minified. */
        public String css() {
            return blocks.parallelStream()
                    .map(block -> block instanceof CascadingStyleSheet sheet
                            ? new CSSWriter(new CSSWriterSettings(true)).setWriteHeaderText(false).getCSSAsString(sheet) : block + "\n")
                    .collect(Collectors.joining());
        }
    }

    private Pruned pruneRead(List<String> split) {
        // ph-css cannot read a few recent at-rules (@supports selector(…)); those blocks are kept as they are.
        // Runs of blocks read and their selectors pruned on every core, then put back in order.
        List<Object> blocks = IntStream.range(0, (split.size() + BLOCKS_PER_PARSE - 1) / BLOCKS_PER_PARSE).parallel()
                .mapToObj(run -> {
                    List<Object> read = new ArrayList<>();
                    read(split.subList(run * BLOCKS_PER_PARSE, Math.min((run + 1) * BLOCKS_PER_PARSE, split.size())), read);
                    read.stream().filter(CascadingStyleSheet.class::isInstance).forEach(sheet -> pruneSelectors((CascadingStyleSheet) sheet));
                    return read;
                })
                .flatMap(List::stream).toList();
        return pruneDeclarations(blocks);
    }

    /** Drops the custom properties and keyframes nothing kept uses, then the rules and at-rules left empty. */
    private static Pruned pruneDeclarations(List<Object> blocks) {
        List<CascadingStyleSheet> sheets = blocks.stream().filter(CascadingStyleSheet.class::isInstance).map(CascadingStyleSheet.class::cast).toList();
        String verbatim = String.join("\n", blocks.stream().filter(String.class::isInstance).map(String.class::cast).toList());
        pruneCustomProperties(sheets, verbatim);
        pruneKeyframes(sheets, verbatim);
        sheets.forEach(StylesheetPruner::removeEmpty);
        return new Pruned(blocks);
    }

    /**
     * Copies into {@code into} the rules of {@code from} with their selectors that can match here: new rules and
     * at-rules, the same selectors, declarations, conditions and other rules (keyframes…).
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
            } else if (rule instanceof CSSMediaRule media) {
                CSSMediaRule kept = new CSSMediaRule();
                media.getAllMediaQueries().forEach(kept::addMediaQuery);
                into.addRule(copyWhatCanMatch(media, kept));
            } else if (rule instanceof CSSSupportsRule supports) {
                CSSSupportsRule kept = new CSSSupportsRule();
                supports.getAllSupportConditionMembers().forEach(kept::addSupportConditionMember);
                into.addRule(copyWhatCanMatch(supports, kept));
            } else if (rule instanceof CSSLayerRule layer) {
                into.addRule(copyWhatCanMatch(layer, new CSSLayerRule(layer.getAllSelectors())));
            } else {
                into.addRule(rule);
            }
        }
        return into;
    }

    /**
     * The blocks without the style rules that a look at their text shows cannot match (a required class or id
     * absent from the site): they would be dropped anyway, and reading them was most of the pruning's time. The
     * look errs towards keeping: what it cannot decide is read and pruned as any other rule.
     */
    private List<String> worthReading(List<String> blocks) {
        List<String> kept = new ArrayList<>();
        for (String block : blocks) {
            int open = block.indexOf('{');
            if (open > 0 && (block.startsWith("@media") || block.startsWith("@supports")) && block.endsWith("}")) {
                List<String> inner = worthReading(TopLevelBlocks.split(block.substring(open + 1, block.length() - 1)));
                if (!inner.isEmpty()) {
                    kept.add(block.substring(0, open + 1) + String.join("", inner) + "}");
                }
            } else if (block.startsWith("@") || open <= 0 || block.contains("/*") || mayMatch(block.substring(0, open))) {
                kept.add(block);
            }
        }
        return kept;
    }

    /** Whether one of the selectors may match: none requires, outside parentheses and brackets, a class or id the site lacks. */
    private boolean mayMatch(String selectors) {
        int depth = 0;
        boolean possible = true;
        for (int i = 0; i < selectors.length(); i++) {
            char c = selectors.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '"' || c == '\'') {
                return true;
            } else if (depth == 0 && c == ',') {
                if (possible) {
                    return true;
                }
                possible = true;
            } else if (depth == 0 && (c == '.' || c == '#') && possible) {
                int end = i + 1;
                while (end < selectors.length() && isNameChar(selectors.charAt(end))) {
                    end++;
                }
                if (end < selectors.length() && (selectors.charAt(end) == '\\' || selectors.charAt(end) > 0x7f)) {
                    return true; // an escaped or non-ASCII name: left to ph-css
                }
                String name = selectors.substring(i + 1, end);
                possible = name.isEmpty() || (c == '.' ? hasClass(name) : vocabulary.hasId(name));
                i = end - 1;
            }
        }
        return possible;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    /**
     * Reads a run of top-level blocks with ph-css at once (a parse per block cost more than the pruning itself);
     * a run it cannot read is halved, down to the block, which is then pruned inside or kept as text.
     */
    private void read(List<String> run, List<Object> into) {
        CascadingStyleSheet sheet = CSSReader.readFromStringStream(String.join("\n", run), quietReading());
        if (sheet != null) {
            into.add(sheet);
        } else if (run.size() > 1) {
            read(run.subList(0, run.size() / 2), into);
            read(run.subList(run.size() / 2, run.size()), into);
        } else {
            String block = run.get(0);
            if (block.startsWith("@") && block.endsWith("}") && block.indexOf('{') > 0) {
                // Its content may still be read: prune it, and keep the block only if something is left.
                int open = block.indexOf('{');
                String inner = prune(block.substring(open + 1, block.length() - 1));
                if (!inner.isBlank()) {
                    into.add(block.substring(0, open + 1) + inner + "}");
                }
            } else {
                into.add(block);
            }
        }
    }

    private void pruneSelectors(AbstractHasTopLevelRules rules) {
        for (ICSSTopLevelRule rule : rules.getAllRules()) {
            if (rule instanceof CSSStyleRule style) {
                for (CSSSelector selector : style.getAllSelectors()) {
                    if (!canMatch(selector)) {
                        style.removeSelector(selector);
                    }
                }
                if (!style.hasSelectors()) {
                    rules.removeRule(rule);
                }
            } else if (rule instanceof CSSFontFaceRule) {
                rules.removeRule(rule);
            } else if (rule instanceof CSSMediaRule media && forInternetExplorer(media)) {
                rules.removeRule(rule);
            } else if (rule instanceof AbstractHasTopLevelRules nested) {
                pruneSelectors(nested);
            }
        }
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

    /** Removes the declarations of custom properties that no kept declaration reads, directly or through another. */
    private static void pruneCustomProperties(List<CascadingStyleSheet> sheets, String verbatim) {
        List<CSSDeclaration> declarations = new ArrayList<>();
        sheets.forEach(sheet -> collectDeclarations(sheet, declarations));
        Set<String> read = new HashSet<>();
        Matcher verbatimVar = VAR.matcher(verbatim);
        while (verbatimVar.find()) {
            read.add(verbatimVar.group(1));
        }
        for (CSSDeclaration declaration : declarations) {
            if (!declaration.getProperty().startsWith("--")) {
                reads(declaration, read);
            }
        }
        boolean grew = true;
        while (grew) {
            int before = read.size();
            for (CSSDeclaration declaration : declarations) {
                if (read.contains(declaration.getProperty())) {
                    reads(declaration, read);
                }
            }
            grew = read.size() > before;
        }
        sheets.forEach(sheet -> removeDeclarations(sheet, d -> d.getProperty().startsWith("--") && !read.contains(d.getProperty())));
    }

    private static void reads(CSSDeclaration declaration, Set<String> into) {
        Matcher var = VAR.matcher(declaration.getExpressionAsCSSString());
        while (var.find()) {
            into.add(var.group(1));
        }
    }

    private static void collectDeclarations(AbstractHasTopLevelRules rules, List<CSSDeclaration> into) {
        for (ICSSTopLevelRule rule : rules.getAllRules()) {
            if (rule instanceof CSSStyleRule style) {
                into.addAll(style.getAllDeclarations());
            } else if (rule instanceof AbstractHasTopLevelRules nested) {
                collectDeclarations(nested, into);
            }
        }
    }

    private static void removeDeclarations(AbstractHasTopLevelRules rules, java.util.function.Predicate<CSSDeclaration> unused) {
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

    /** Keyframes that no kept animation names. */
    private static void pruneKeyframes(List<CascadingStyleSheet> sheets, String verbatim) {
        List<CSSDeclaration> declarations = new ArrayList<>();
        sheets.forEach(sheet -> collectDeclarations(sheet, declarations));
        Set<String> words = new HashSet<>();
        Matcher verbatimWord = WORD.matcher(verbatim);
        while (verbatimWord.find()) {
            words.add(verbatimWord.group());
        }
        for (CSSDeclaration declaration : declarations) {
            if (declaration.getProperty().startsWith("animation")) {
                Matcher word = WORD.matcher(declaration.getExpressionAsCSSString());
                while (word.find()) {
                    words.add(word.group());
                }
            }
        }
        sheets.forEach(sheet -> removeRules(sheet, rule -> rule instanceof CSSKeyframesRule keyframes && !words.contains(keyframes.getAnimationName())));
    }

    private static void removeEmpty(AbstractHasTopLevelRules rules) {
        for (ICSSTopLevelRule rule : rules.getAllRules()) {
            if (rule instanceof CSSStyleRule style && !style.hasDeclarations()) {
                rules.removeRule(rule);
            } else if (rule instanceof AbstractHasTopLevelRules nested) {
                removeEmpty(nested);
                if (!nested.hasRules()) {
                    rules.removeRule(rule);
                }
            }
        }
    }

    private static void removeRules(AbstractHasTopLevelRules rules, java.util.function.Predicate<ICSSTopLevelRule> unused) {
        for (ICSSTopLevelRule rule : rules.getAllRules()) {
            if (unused.test(rule)) {
                rules.removeRule(rule);
            } else if (rule instanceof AbstractHasTopLevelRules nested) {
                removeRules(nested, unused);
            }
        }
    }
}
