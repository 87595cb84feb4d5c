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

    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=\"'/>]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?");
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
        Map<String, SiteVocabulary> groups = new TreeMap<>();
        List<String> scripts = new ArrayList<>();
        if (!Files.isDirectory(site)) {
            return groups;
        }
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(".html")) {
                    String html = Files.readString(file, StandardCharsets.UTF_8);
                    Matcher stylesheet = link.matcher(html);
                    String group = stylesheet.find() ? stylesheet.group(1) : unlinked;
                    groups.computeIfAbsent(group, k -> new SiteVocabulary()).addPage(html);
                } else if (name.endsWith(".js") && !file.startsWith(bundleDir)) {
                    scripts.add(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (SiteVocabulary vocabulary : groups.values()) {
            scripts.forEach(vocabulary::addScript);
        }
        return groups;
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

    public SiteVocabulary addPage(String html) {
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            elements.add(tag.group(1).toLowerCase());
            Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
            while (attribute.find()) {
                String name = attribute.group(1).toLowerCase();
                String value = attribute.group(2) != null ? attribute.group(2) : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
                attributes.add(name);
                if (value == null) {
                    continue;
                }
                if (name.equals("class")) {
                    words(value, classes);
                } else if (name.equals("id")) {
                    ids.add(value);
                } else if (name.startsWith("data-")) {
                    // Scripts may turn these into classes (the form's error state is named by data-erreur).
                    words(value, classes);
                }
            }
        }
        return this;
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

    private static void words(String value, Set<String> into) {
        for (String word : value.trim().split("\\s+")) {
            if (!word.isEmpty()) {
                into.add(word);
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
