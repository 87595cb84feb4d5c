package fr.gouv.diplomatie.daect.programme.content;

import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.data.DataHolder;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The Markdown that JBake reads, as flexmark options: the bake renders with them and the validation
 * parses with them, so that both see the same raw HTML, links and code.
 */
public final class MarkdownFlavour {

    /** The setting of {@code jbake.properties} naming the extensions. */
    public static final String SETTING = "markdown.extensions";
    /** JBake's own default, when the setting is absent. */
    public static final String JBAKE_DEFAULT = "HARDWRAPS,AUTOLINKS,FENCED_CODE_BLOCKS,DEFINITIONS";

    private MarkdownFlavour() {
    }

    /** The extensions the site's settings name ({@value #SETTING}), JBake's default when absent: as JBake reads them. */
    public static List<String> extensions(SiteSettings settings) {
        return extensions(settings.get(SETTING, JBAKE_DEFAULT));
    }

    /** The extensions of a comma-separated setting value. */
    public static List<String> extensions(String setting) {
        return Arrays.stream(setting.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static DataHolder options(List<String> extensions) {
        return PegdownOptionsAdapter.flexmarkOptions(flags(extensions));
    }

    /** As JBake reads them: names of {@link PegdownExtensions} fields, "-NAME" to remove one, unknown names ignored. */
    private static int flags(List<String> names) {
        int flags = PegdownExtensions.NONE;
        for (String name : names) {
            boolean remove = name.startsWith("-");
            int flag = flag(name.replaceFirst("^[-+]", ""));
            flags = remove ? flags & ~flag : flags | flag;
        }
        return flags;
    }

    private static int flag(String name) {
        return FLAGS.getOrDefault(name, PegdownExtensions.NONE);
    }

    /** Every constant of {@link PegdownExtensions} by its name, as JBake looks them up (by reflection, there). */
    private static final Map<String, Integer> FLAGS = Map.ofEntries(
            Map.entry("NONE", PegdownExtensions.NONE),
            Map.entry("SMARTS", PegdownExtensions.SMARTS),
            Map.entry("QUOTES", PegdownExtensions.QUOTES),
            Map.entry("SMARTYPANTS", PegdownExtensions.SMARTYPANTS),
            Map.entry("ABBREVIATIONS", PegdownExtensions.ABBREVIATIONS),
            Map.entry("HARDWRAPS", PegdownExtensions.HARDWRAPS),
            Map.entry("AUTOLINKS", PegdownExtensions.AUTOLINKS),
            Map.entry("TABLES", PegdownExtensions.TABLES),
            Map.entry("DEFINITIONS", PegdownExtensions.DEFINITIONS),
            Map.entry("FENCED_CODE_BLOCKS", PegdownExtensions.FENCED_CODE_BLOCKS),
            Map.entry("WIKILINKS", PegdownExtensions.WIKILINKS),
            Map.entry("STRIKETHROUGH", PegdownExtensions.STRIKETHROUGH),
            Map.entry("ANCHORLINKS", PegdownExtensions.ANCHORLINKS),
            Map.entry("UNUSED_ALL", PegdownExtensions.UNUSED_ALL),
            Map.entry("ALL", PegdownExtensions.ALL),
            Map.entry("SUPPRESS_HTML_BLOCKS", PegdownExtensions.SUPPRESS_HTML_BLOCKS),
            Map.entry("SUPPRESS_INLINE_HTML", PegdownExtensions.SUPPRESS_INLINE_HTML),
            Map.entry("SUPPRESS_ALL_HTML", PegdownExtensions.SUPPRESS_ALL_HTML),
            Map.entry("ATXHEADERSPACE", PegdownExtensions.ATXHEADERSPACE),
            Map.entry("SUBSCRIPT", PegdownExtensions.SUBSCRIPT),
            Map.entry("RELAXEDHRULES", PegdownExtensions.RELAXEDHRULES),
            Map.entry("TASKLISTITEMS", PegdownExtensions.TASKLISTITEMS),
            Map.entry("EXTANCHORLINKS", PegdownExtensions.EXTANCHORLINKS),
            Map.entry("EXTANCHORLINKS_WRAP", PegdownExtensions.EXTANCHORLINKS_WRAP),
            Map.entry("FOOTNOTES", PegdownExtensions.FOOTNOTES),
            Map.entry("TOC", PegdownExtensions.TOC),
            Map.entry("MULTI_LINE_IMAGE_URLS", PegdownExtensions.MULTI_LINE_IMAGE_URLS),
            Map.entry("SUPERSCRIPT", PegdownExtensions.SUPERSCRIPT),
            Map.entry("FORCELISTITEMPARA", PegdownExtensions.FORCELISTITEMPARA),
            Map.entry("NOT_USED", PegdownExtensions.NOT_USED),
            Map.entry("INSERTED", PegdownExtensions.INSERTED),
            Map.entry("UNUSABLE", PegdownExtensions.UNUSABLE),
            Map.entry("ALL_OPTIONALS", PegdownExtensions.ALL_OPTIONALS),
            Map.entry("ALL_WITH_OPTIONALS", PegdownExtensions.ALL_WITH_OPTIONALS),
            Map.entry("GITHUB_DOCUMENT_COMPATIBLE", PegdownExtensions.GITHUB_DOCUMENT_COMPATIBLE),
            Map.entry("GITHUB_WIKI_COMPATIBLE", PegdownExtensions.GITHUB_WIKI_COMPATIBLE),
            Map.entry("GITHUB_COMMENT_COMPATIBLE", PegdownExtensions.GITHUB_COMMENT_COMPATIBLE));
}
