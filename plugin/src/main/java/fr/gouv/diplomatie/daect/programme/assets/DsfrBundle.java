package fr.gouv.diplomatie.daect.programme.assets;

import fr.gouv.diplomatie.daect.programme.bake.SiteStep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ships only the parts of the DSFR the pages use: the listed stylesheets joined into
 * {@code dsfr/dsfr.min.css}, the listed scripts joined into {@code dsfr/dsfr.module.min.js}, and
 * the woff2 fonts the stylesheet names (the woff fallbacks are dropped: every supported browser
 * reads woff2), and the svg icons it names, under {@code icons/} (component stylesheets name them
 * from two folders down; the addresses are rewritten for the bundle's place).
 */
public final class DsfrBundle implements SiteStep {

    public static final String CSS = "dsfr/dsfr.min.css";
    public static final String JS = "dsfr/dsfr.module.min.js";

    private static final Pattern WOFF_FALLBACK = Pattern.compile(",\\s*url\\(([^)]*?)\\.woff\\)\\s*format\\(\"woff\"\\)");
    private static final Pattern FONT_URL = Pattern.compile("url\\(\\.\\./fonts/([^)]+?\\.woff2)\\)");
    /** Components name their icons from {@code dist/component/x/}, two levels down; the bundle is one level down. */
    private static final Pattern COMPONENT_ICON_URL = Pattern.compile("url\\((['\"]?)\\.\\./\\.\\./icons/");
    private static final Pattern ICON_URL = Pattern.compile("url\\(['\"]?\\.\\./icons/([^)'\"]+?\\.svg)['\"]?\\)");
    private static final Pattern SOURCE_MAP = Pattern.compile("/\\*# sourceMappingURL=[^*]*\\*/|//# sourceMappingURL=\\S*");

    private final Path dist;
    private final List<String> stylesheets;
    private final List<String> scripts;

    /**
     * @param dist        the DSFR's {@code dist} folder in {@code node_modules}
     * @param stylesheets paths under {@code dist}, in cascade order
     * @param scripts     paths under {@code dist}, core first
     */
    public DsfrBundle(Path dist, List<String> stylesheets, List<String> scripts) {
        this.dist = dist;
        this.stylesheets = stylesheets;
        this.scripts = scripts;
    }

    @Override
    public String name() {
        return "fichiers DSFR";
    }

    @Override
    public int write(Path site) throws IOException {
        if (!Files.isDirectory(dist)) {
            throw new IOException("le DSFR n'est pas installé (" + dist + " introuvable) : lancez la construction Maven, qui exécute npm ci.");
        }
        StringBuilder css = new StringBuilder();
        for (String stylesheet : stylesheets) {
            css.append(withoutSourceMap(read(stylesheet))).append('\n');
        }
        String joinedCss = COMPONENT_ICON_URL.matcher(WOFF_FALLBACK.matcher(css).replaceAll("")).replaceAll("url($1../icons/");
        StringBuilder js = new StringBuilder();
        for (String script : scripts) {
            // Each DSFR module declares top-level constants: a block keeps them apart once joined.
            js.append("{\n").append(withoutSourceMap(read(script))).append("\n}\n");
        }
        write(site.resolve(CSS), joinedCss);
        write(site.resolve(JS), js.toString());
        int files = 2;
        Set<String> fonts = new TreeSet<>();
        Matcher matcher = FONT_URL.matcher(joinedCss);
        while (matcher.find()) {
            fonts.add(matcher.group(1));
        }
        Files.createDirectories(site.resolve("fonts"));
        for (String font : fonts) {
            Files.copy(dist.resolve("fonts").resolve(font), site.resolve("fonts").resolve(font), StandardCopyOption.REPLACE_EXISTING);
            files++;
        }
        Set<String> icons = new TreeSet<>();
        Matcher icon = ICON_URL.matcher(joinedCss);
        while (icon.find()) {
            icons.add(icon.group(1));
        }
        for (String name : icons) {
            Path source = dist.resolve("icons").resolve(name).normalize();
            if (!source.startsWith(dist) || !Files.isRegularFile(source)) {
                throw new IOException("icône DSFR introuvable : icons/" + name);
            }
            Path target = site.resolve("icons").resolve(name);
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            files++;
        }
        return files;
    }

    private String read(String relative) throws IOException {
        Path file = dist.resolve(relative).normalize();
        if (!file.startsWith(dist) || !Files.isRegularFile(file)) {
            throw new IOException("fichier DSFR introuvable : " + relative + " (vérifiez dsfr.stylesheets et dsfr.scripts dans jbake.properties)");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static String withoutSourceMap(String text) {
        return SOURCE_MAP.matcher(text).replaceAll("").strip();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
