package fr.gouv.diplomatie.daect.programme.assets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the baked pages and the site's own scripts can give a stylesheet to match: element names,
 * classes, ids and attribute names. A selector can match somewhere only if each of these it
 * requires is here. Pages are scanned as text, not parsed: the bake must stay linear and fast with
 * thousands of pages, and a scan sees everything a parser would.
 */
public final class SiteVocabulary {

    /** Quoted names in scripts: classes they add, attributes they set. */
    private static final Pattern SCRIPT_NAME = Pattern.compile("['\"`]([a-zA-Z][a-zA-Z0-9_-]*(?:[ ][a-zA-Z][a-zA-Z0-9_-]*)*)['\"`]");
    /** Attributes a script sets through properties rather than by name ({@code field.disabled = true}). */
    private static final Set<String> PROPERTY_ATTRIBUTES = Set.of("disabled", "hidden", "checked", "selected", "open", "required");

    private final Set<String> elements = new HashSet<>(Set.of("html", "head", "body"));
    private final Set<String> classes = new HashSet<>();
    private final Set<String> ids = new HashSet<>();
    private final Set<String> attributes = new HashSet<>();

    /**
     * The vocabulary of the pages that link each stylesheet of {@code bundleDir} (by file name), each with every
     * script the site ships outside {@code bundleDir}: the pages of a kind share a stylesheet pruned for them alone.
     * Pages that link none count for {@code unlinked}.
     */
    public static Map<String, SiteVocabulary> byStylesheet(Path site, Path bundleDir, String unlinked) {
        String folder = bundleDir.getFileName().toString();
        Pattern link = Pattern.compile("<link[^>]*rel=\"stylesheet\"[^>]*href=\"[^\"]*" + Pattern.quote(folder) + "/([^\"/]+\\.css)\"");
        if (!Files.isDirectory(site)) {
            return new TreeMap<>();
        }
        List<Path> pages;
        List<String> scripts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            pages = new ArrayList<>();
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(".html")) {
                    pages.add(file);
                } else if (name.endsWith(".js") && !file.startsWith(bundleDir)) {
                    scripts.add(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Thousands of pages: scanned on every core, each worker with its own vocabularies, joined at the end.
        Map<String, SiteVocabulary> groups = pages.parallelStream().collect(
                () -> new TreeMap<String, SiteVocabulary>(),
                (found, page) -> {
                    String html = markup(page);
                    Matcher stylesheet = link.matcher(html);
                    String group = stylesheet.find() ? stylesheet.group(1) : unlinked;
                    found.computeIfAbsent(group, k -> new SiteVocabulary()).addPage(html);
                },
                (found, other) -> other.forEach((group, vocabulary) -> found.merge(group, vocabulary, (a, b) -> union(List.of(a, b)))));
        for (SiteVocabulary vocabulary : groups.values()) {
            scripts.forEach(vocabulary::addScript);
        }
        return groups;
    }

    /**
     * The page's text read as Latin-1: every name a stylesheet can match (elements, attributes, the DSFR's
     * classes and ids) is ASCII, which Latin-1 reads as UTF-8 does, and Latin-1 decodes without work.
     */
    private static String markup(Path page) {
        try {
            return new String(Files.readAllBytes(page), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every name of {@code others} as well. */
    public static SiteVocabulary union(Iterable<SiteVocabulary> others) {
        SiteVocabulary union = new SiteVocabulary();
        for (SiteVocabulary other : others) {
            union.elements.addAll(other.elements);
            union.classes.addAll(other.classes);
            union.ids.addAll(other.ids);
            union.attributes.addAll(other.attributes);
        }
        return union;
    }

    /** Reads the page's tags by hand: at 20,000 pages, regular expressions made this step cost seconds. */
    public SiteVocabulary addPage(String html) {
        int length = html.length();
        int i = html.indexOf('<');
        while (i >= 0 && i + 1 < length) {
            char next = html.charAt(i + 1);
            if (next == '!' || next == '?' || next == '/') {
                int end = html.startsWith("<!--", i) ? html.indexOf("-->", i + 4) : html.indexOf('>', i + 1);
                i = end < 0 ? -1 : html.indexOf('<', end);
                continue;
            }
            if (!isLetter(next)) {
                i = html.indexOf('<', i + 1);
                continue;
            }
            int nameEnd = i + 1;
            while (nameEnd < length && isNameChar(html.charAt(nameEnd))) {
                nameEnd++;
            }
            String element = html.substring(i + 1, nameEnd).toLowerCase(java.util.Locale.ROOT);
            elements.add(element);
            i = attributes(html, nameEnd);
            if (i >= 0 && (element.equals("script") || element.equals("style"))) {
                // Their content is not markup.
                i = html.indexOf("</" + element, i);
            }
            i = i < 0 ? -1 : html.indexOf('<', i);
        }
        return this;
    }

    /** Reads the attributes of a tag from {@code from}; returns the position after its {@code >}, or -1. */
    private int attributes(String html, int from) {
        int length = html.length();
        int i = from;
        while (i < length) {
            char c = html.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (Character.isWhitespace(c) || c == '/') {
                i++;
                continue;
            }
            int nameStart = i;
            while (i < length && !Character.isWhitespace(html.charAt(i)) && "=>/\"'".indexOf(html.charAt(i)) < 0) {
                i++;
            }
            String name = html.substring(nameStart, i).toLowerCase(java.util.Locale.ROOT);
            if (name.isEmpty()) {
                i++;
                continue;
            }
            attributes.add(name);
            while (i < length && Character.isWhitespace(html.charAt(i))) {
                i++;
            }
            if (i >= length || html.charAt(i) != '=') {
                continue;
            }
            i++;
            while (i < length && Character.isWhitespace(html.charAt(i))) {
                i++;
            }
            int valueStart;
            int valueEnd;
            if (i < length && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
                valueStart = i + 1;
                valueEnd = html.indexOf(html.charAt(i), valueStart);
                if (valueEnd < 0) {
                    return -1;
                }
                i = valueEnd + 1;
            } else {
                valueStart = i;
                while (i < length && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '>') {
                    i++;
                }
                valueEnd = i;
            }
            if (name.equals("class") || name.startsWith("data-")) {
                // data-* values: scripts may turn them into classes (the form's error state is named by data-erreur).
                words(html.substring(valueStart, valueEnd), classes);
            } else if (name.equals("id")) {
                ids.add(html.substring(valueStart, valueEnd));
            }
        }
        return -1;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameChar(char c) {
        return isLetter(c) || (c >= '0' && c <= '9') || c == '-';
    }

    /** A script's quoted names may be classes it adds or attributes it sets. */
    public SiteVocabulary addScript(String script) {
        Matcher name = SCRIPT_NAME.matcher(script);
        while (name.find()) {
            words(name.group(1), classes);
            words(name.group(1).toLowerCase(), attributes);
        }
        attributes.addAll(PROPERTY_ATTRIBUTES);
        return this;
    }

    /** Splits on whitespace by hand: a regular expression per attribute cost seconds on thousands of pages. */
    private static void words(String value, Set<String> into) {
        int length = value.length();
        int i = 0;
        while (i < length) {
            while (i < length && Character.isWhitespace(value.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && !Character.isWhitespace(value.charAt(i))) {
                i++;
            }
            if (i > start) {
                into.add(value.substring(start, i));
            }
        }
    }

    public boolean hasElement(String name) {
        return name.equals("*") || elements.contains(name.toLowerCase());
    }

    public boolean hasClass(String name) {
        return classes.contains(name);
    }

    public boolean hasClassStartingWith(String prefix) {
        return classes.stream().anyMatch(c -> c.startsWith(prefix));
    }

    public boolean hasId(String id) {
        return ids.contains(id);
    }

    public boolean hasAttribute(String name) {
        return attributes.contains(name.toLowerCase());
    }
}
