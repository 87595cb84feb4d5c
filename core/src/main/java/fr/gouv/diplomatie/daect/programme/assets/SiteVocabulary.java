package fr.gouv.diplomatie.daect.programme.assets;

import fr.gouv.diplomatie.daect.programme.bake.BakedPage;
import fr.gouv.diplomatie.daect.programme.bake.StartTags;
import fr.gouv.diplomatie.daect.programme.content.CharacterReferences;
import fr.gouv.diplomatie.daect.programme.view.SitePaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collector;

/**
 * What the baked pages and the site's own scripts can give a stylesheet to match: element names,
 * classes, ids and attribute names. A selector can match somewhere only if each of these it
 * requires is here. Not thread-safe: one per thread ({@link #byStylesheet}).
 */
public final class SiteVocabulary {

    /** Quoted names in scripts: classes they add, attributes they set. */
    private static final Pattern SCRIPT_NAME = Pattern.compile("['\"`]([a-zA-Z][a-zA-Z0-9_-]*(?:[ ][a-zA-Z][a-zA-Z0-9_-]*)*)['\"`]");
    /** Attributes a script sets through properties rather than by name ({@code field.disabled = true}). */
    private static final Set<String> PROPERTY_ATTRIBUTES = Set.of("disabled", "hidden", "checked", "selected", "open", "required");

    private final Set<String> elements = new HashSet<>();
    private final Set<String> classes = new HashSet<>();
    private final Set<String> ids = new HashSet<>();
    private final Set<String> attributes = new HashSet<>();
    /**
     * The attributes already read, as written (name, and value where its words count): the same markup (header, footer,
     * cards) is on every page, and its names are here already.
     */
    private final Set<String> seen = new HashSet<>();
    /** Answers of {@link #hasClassStartingWith}, forgotten when a page or script adds names. */
    private final Map<String, Boolean> classPrefixes = new ConcurrentHashMap<>();

    public SiteVocabulary() {
        List.of("html", "head", "body").forEach(elements::add);
    }

    /**
     * The vocabularies of the pages by the stylesheet of {@code bundleDir} each links (by file name; {@code unlinked}
     * for a page that links none): each worker reading pages adds to vocabularies of its own, joined at the end.
     */
    public static Collector<BakedPage, ?, Map<String, SiteVocabulary>> byStylesheet(Path bundleDir, String unlinked) {
        String folder = bundleDir.getFileName().toString() + "/";
        return Collector.<BakedPage, Map<String, SiteVocabulary>>of(TreeMap::new,
                (groups, page) -> groups.computeIfAbsent(stylesheetOf(page, folder, unlinked), group -> new SiteVocabulary()).addPage(page.html()),
                (some, others) -> {
                    others.forEach((group, vocabulary) -> some.merge(group, vocabulary, (a, b) -> union(List.of(a, b))));
                    return some;
                });
    }

    private static String stylesheetOf(BakedPage page, String folder, String unlinked) {
        return page.head().links("stylesheet").stream().flatMap(href -> stylesheetIn(folder, href).stream()).findFirst().orElse(unlinked);
    }

    /** Each of {@code groups} with every script of {@code scripts} as well. */
    public static Map<String, SiteVocabulary> withScripts(Map<String, SiteVocabulary> groups, List<String> scripts) {
        Map<String, SiteVocabulary> result = new TreeMap<>();
        groups.forEach((group, vocabulary) -> {
            SiteVocabulary copy = union(List.of(vocabulary));
            scripts.forEach(copy::addScript);
            result.put(group, copy);
        });
        return result;
    }

    /**
     * The site's own scripts: the classes they add and attributes they set count too. Neither the DSFR's (in
     * {@code bundleDir}, pruned by this vocabulary) nor the search index's, which another step writes meanwhile (its
     * scripts add none of the site's classes, and reading them or not by chance would change the stylesheets).
     */
    public static List<String> scripts(Path site, Path bundleDir) {
        if (!Files.isDirectory(site)) {
            return List.of();
        }
        Path searchIndex = site.resolve(SitePaths.SEARCH_INDEX_DIR);
        List<String> scripts = new ArrayList<>();
        try {
            Files.walkFileTree(site, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return dir.equals(bundleDir) || dir.equals(searchIndex) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    if (file.getFileName().toString().endsWith(".js")) {
                        scripts.add(Files.readString(file, StandardCharsets.UTF_8));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scripts;
    }

    /** The file name of a stylesheet linked as {@code …/folder/name.css}, if it is one. */
    private static Optional<String> stylesheetIn(String folder, String href) {
        int slash = href.lastIndexOf('/');
        String name = href.substring(slash + 1);
        return name.endsWith(".css") && href.substring(0, slash + 1).endsWith(folder) ? Optional.of(name) : Optional.empty();
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
        return addPage(html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Each element, each attribute, the words of {@code class} and {@code data-*} values, the ids, read by
     * {@link StartTags} from the page's bytes: jsoup finds the same names (a test checks it) but parsing every page
     * with it cost four times as much, about 2 s of CPU at 5,000 sessions, where the whole build has 10.
     */
    public SiteVocabulary addPage(byte[] html) {
        classPrefixes.clear();
        StartTags.read(html, 0, html.length, new StartTags.Reader() {
            @Override
            public boolean element(byte[] page, int from, int to) {
                elements.add(lowerCase(page, from, to));
                return true;
            }

            @Override
            public void attribute(byte[] page, int nameFrom, int nameTo, int valueFrom, int valueTo) {
                int end = valueFrom >= 0 && namesInValue(page, nameFrom, nameTo) ? valueTo : nameTo;
                if (!seen.add(new String(page, nameFrom, end - nameFrom, StandardCharsets.ISO_8859_1))) {
                    return;
                }
                String name = lowerCase(page, nameFrom, nameTo);
                attributes.add(name);
                boolean words = name.equals("class") || name.startsWith("data-");
                if (valueFrom >= 0 && (words || name.equals("id"))) {
                    String value = new String(page, valueFrom, valueTo - valueFrom, StandardCharsets.UTF_8);
                    value = CharacterReferences.decodedAttribute(value);
                    if (words) {
                        // data-* values: scripts may turn them into classes (the form's error state is named by data-erreur).
                        words(value, classes);
                    } else {
                        ids.add(value);
                    }
                }
            }
        });
        return this;
    }

    /** Whether the value of the attribute named {@code page[from, to)} gives names: {@code class}, {@code id}, {@code data-*}. */
    private static boolean namesInValue(byte[] page, int from, int to) {
        return StartTags.is(page, from, to, "class") || StartTags.is(page, from, to, "id")
                || (to - from > 5 && StartTags.is(page, from, from + 5, "data-"));
    }

    private static String lowerCase(byte[] page, int from, int to) {
        return new String(page, from, to - from, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    }

    /** A script's quoted names may be classes it adds or attributes it sets. */
    public SiteVocabulary addScript(String script) {
        classPrefixes.clear();
        Matcher name = SCRIPT_NAME.matcher(script);
        while (name.find()) {
            words(name.group(1), classes);
            words(name.group(1).toLowerCase(), attributes);
        }
        PROPERTY_ATTRIBUTES.forEach(attributes::add);
        return this;
    }

    /**
     * Splits on ASCII white space, as HTML splits a {@code class} attribute, by hand: a regular expression per attribute
     * cost seconds on thousands of pages.
     */
    private static void words(String value, Set<String> into) {
        int length = value.length();
        int i = 0;
        while (i < length) {
            while (i < length && isAsciiSpace(value.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && !isAsciiSpace(value.charAt(i))) {
                i++;
            }
            if (i > start) {
                into.add(value.substring(start, i));
            }
        }
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    /** The names by kind ({@code element}, {@code attribute}, {@code class}, {@code id}), sorted: for tests. */
    Map<String, Set<String>> names() {
        return Map.of("element", new TreeSet<>(elements), "attribute", new TreeSet<>(attributes),
                "class", new TreeSet<>(classes), "id", new TreeSet<>(ids));
    }

    public boolean hasElement(String name) {
        return name.equals("*") || elements.contains(name.toLowerCase());
    }

    public boolean hasClass(String name) {
        return classes.contains(name);
    }

    public boolean hasClassStartingWith(String prefix) {
        // Asked for each [class^=…] selector of every stylesheet pruned: the classes are looked through once per prefix.
        return classPrefixes.computeIfAbsent(prefix, p -> classes.stream().anyMatch(c -> c.startsWith(p)));
    }

    public boolean hasId(String id) {
        return ids.contains(id);
    }

    public boolean hasAttribute(String name) {
        return attributes.contains(name.toLowerCase());
    }
}
