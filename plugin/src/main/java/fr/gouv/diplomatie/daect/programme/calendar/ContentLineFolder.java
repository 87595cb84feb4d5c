package fr.gouv.diplomatie.daect.programme.calendar;

import java.nio.charset.StandardCharsets;

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
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            index += Character.charCount(codePoint);
        }
    }
}
