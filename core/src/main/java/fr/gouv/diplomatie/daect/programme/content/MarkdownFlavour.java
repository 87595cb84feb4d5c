package fr.gouv.diplomatie.daect.programme.content;

import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.data.DataHolder;

import java.util.Arrays;
import java.util.List;

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
        try {
            return PegdownExtensions.class.getDeclaredField(name).getInt(null);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            return PegdownExtensions.NONE;
        }
    }
}
