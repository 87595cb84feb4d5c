package fr.gouv.diplomatie.daect.programme.assets;

import com.helger.css.decl.CascadingStyleSheet;
import fr.gouv.diplomatie.daect.programme.bake.BakedPage;
import fr.gouv.diplomatie.daect.programme.bake.PageStep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * Ships only the parts of the DSFR the pages use: the listed stylesheets joined into
 * the stylesheets the pages link under {@code dsfr/} ({@code dsfr/dsfr.min.css} if none), the listed scripts joined into {@code dsfr/dsfr.module.min.js}, and
 * the files the stylesheets point at (fonts, icons), copied under {@code dsfr/} with their
 * {@code url(…)} rewritten. The woff font fallbacks are dropped: every supported browser reads woff2.
 */
public final class DsfrBundle implements PageStep<Map<String, SiteVocabulary>> {

    public static final String CSS = "dsfr/dsfr.min.css";
    public static final String JS = "dsfr/dsfr.module.min.js";

    private static final Pattern WOFF_FALLBACK = Pattern.compile(",\\s*url\\(([^)]*?)\\.woff\\)\\s*format\\(\"woff\"\\)");
    private static final Pattern URL = Pattern.compile("url\\((['\"]?)([^)'\"]+)\\1\\)");
    private static final Pattern SOURCE_MAP = Pattern.compile("/\\*# sourceMappingURL=[^*]*\\*/|//# sourceMappingURL=\\S*");

    private final Path dist;
    private final List<String> stylesheets;
    private final List<String> scripts;
    private final List<String> files;
    private final boolean prune;
    /** The DSFR's files as {@link #readAhead} started reading them (null: read by each {@link #write}). */
    private final CompletableFuture<Inputs> ahead;

    /**
     * The listed stylesheets joined, their {@code url()}s rebased (and the files they point at), as ph-css reads them
     * if they are to be pruned (else null), the scripts joined.
     */
    private record Inputs(String css, Set<String> pointedAt, CascadingStyleSheet sheet, String js) {
    }

    /**
     * @param dist        the DSFR's {@code dist} folder in {@code node_modules}
     * @param stylesheets paths under {@code dist}, in cascade order
     * @param scripts     paths under {@code dist}, core first
     * @param files       other paths under {@code dist} shipped as they are (favicons)
     */
    public DsfrBundle(Path dist, List<String> stylesheets, List<String> scripts, List<String> files) {
        this(dist, stylesheets, scripts, files, false, null);
    }

    private DsfrBundle(Path dist, List<String> stylesheets, List<String> scripts, List<String> files, boolean prune,
                       CompletableFuture<Inputs> ahead) {
        this.dist = dist.toAbsolutePath().normalize();
        this.stylesheets = stylesheets;
        this.scripts = scripts;
        this.files = files;
        this.prune = prune;
        this.ahead = ahead;
    }

    /**
     * The same bundle with its stylesheet pruned to what the baked pages and the site's scripts use
     * ({@link StylesheetPruner}); only the files the kept rules point at are shipped.
     */
    public DsfrBundle pruned() {
        return new DsfrBundle(dist, stylesheets, scripts, files, true, null);
    }

    @Override
    public String name() {
        return "fichiers DSFR";
    }

    /** The vocabulary of the pages, by the DSFR stylesheet each links: each kind of page gets the rules its pages use. */
    @Override
    public Collector<BakedPage, ?, Map<String, SiteVocabulary>> pages() {
        return SiteVocabulary.byStylesheet(Path.of(CSS).getParent(), Path.of(CSS).getFileName().toString());
    }

    /**
     * The same bundle, its DSFR files being read from now on a thread of its own, for its {@link #write}s; the build
     * calls it before validating the content, while a core is idle. When pruning, ph-css reads the stylesheet there
     * too (what the pages use is not needed for that): a few tenths of a second that would otherwise add to the end of
     * the bake, where every core waits for the pruning.
     */
    public DsfrBundle readAhead() {
        CompletableFuture<Inputs> reading = new CompletableFuture<>();
        DsfrBundle reader = this;
        Thread thread = new Thread(() -> {
            try {
                reading.complete(reader.readFiles());
            } catch (IOException | RuntimeException e) {
                reading.completeExceptionally(e);
            }
        }, "dsfr-lecture");
        // ph-css finds its parts through the thread's class loader: the plugin's, not Maven's.
        thread.setContextClassLoader(DsfrBundle.class.getClassLoader());
        thread.setDaemon(true);
        thread.start();
        return new DsfrBundle(dist, stylesheets, scripts, files, prune, reading);
    }

    private Inputs readFiles() throws IOException {
        if (!Files.isDirectory(dist)) {
            throw new IOException("le DSFR n'est pas installé (" + dist + " introuvable) : lancez la construction Maven, qui exécute npm ci.");
        }
        StringBuilder joined = new StringBuilder();
        Set<String> pointedAt = new TreeSet<>();
        for (String stylesheet : stylesheets) {
            joined.append(rebased(stylesheet, read(stylesheet), pointedAt)).append('\n');
        }
        StringBuilder js = new StringBuilder();
        for (String script : scripts) {
            // Each DSFR module declares top-level constants: a block keeps them apart once joined.
            js.append("{\n").append(withoutSourceMap(read(script))).append("\n}\n");
        }
        String css = joined.toString();
        return new Inputs(css, pointedAt, prune ? StylesheetPruner.read(css) : null, js.toString());
    }

    /** What {@link #readAhead} read, or the files read now if it was not called. */
    private Inputs inputs() throws IOException {
        if (ahead == null) {
            return readFiles();
        }
        try {
            return ahead.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    @Override
    public int write(Path site, Map<String, SiteVocabulary> pages) throws IOException {
        Inputs read = inputs();
        Set<String> referenced = new TreeSet<>();
        for (String file : files) {
            existing(file);
            referenced.add(file);
        }
        String css = read.css();
        Set<String> pointedAt = new TreeSet<>(read.pointedAt());
        Path out = site.resolve(CSS).getParent();
        // The pages of each kind link their own stylesheet (dsfr/dsfr-<type>.min.css): each gets the rules its pages use.
        Map<String, SiteVocabulary> groups = SiteVocabulary.withScripts(pages, SiteVocabulary.scripts(site, out));
        Map<String, String> written = new TreeMap<>();
        if (prune) {
            CascadingStyleSheet forTheSite = new StylesheetPruner(SiteVocabulary.union(groups.values())).prune(read.sheet());
            // Each kind of page gets its own stylesheet, pruned further on every core.
            written.putAll(groups.entrySet().parallelStream().collect(Collectors.toMap(Map.Entry::getKey,
                    group -> StylesheetPruner.write(new StylesheetPruner(group.getValue()).prune(forTheSite)))));
            pointedAt.clear();
            for (String text : written.values()) {
                Matcher url = URL.matcher(text);
                while (url.find()) {
                    if (!url.group(2).startsWith("data:") && !url.group(2).startsWith("#") && !url.group(2).contains("://")) {
                        pointedAt.add(url.group(2));
                    }
                }
            }
        } else {
            groups.keySet().forEach(name -> written.put(name, css));
        }
        if (written.isEmpty()) {
            // No page at all: ship the stylesheet whole under its default name.
            written.put(Path.of(CSS).getFileName().toString(), css);
        }
        referenced.addAll(pointedAt);
        for (Map.Entry<String, String> stylesheet : written.entrySet()) {
            write(out.resolve(stylesheet.getKey()), stylesheet.getValue());
        }
        int count = written.size();
        if (!scripts.isEmpty()) {
            write(site.resolve(JS), read.js());
            count++;
        }
        for (String file : referenced) {
            Path target = out.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(dist.resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
        }
        return count + referenced.size();
    }

    /** The stylesheet with each relative {@code url()} pointing where the file will be, next to the joined stylesheet. */
    private String rebased(String stylesheet, String text, Set<String> referenced) throws IOException {
        String css = WOFF_FALLBACK.matcher(withoutSourceMap(text)).replaceAll("");
        Path folder = dist.resolve(stylesheet).getParent();
        Matcher matcher = URL.matcher(css);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String url = matcher.group(2);
            if (url.startsWith("data:") || url.startsWith("#") || url.contains("://")) {
                continue;
            }
            Path file = folder.resolve(url.replaceAll("[?#].*$", "")).normalize();
            if (!file.startsWith(dist) || !Files.isRegularFile(file)) {
                throw new IOException(stylesheet + " désigne un fichier introuvable : " + url);
            }
            String relative = dist.relativize(file).toString().replace('\\', '/');
            referenced.add(relative);
            matcher.appendReplacement(result, Matcher.quoteReplacement("url(" + relative + ")"));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private String read(String relative) throws IOException {
        return Files.readString(existing(relative), StandardCharsets.UTF_8);
    }

    private Path existing(String relative) throws IOException {
        Path file = dist.resolve(relative).normalize();
        if (!file.startsWith(dist) || !Files.isRegularFile(file)) {
            throw new IOException("fichier DSFR introuvable : " + relative + " (vérifiez les réglages dsfr.* dans jbake.properties)");
        }
        return file;
    }

    private static String withoutSourceMap(String text) {
        return SOURCE_MAP.matcher(text).replaceAll("").strip();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
