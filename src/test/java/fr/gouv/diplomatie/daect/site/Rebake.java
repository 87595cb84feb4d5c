package fr.gouv.diplomatie.daect.site;

import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.site.SiteBuild;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/** Bakes this repository's site again, in-process, as another build machine would. */
final class Rebake {

    private Rebake() {
    }

    static Path projectDir() {
        return Path.of(System.getProperty("project.dir", "."));
    }

    /** Bakes into {@code target/<name>} with these command-line settings, machine zone, locale and clock. */
    static Path bake(String name, Map<String, String> commandLine, TimeZone zone, Locale locale, Clock clock) throws Exception {
        return bake(name, commandLine, zone, locale, clock, false);
    }

    /** The same as a production build ({@code -Pproduction}): the stricter validation of the settings applies. */
    static Path bakeForProduction(String name, Map<String, String> commandLine) throws Exception {
        return bake(name, commandLine, TimeZone.getDefault(), Locale.getDefault(), Clock.systemUTC(), true);
    }

    private static Path bake(String name, Map<String, String> commandLine, TimeZone zone, Locale locale, Clock clock,
                             boolean production) throws Exception {
        TimeZone previousZone = TimeZone.getDefault();
        Locale previousLocale = Locale.getDefault();
        Path output = projectDir().resolve("target").resolve(name);
        Map<String, String> settings = new HashMap<>(commandLine);
        settings.putIfAbsent("programme.lock", "verify");
        try {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
            new SiteBuild(projectDir(), output, SiteSettings.load(projectDir(), settings), clock, production, BuildLog.silent()).bake();
            return output;
        } finally {
            TimeZone.setDefault(previousZone);
            Locale.setDefault(previousLocale);
        }
    }
}
