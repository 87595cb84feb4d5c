package fr.gouv.diplomatie.daect.programme.site;

import fr.gouv.diplomatie.daect.programme.content.ContentFileReader;
import fr.gouv.diplomatie.daect.programme.programme.TagVocabulary;
import fr.gouv.diplomatie.daect.programme.settings.BuildSettings;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a site is made of besides the content files, the calendar lock and the clock, which the plan of an
 * incremental build compares one by one ({@link RebakePlan}): the settings (but the day the programme is baked for),
 * the templates, the assets and the files copied from {@code content/}, the tag vocabulary, the front end's lock file,
 * how the front end is shipped, the folders, the Java version, and the code that bakes (this plugin's and its
 * libraries' jars). Files are compared by path, size and modification time. A build whose key differs from the last
 * one's bakes everything.
 */
final class BuildKey {

    /** The setting that turns incremental builds off ({@code -Dprogramme.incremental=false}: every build a full one). */
    static final String INCREMENTAL = "programme.incremental";

    /** A class of each library whose version changes the pages or calendars, and of this plugin. */
    private static final List<Class<?>> CODE = List.of(BuildKey.class, org.jbake.app.Oven.class, freemarker.template.Configuration.class,
            com.vladsch.flexmark.parser.Parser.class, net.fortuna.ical4j.model.Calendar.class, org.jsoup.Jsoup.class);

    private BuildKey() {
    }

    static String of(Path projectDir, Path output, SiteSettings settings, BuildSettings build, boolean production, FrontEnd frontEnd) {
        List<String> lines = new ArrayList<>();
        Map<String, String> values = new TreeMap<>(settings.asMap());
        // The moment is compared by the plan, session by session: a build on another day need not be a full one.
        values.remove(SiteSettings.TODAY);
        values.remove(INCREMENTAL);
        values.forEach((key, value) -> lines.add("réglage " + key + "=" + value));
        lines.add("production " + production);
        lines.add("front " + frontEnd);
        lines.add("projet " + projectDir);
        lines.add("site " + output.toAbsolutePath().normalize());
        lines.add("java " + System.getProperty("java.version"));
        for (Class<?> type : CODE) {
            lines.add("code " + code(type));
        }
        lines.addAll(ContentFingerprint.listing(projectDir, List.of(build.templateDir(), build.assetDir(),
                projectDir.resolve(TagVocabulary.FILE_NAME), projectDir.resolve(SiteSettings.FILE_NAME),
                projectDir.resolve("package-lock.json"), projectDir.resolve("data")), file -> true));
        // JBake copies the other files of content/ as they are.
        lines.addAll(ContentFingerprint.listing(projectDir, List.of(build.contentDir()), file -> !ContentFileReader.isContent(file)));
        return sha256(String.join("\n", lines));
    }

    /** Where a class was loaded from, with the size and date of its jar. */
    private static String code(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return type.getName();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? location + " " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis()
                    : location.toString();
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return source.getLocation().toString();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
