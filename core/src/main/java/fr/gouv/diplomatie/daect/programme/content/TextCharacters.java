package fr.gouv.diplomatie.daect.programme.content;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The characters no text of the site may carry: invisible control characters that a word processor
 * pastes (a manual line break is a vertical tab), which XML 1.0 forbids in the Atom feed and RFC 5545 in
 * calendars. Refused: C0 controls (TAB aside where allowed), DEL, C1 controls (U+0080–U+009F), the Unicode
 * line and paragraph separators (U+2028, U+2029: a line break that calendars and scripts treat as one,
 * and that the editor does not see), lone surrogates, and the non-characters U+FFFE and U+FFFF (neither is
 * allowed in XML).
 */
public final class TextCharacters {

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0x00, "caractère nul"),
            Map.entry(0x07, "sonnerie"),
            Map.entry(0x08, "retour arrière"),
            Map.entry(0x09, "tabulation"),
            Map.entry(0x0A, "saut de ligne"),
            Map.entry(0x0B, "tabulation verticale"),
            Map.entry(0x0C, "saut de page"),
            Map.entry(0x0D, "retour chariot"),
            Map.entry(0x1B, "échappement"),
            Map.entry(0x7F, "suppression"),
            Map.entry(0x85, "ligne suivante"),
            Map.entry(0x2028, "séparateur de ligne"),
            Map.entry(0x2029, "séparateur de paragraphe"),
            Map.entry(0xFFFE, "non-caractère"),
            Map.entry(0xFFFF, "non-caractère"));

    private TextCharacters() {
    }

    /** Whether {@code c} may never appear (TAB, LF and CR aside: whether they may depends on where). */
    public static boolean isForbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                || (c >= 0x7F && c <= 0x9F)
                || c == '\u2028' || c == '\u2029' || c == '\uFFFE' || c == '\uFFFF';
    }

    /**
     * The index of the first character of {@code text} that is forbidden, or a lone surrogate; TAB, LF and CR are
     * forbidden too unless {@code lineText} (a line of a body, where a TAB is an indentation).
     */
    public static OptionalInt firstForbidden(String text, boolean lineText) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isForbidden(c) || (!lineText && (c == '\t' || c == '\n' || c == '\r')) || isLoneSurrogate(text, i)) {
                return OptionalInt.of(i);
            }
            if (Character.isHighSurrogate(c)) {
                i++; // the pair is whole: skip its low half
            }
        }
        return OptionalInt.empty();
    }

    /** {@code U+000B}, as the editor can look it up. */
    public static String code(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }

    /** The character's name in French, for a message. */
    public static String name(char c) {
        if (Character.isSurrogate(c)) {
            return "moitié de caractère isolée";
        }
        String name = NAMES.get((int) c);
        return name == null ? "caractère de contrôle" : name;
    }

    /**
     * The text with every forbidden character (and lone surrogate) replaced by a space: the last defence of the
     * writers of feeds and calendars, whatever reached them. LF and CR are kept (the writers escape them).
     */
    public static String safe(String text) {
        if (text == null || firstForbidden(text, true).isEmpty()) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isForbidden(c) || isLoneSurrogate(text, i)) {
                safe.append(' ');
            } else {
                safe.append(c);
                if (Character.isHighSurrogate(c)) {
                    safe.append(text.charAt(++i));
                }
            }
        }
        return safe.toString();
    }

    /** {@link #safe} with tabulations and line breaks as spaces too: for a value that must hold on one line. */
    public static String oneLine(String text) {
        String safe = safe(text);
        return safe == null ? null : safe.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c); // reached only when not preceded by its high half
    }
}
