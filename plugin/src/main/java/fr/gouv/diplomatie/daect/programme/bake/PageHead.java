package fr.gouv.diplomatie.daect.programme.bake;

import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code <link>} and {@code <meta>} tags of a baked page's head, for the steps that need a fact of every page
 * (its stylesheet, its canonical address). Read by hand from the head's bytes alone (element and attribute names
 * are ASCII; only the values kept are decoded): parsing thousands of heads with jsoup cost a second of a
 * 5,000-session bake. The check goal parses every page whole with jsoup.
 */
public final class PageHead {

    /** Enough for the head of every page of the site (about 2 KB); a longer head is read on. */
    private static final int FIRST_BYTES = 8192;

    private final List<Map<String, String>> links = new ArrayList<>();
    private final List<Map<String, String>> metas = new ArrayList<>();

    /** Reads the tags of {@code page[0, end)}. */
    private PageHead(byte[] page, int end) {
        int i = indexOf(page, '<', 0, end);
        while (i >= 0) {
            if (startsWith(page, i, end, "<!--")) {
                int close = indexOf(page, "-->", i + 4, end);
                i = close < 0 ? -1 : indexOf(page, '<', close, end);
                continue;
            }
            String element = isElement(page, i, end, "link") ? "link" : isElement(page, i, end, "meta") ? "meta"
                    : isElement(page, i, end, "script") ? "script" : isElement(page, i, end, "style") ? "style" : "";
            int nameEnd = i + 1 + element.length();
            int tagEnd = tagEnd(page, nameEnd, end);
            if (element.equals("link") || element.equals("meta")) {
                (element.equals("link") ? links : metas).add(attributes(page, nameEnd, tagEnd));
            }
            int next = tagEnd;
            if (element.equals("script") || element.equals("style")) {
                // Their content is not markup.
                next = indexOf(page, "</" + element, tagEnd, end);
            }
            i = next < 0 ? -1 : indexOf(page, '<', next, end);
        }
    }

    /** The head of the page in {@code file}: its beginning up to {@code </head>}. */
    public static PageHead read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(FIRST_BYTES);
            int end = headEnd(start);
            if (end < 0 && start.length == FIRST_BYTES) {
                start = concat(start, in.readAllBytes());
                end = headEnd(start);
            }
            return new PageHead(start, end < 0 ? start.length : end);
        }
    }

    /** The head of a whole page held in memory (its UTF-8 bytes). */
    public static PageHead of(byte[] page) {
        int end = headEnd(page);
        return new PageHead(page, end < 0 ? page.length : end);
    }

    /** The {@code href} of each {@code <link>} whose {@code rel} includes {@code rel}, in order. */
    public List<String> links(String rel) {
        List<String> hrefs = new ArrayList<>();
        for (Map<String, String> link : links) {
            if (link.get("href") != null && hasWord(link.getOrDefault("rel", ""), rel)) {
                hrefs.add(link.get("href"));
            }
        }
        return hrefs;
    }

    /** The {@code content} of the first {@code <meta name=…>} of that name. */
    public Optional<String> meta(String name) {
        return metas.stream().filter(meta -> name.equalsIgnoreCase(meta.get("name")))
                .map(meta -> meta.getOrDefault("content", "")).findFirst();
    }

    /** Whether {@code word} is one of the white-space separated words of {@code words}, whatever their case. */
    private static boolean hasWord(String words, String word) {
        for (String candidate : words.trim().split("[ \t\n\f\r]+")) {
            if (candidate.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the tag at {@code at} ({@code <} included) is that element's, whatever its case. */
    private static boolean isElement(byte[] page, int at, int end, String element) {
        int nameEnd = at + 1 + element.length();
        if (nameEnd > end) {
            return false;
        }
        for (int k = 0; k < element.length(); k++) {
            if ((page[at + 1 + k] | 0x20) != element.charAt(k)) {
                return false;
            }
        }
        return nameEnd == end || !isNameByte(page[nameEnd]);
    }

    /** The position after the tag's {@code >} (quoted values may hold one), or {@code end}. */
    private static int tagEnd(byte[] page, int from, int end) {
        byte quote = 0;
        for (int i = from; i < end; i++) {
            byte c = page[i];
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return end;
    }

    /** Names (lower-cased) and values (UTF-8, character references decoded by jsoup) of a tag's attributes. */
    private static Map<String, String> attributes(byte[] page, int from, int to) {
        Map<String, String> attributes = new HashMap<>();
        int i = from;
        while (i < to) {
            byte c = page[i];
            if (isSpace(c) || c == '/' || c == '>') {
                i++;
                continue;
            }
            int nameStart = i;
            while (i < to && !isSpace(page[i]) && page[i] != '/' && page[i] != '>' && page[i] != '=' && page[i] != '"' && page[i] != '\'') {
                i++;
            }
            if (i == nameStart) {
                i++;
                continue;
            }
            String name = lowerCase(page, nameStart, i);
            while (i < to && isSpace(page[i])) {
                i++;
            }
            String value = "";
            if (i < to && page[i] == '=') {
                i++;
                while (i < to && isSpace(page[i])) {
                    i++;
                }
                int valueStart;
                int valueEnd;
                if (i < to && (page[i] == '"' || page[i] == '\'')) {
                    valueStart = i + 1;
                    valueEnd = indexOf(page, page[i], valueStart, to);
                    valueEnd = valueEnd < 0 ? to : valueEnd;
                    i = valueEnd + 1;
                } else {
                    valueStart = i;
                    while (i < to && !isSpace(page[i]) && page[i] != '>') {
                        i++;
                    }
                    valueEnd = i;
                }
                value = new String(page, valueStart, valueEnd - valueStart, StandardCharsets.UTF_8);
                if (value.indexOf('&') >= 0) {
                    value = Parser.unescapeEntities(value, true);
                }
            }
            attributes.putIfAbsent(name, value);
        }
        return attributes;
    }

    private static String lowerCase(byte[] page, int from, int to) {
        char[] name = new char[to - from];
        for (int k = from; k < to; k++) {
            byte b = page[k];
            name[k - from] = (char) (b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b & 0xff);
        }
        return new String(name);
    }

    /** Where {@code </head>} starts (in any case), or -1. */
    private static int headEnd(byte[] page) {
        for (int i = 0; i + 7 <= page.length; i++) {
            if (page[i] == '<' && page[i + 1] == '/' && (page[i + 2] | 0x20) == 'h' && (page[i + 3] | 0x20) == 'e'
                    && (page[i + 4] | 0x20) == 'a' && (page[i + 5] | 0x20) == 'd' && page[i + 6] == '>') {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] page, int value, int from, int end) {
        for (int i = from; i < end; i++) {
            if (page[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] page, String text, int from, int end) {
        for (int i = indexOf(page, text.charAt(0), from, end); i >= 0; i = indexOf(page, text.charAt(0), i + 1, end)) {
            if (startsWith(page, i, end, text)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] page, int at, int end, String text) {
        if (at + text.length() > end) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            if ((page[at + k] | (Character.isLetter(text.charAt(k)) ? 0x20 : 0)) != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameByte(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
