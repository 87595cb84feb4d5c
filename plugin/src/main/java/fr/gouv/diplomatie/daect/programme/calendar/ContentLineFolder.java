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
            foldLine(text.substring(from, end), out);
            out.append(CRLF);
            from = end + CRLF.length();
        }
        return out.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        int index = 0;
        while (index < line.length()) {
            int codePoint = line.codePointAt(index);
            int size = utf8Octets(codePoint);
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            index += Character.charCount(codePoint);
        }
    }

    /** The length of a code point in UTF-8, counted rather than encoded: encoding each character cost most of writing the calendars. */
    static int utf8Octets(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
