package fr.gouv.diplomatie.daect.programme.calendar;

/**
 * Folds content lines as RFC 5545 (3.1) asks: no line longer than 75 octets, continued on the next
 * line after a space. ical4j counts characters, not octets, so a French line full of accents would
 * overflow; this counts UTF-8 octets and never cuts a character in two.
 */
public final class ContentLineFolder {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private ContentLineFolder() {
    }

    /** {@code text}: unfolded content lines, each ended by CRLF. */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 50);
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf(CRLF, from);
            if (end < 0) {
                end = text.length();
            }
            foldLine(text, from, end, out);
            out.append(CRLF);
            from = end + CRLF.length();
        }
        return out.toString();
    }

    /** Appends {@code text[from, end)}, folded; the pieces between folds are copied whole, not character by character. */
    private static void foldLine(String text, int from, int end, StringBuilder out) {
        int octets = 0;
        int piece = from;
        int index = from;
        while (index < end) {
            char c = text.charAt(index);
            boolean pair = Character.isHighSurrogate(c) && index + 1 < end && Character.isLowSurrogate(text.charAt(index + 1));
            int size = pair ? 4 : utf8Octets(c);
            if (octets + size > MAX_OCTETS) {
                out.append(text, piece, index).append(CRLF).append(' ');
                piece = index;
                octets = 1;
            }
            octets += size;
            index += pair ? 2 : 1;
        }
        out.append(text, piece, end);
    }

    /** The length of a code point in UTF-8, counted rather than encoded: encoding each character cost most of writing the calendars. */
    static int utf8Octets(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
