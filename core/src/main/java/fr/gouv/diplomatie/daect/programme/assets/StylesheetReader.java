package fr.gouv.diplomatie.daect.programme.assets;

import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.decl.ICSSTopLevelRule;
import com.helger.css.handler.ICSSParseExceptionCallback;
import com.helger.css.reader.CSSReader;
import com.helger.css.reader.CSSReaderSettings;
import com.helger.css.reader.errorhandler.DoNothingCSSParseErrorHandler;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Reads a stylesheet into one ph-css model. ph-css refuses a whole stylesheet for one block it cannot read (the DSFR
 * has {@code @supports selector(…)}), and its lenient mode drops such blocks silently: the stylesheet is read in runs
 * of top-level blocks, on every core, a run it refuses halved down to the block, which becomes an {@link UnreadBlock}.
 */
final class StylesheetReader {

    /** Blocks read by one parse: few enough that a block ph-css cannot read is soon isolated. */
    private static final int BLOCKS_PER_PARSE = 64;

    private static final ICSSParseExceptionCallback QUIET_EXCEPTIONS = e -> { };

    private StylesheetReader() {
    }

    static CascadingStyleSheet read(String css) {
        List<String> blocks = TopLevelBlocks.split(css);
        CascadingStyleSheet sheet = new CascadingStyleSheet();
        IntStream.range(0, (blocks.size() + BLOCKS_PER_PARSE - 1) / BLOCKS_PER_PARSE).parallel()
                .mapToObj(run -> {
                    List<ICSSTopLevelRule> rules = new ArrayList<>();
                    read(blocks.subList(run * BLOCKS_PER_PARSE, Math.min((run + 1) * BLOCKS_PER_PARSE, blocks.size())), rules);
                    return rules;
                })
                .toList()
                .forEach(rules -> rules.forEach(sheet::addRule));
        return sheet;
    }

    /** Reads a run of blocks at once (a parse per block cost more than the pruning itself), halving a run refused. */
    private static void read(List<String> run, List<ICSSTopLevelRule> into) {
        CascadingStyleSheet sheet = CSSReader.readFromStringStream(String.join("\n", run), settings());
        if (sheet != null) {
            into.addAll(sheet.getAllRules());
        } else if (run.size() > 1) {
            read(run.subList(0, run.size() / 2), into);
            read(run.subList(run.size() / 2, run.size()), into);
        } else {
            into.add(unread(run.get(0)));
        }
    }

    /** A block ph-css refuses: an at-rule's content is read on its own, anything else kept as text. */
    private static UnreadBlock unread(String block) {
        int open = block.indexOf('{');
        if (block.startsWith("@") && open > 0 && block.endsWith("}")) {
            UnreadBlock atRule = UnreadBlock.atRule(block.substring(0, open));
            read(block.substring(open + 1, block.length() - 1)).getAllRules().forEach(atRule::addRule);
            return atRule;
        }
        return UnreadBlock.verbatim(block);
    }

    /** Settings for one reading (mutable: none is shared), without a word on a block that cannot be read. */
    private static CSSReaderSettings settings() {
        return new CSSReaderSettings().setFallbackCharset(StandardCharsets.UTF_8)
                .setCustomErrorHandler(new DoNothingCSSParseErrorHandler()).setCustomExceptionHandler(QUIET_EXCEPTIONS);
    }
}
