package fr.gouv.diplomatie.daect.programme.bake;

/**
 * Reads the start tags of a page from its UTF-8 bytes, for the steps that need a few facts of thousands of pages
 * (element, attribute and the DSFR's class names are ASCII): comments, end tags and declarations are skipped, and
 * so is the content of {@code <script>} and {@code <style>}. Parsing the pages with jsoup cost seconds of a bake;
 * the check goal parses every page with it.
 */
public final class StartTags {

    /** What a reader is told, as ranges of the page's bytes. */
    public interface Reader {

        /** A start tag's element name ({@code html[from, to)}, as written); whether its attributes are wanted. */
        boolean element(byte[] html, int from, int to);

        /** One of its attributes: the name, and the value without its quotes ({@code valueFrom} -1 if it has none). */
        void attribute(byte[] html, int nameFrom, int nameTo, int valueFrom, int valueTo);
    }

    /** The elements whose content is not markup. */
    private static final String[] RAW_TEXT = {"script", "style"};

    private StartTags() {
    }

    /** Reads the tags of {@code html[from, to)}; an attribute value left unquoted to the end stops the reading. */
    public static void read(byte[] html, int from, int to, Reader reader) {
        int i = indexOf(html, '<', from, to);
        while (i >= 0 && i + 1 < to) {
            byte next = html[i + 1];
            if (next == '!' || next == '?' || next == '/') {
                int end = startsWith(html, i, to, "<!--") ? indexOf(html, "-->", i + 4, to) : indexOf(html, '>', i + 1, to);
                i = end < 0 ? -1 : indexOf(html, '<', end, to);
                continue;
            }
            if (!isLetter(next)) {
                i = indexOf(html, '<', i + 1, to);
                continue;
            }
            int nameEnd = i + 1;
            while (nameEnd < to && isNameByte(html[nameEnd])) {
                nameEnd++;
            }
            int end = attributes(html, nameEnd, to, reader.element(html, i + 1, nameEnd) ? reader : null);
            for (String raw : RAW_TEXT) {
                if (end >= 0 && nameEnd - i - 1 == raw.length() && startsWith(html, i + 1, to, raw)) {
                    // Their content is not markup.
                    end = indexOf(html, "</" + raw, end, to);
                }
            }
            i = end < 0 ? -1 : indexOf(html, '<', end, to);
        }
    }

    /** Reads a tag's attributes from {@code from}, telling {@code reader} if any; the position after its {@code >}, or -1. */
    private static int attributes(byte[] html, int from, int to, Reader reader) {
        int i = from;
        while (i < to) {
            byte c = html[i];
            if (c == '>') {
                return i + 1;
            }
            if (isSpace(c) || c == '/') {
                i++;
                continue;
            }
            int nameStart = i;
            while (i < to && !isSpace(html[i]) && html[i] != '=' && html[i] != '>' && html[i] != '/' && html[i] != '"' && html[i] != '\'') {
                i++;
            }
            if (i == nameStart) {
                i++;
                continue;
            }
            int nameEnd = i;
            while (i < to && isSpace(html[i])) {
                i++;
            }
            if (i >= to || html[i] != '=') {
                if (reader != null) {
                    reader.attribute(html, nameStart, nameEnd, -1, -1);
                }
                continue;
            }
            i++;
            while (i < to && isSpace(html[i])) {
                i++;
            }
            int valueStart;
            int valueEnd;
            if (i < to && (html[i] == '"' || html[i] == '\'')) {
                valueStart = i + 1;
                valueEnd = indexOf(html, html[i], valueStart, to);
                if (valueEnd < 0) {
                    return -1;
                }
                i = valueEnd + 1;
            } else {
                valueStart = i;
                while (i < to && !isSpace(html[i]) && html[i] != '>') {
                    i++;
                }
                valueEnd = i;
            }
            if (reader != null) {
                reader.attribute(html, nameStart, nameEnd, valueStart, valueEnd);
            }
        }
        return -1;
    }

    /** Whether {@code html[from, to)} is {@code name}, whatever the case of its letters (name: lower case). */
    public static boolean is(byte[] html, int from, int to, String name) {
        return to - from == name.length() && startsWith(html, from, to, name);
    }

    private static int indexOf(byte[] html, int value, int from, int to) {
        for (int i = Math.max(from, 0); i < to; i++) {
            if (html[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] html, String text, int from, int to) {
        for (int i = indexOf(html, text.charAt(0), from, to); i >= 0; i = indexOf(html, text.charAt(0), i + 1, to)) {
            if (startsWith(html, i, to, text)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code text} (lower case) is at {@code at}, whatever the case of the page's letters. */
    private static boolean startsWith(byte[] html, int at, int to, String text) {
        if (at + text.length() > to) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            byte b = html[at + k];
            if ((b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b) != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameByte(byte c) {
        return isLetter(c) || (c >= '0' && c <= '9') || c == '-';
    }

    static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }
}
