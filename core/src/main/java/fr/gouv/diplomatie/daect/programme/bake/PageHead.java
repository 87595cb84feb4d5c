package fr.gouv.diplomatie.daect.programme.bake;

import fr.gouv.diplomatie.daect.programme.content.CharacterReferences;

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
import java.util.regex.Pattern;

/**
 * The {@code <link>} and {@code <meta>} tags of a baked page's head, for the steps that need a fact of every page
 * (its stylesheet, its canonical address). Read from the head's bytes alone by {@link StartTags}: parsing thousands
 * of heads with jsoup cost a second of a 5,000-session bake. Only the values asked for have their character
 * references decoded (by jsoup, which builds a parser for each): every page's description has some ({@code &#39;}),
 * and no step reads it. The check goal parses every page whole with jsoup.
 */
public final class PageHead {

    /** HTML's white space, which separates the words of {@code rel}: compiled once (pages have a few links each). */
    private static final Pattern ASCII_SPACES = Pattern.compile("[ \t\n\f\r]+");

    /** Enough for the head of every page of the site (about 2 KB); a longer head is read on. */
    private static final int FIRST_BYTES = 8192;

    private final List<Map<String, String>> links = new ArrayList<>();
    private final List<Map<String, String>> metas = new ArrayList<>();

    /** Reads the tags of {@code page[0, end)}. */
    private PageHead(byte[] page, int end) {
        StartTags.read(page, 0, end, new StartTags.Reader() {
            private Map<String, String> tag;

            @Override
            public boolean element(byte[] html, int from, int to) {
                boolean link = StartTags.is(html, from, to, "link");
                tag = link || StartTags.is(html, from, to, "meta") ? new HashMap<>() : null;
                if (tag != null) {
                    (link ? links : metas).add(tag);
                }
                return tag != null;
            }

            @Override
            public void attribute(byte[] html, int nameFrom, int nameTo, int valueFrom, int valueTo) {
                String value = valueFrom < 0 ? "" : new String(html, valueFrom, valueTo - valueFrom, StandardCharsets.UTF_8);
                tag.putIfAbsent(new String(html, nameFrom, nameTo - nameFrom, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT), value);
            }
        });
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
            if (link.get("href") != null && hasWord(CharacterReferences.decodedAttribute(link.getOrDefault("rel", "")), rel)) {
                hrefs.add(CharacterReferences.decodedAttribute(link.get("href")));
            }
        }
        return hrefs;
    }

    /** The {@code content} of the first {@code <meta name=…>} of that name. */
    public Optional<String> meta(String name) {
        return metas.stream().filter(meta -> meta.get("name") != null && name.equalsIgnoreCase(CharacterReferences.decodedAttribute(meta.get("name"))))
                .map(meta -> CharacterReferences.decodedAttribute(meta.getOrDefault("content", ""))).findFirst();
    }

    /** Whether {@code word} is one of the white-space separated words of {@code words}, whatever their case. */
    private static boolean hasWord(String words, String word) {
        for (String candidate : ASCII_SPACES.split(words.trim())) {
            if (candidate.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
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

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
