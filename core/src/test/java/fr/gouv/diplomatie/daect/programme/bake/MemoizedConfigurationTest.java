package fr.gouv.diplomatie.daect.programme.bake;

import org.apache.commons.configuration2.MapConfiguration;
import org.apache.commons.configuration2.convert.DefaultListDelimiterHandler;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemoizedConfigurationTest {

    private static MemoizedConfiguration configuration(Map<String, Object> values) {
        MemoizedConfiguration configuration = new MemoizedConfiguration();
        configuration.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
        MapConfiguration layer = new MapConfiguration(values);
        layer.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
        configuration.addConfiguration(layer);
        return configuration;
    }

    @Test
    void answersAsTheLayersSayAndForgetsWhenASettingChanges() {
        MemoizedConfiguration configuration = configuration(new HashMap<>(Map.of(
                "header.separator", "~~~~~~", "site.host", "https://${domaine}/", "domaine", "example.org", "render.tags", "true")));

        assertEquals("~~~~~~", configuration.getString("header.separator"));
        assertEquals("https://example.org/", configuration.getString("site.host"), "interpolated");
        assertTrue(configuration.getBoolean("render.tags", false));
        assertNull(configuration.getString("absent"));
        assertEquals("défaut", configuration.getString("absent", "défaut"));
        assertEquals(10, configuration.getInt("index.posts_per_page", 10));

        configuration.setProperty("header.separator", "---");
        configuration.setProperty("render.tags", false);

        assertEquals("---", configuration.getString("header.separator"));
        assertFalse(configuration.getBoolean("render.tags", true));
    }

    @Test
    void givesANewListEachTime() {
        MemoizedConfiguration configuration = configuration(Map.of("markdown.extensions", "TABLES,AUTOLINKS"));

        List<String> extensions = configuration.getList(String.class, "markdown.extensions");
        extensions.clear();

        assertEquals(List.of("TABLES", "AUTOLINKS"), configuration.getList(String.class, "markdown.extensions"));
    }
}
