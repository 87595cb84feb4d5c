package fr.gouv.diplomatie.daect.programme.content;

import java.util.regex.Pattern;

/**
 * French spacing in a run of text: the ordinary space after « and before » : ; ! ? becomes a no-break space (U+00A0,
 * the one the templates write), so that the sign never starts a line. Only spaces already there are converted:
 * {@code http://}, {@code 10:00} and «mot» are left as they are.
 */
public final class FrenchSpacing {

    public static final String NBSP = "\u00a0";
    /** The signs a no-break space comes before. */
    public static final String CLOSING = "[»:;!?]";
    public static final String SPACES = "[ \\t\\r\\n]+";

    private static final Pattern AFTER_OPENING = Pattern.compile("(?<=«)" + SPACES);
    private static final Pattern BEFORE_CLOSING = Pattern.compile(SPACES + "(?=" + CLOSING + ")");

    private FrenchSpacing() {
    }

    /** {@code text} with French spacing (a title, a note: text shown on a page, not a calendar's or a feed's). */
    public static String of(String text) {
        return text == null ? null : BEFORE_CLOSING.matcher(AFTER_OPENING.matcher(text).replaceAll(NBSP)).replaceAll(NBSP);
    }
}
