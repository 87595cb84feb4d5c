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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code <link>} and {@code <meta>} tags of a baked page's head, for the steps that need a fact of every page
 * (its stylesheet, its canonical address). Read by hand from the head alone: parsing thousands of heads with
 * jsoup cost a second of a 5,000-session bake. The check goal parses every page whole with jsoup.
 */
public final class PageHead {

    /** Enough for the head of every page of the site (about 2 KB); a longer head is read on. */
    private static final int FIRST_BYTES = 8192;

    private final List<Map<String, String>> links = new ArrayList<>();
    private final List<Map<String, String>> metas = new ArrayList<>();

    private PageHead(String head) {
        int i = head.indexOf('<');
        while (i >= 0) {
            if (head.startsWith("<!--", i)) {
                int end = head.indexOf("-->", i + 4);
                i = end < 0 ? -1 : head.indexOf('<', end);
                continue;
            }
            int nameEnd = i + 1;
            while (nameEnd < head.length() && Character.isLetterOrDigit(head.charAt(nameEnd))) {
                nameEnd++;
            }
            String element = head.substring(i + 1, nameEnd).toLowerCase(Locale.ROOT);
            int tagEnd = attributesEnd(head, nameEnd);
            if (element.equals("link") || element.equals("meta")) {
                (element.equals("link") ? links : metas).add(attributes(head.substring(nameEnd, tagEnd)));
            }
            int next = tagEnd;
            if (element.equals("script") || element.equals("style")) {
                // Their content is not markup.
                next = head.indexOf("</" + element, tagEnd);
            }
            i = next < 0 ? -1 : head.indexOf('<', next);
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
            return new PageHead(new String(start, 0, end < 0 ? start.length : end, StandardCharsets.UTF_8));
        }
    }

    /** The head of a whole page held in memory. */
    public static PageHead of(byte[] page) {
        int end = headEnd(page);
        return new PageHead(new String(page, 0, end < 0 ? page.length : end, StandardCharsets.UTF_8));
    }

    /** The {@code href} of each {@code <link>} whose {@code rel} includes {@code rel}, in order. */
    public List<String> links(String rel) {
        return links.stream()
                .filter(link -> Arrays.asList(link.getOrDefault("rel", "").toLowerCase(Locale.ROOT).split("\\s+")).contains(rel))
                .map(link -> link.get("href")).filter(href -> href != null).toList();
    }

    /** The {@code content} of the first {@code <meta name=…>} of that name. */
    public Optional<String> meta(String name) {
        return metas.stream().filter(meta -> name.equalsIgnoreCase(meta.get("name")))
                .map(meta -> meta.getOrDefault("content", "")).findFirst();
    }

    /** Where the tag's attributes end: the position after its {@code >} (quoted values may hold one), or the end. */
    private static int attributesEnd(String head, int from) {
        char quote = 0;
        for (int i = from; i < head.length(); i++) {
            char c = head.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return head.length();
    }

    /** Names (lower-cased) and values (character references decoded by jsoup) of a tag's attributes. */
    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new HashMap<>();
        int i = 0;
        int length = tag.length();
        while (i < length) {
            char c = tag.charAt(i);
            if (Character.isWhitespace(c) || c == '/' || c == '>') {
                i++;
                continue;
            }
            int nameStart = i;
            while (i < length && "\t\n\f\r />=\"'".indexOf(tag.charAt(i)) < 0) {
                i++;
            }
            if (i == nameStart) {
                i++;
                continue;
            }
            String name = tag.substring(nameStart, i).toLowerCase(Locale.ROOT);
            while (i < length && Character.isWhitespace(tag.charAt(i))) {
                i++;
            }
            String value = "";
            if (i < length && tag.charAt(i) == '=') {
                i++;
                while (i < length && Character.isWhitespace(tag.charAt(i))) {
                    i++;
                }
                int valueStart;
                int valueEnd;
                if (i < length && (tag.charAt(i) == '"' || tag.charAt(i) == '\'')) {
                    valueStart = i + 1;
                    valueEnd = tag.indexOf(tag.charAt(i), valueStart);
                    valueEnd = valueEnd < 0 ? length : valueEnd;
                    i = valueEnd + 1;
                } else {
                    valueStart = i;
                    while (i < length && !Character.isWhitespace(tag.charAt(i)) && tag.charAt(i) != '>') {
                        i++;
                    }
                    valueEnd = i;
                }
                value = tag.substring(valueStart, valueEnd);
                if (value.indexOf('&') >= 0) {
                    value = Parser.unescapeEntities(value, true);
                }
            }
            attributes.putIfAbsent(name, value);
        }
        return attributes;
    }

    private static int headEnd(byte[] page) {
        byte[] end = "</head>".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= page.length - end.length; i++) {
            for (int k = 0; k < end.length; k++) {
                if ((page[i + k] | (k > 1 ? 0x20 : 0)) != end[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
