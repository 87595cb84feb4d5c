package fr.gouv.diplomatie.daect.programme.bake;

import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.view.SitePaths;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.MapConfiguration;
import org.apache.commons.configuration2.convert.DefaultListDelimiterHandler;
import org.jbake.app.configuration.DefaultJBakeConfiguration;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds JBake's configuration from {@code jbake.properties} with the command-line values on top.
 * JBake's own loader puts system properties last (they only fill gaps), so the overrides get a
 * layer of their own, in front of everything JBake loaded.
 */
final class JBakeConfigurationFactory {

    private JBakeConfigurationFactory() {
    }

    static DefaultJBakeConfiguration create(Path projectDir, Path destination, SiteSettings settings) {
        DefaultJBakeConfiguration loaded = (DefaultJBakeConfiguration) new org.jbake.app.configuration.JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(projectDir.toFile(), destination.toFile(), true);

        Map<String, Object> forced = new LinkedHashMap<>(settings.overrides());
        // The site is always rebuilt from scratch, in memory: the output must not depend on a previous bake.
        forced.put("db.store", "memory");
        // Our Markdown engine reads a header's date in this zone (HeaderDate), and FreeMarker formats dates in
        // the zone it was created with: both must be the programme's, whatever the JVM's default.
        forced.put(SiteSettings.TIMEZONE, settings.timeZone().getId());
        forced.put("freemarker.timezone", settings.timeZone().getId());
        // Tag pages go where every link to them points (SitePaths), whatever jbake.properties says.
        forced.put("tag.path", SitePaths.THEMES_DIR);

        CompositeConfiguration layered = new MemoizedConfiguration();
        layered.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
        MapConfiguration overrides = new MapConfiguration(forced);
        overrides.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
        layered.addConfiguration(overrides);
        layered.addConfiguration(loaded.getCompositeConfiguration());

        DefaultJBakeConfiguration configuration = new DefaultJBakeConfiguration(projectDir.toFile(), layered) {
            private Map<String, Object> asMap;

            // JBake copies every setting into a new map for each page it renders: once per bake is enough.
            @Override
            public Map<String, Object> asHashMap() {
                if (asMap == null) {
                    asMap = super.asHashMap();
                }
                return asMap;
            }
        };
        configuration.setDestinationFolder(destination.toFile());
        configuration.setClearCache(true);
        return configuration;
    }
}
