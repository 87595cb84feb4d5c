package fr.gouv.diplomatie.daect.programme.assets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The icons the DSFR stylesheets name must be where the bundled stylesheet looks for them. */
class DsfrBundleIconsTest {

    @TempDir
    Path dir;

    private Path dist;

    private void file(String path, String text) throws Exception {
        Path file = dist.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void componentAndCoreIconsAreShippedAndNamedFromTheBundlesPlace() throws Exception {
        dist = dir.resolve("dist");
        file("core/core.min.css", "a[target=_blank]:after{mask-image:url(../icons/system/external-link-line.svg)}");
        file("component/alert/alert.min.css", ".fr-alert--error:before{mask-image:url(../../icons/system/fr--error-fill.svg)}"
                + ".fr-alert--success:before{mask-image:url(\"../../icons/system/fr--success-fill.svg\")}");
        file("icons/system/external-link-line.svg", "<svg/>");
        file("icons/system/fr--error-fill.svg", "<svg id=\"erreur\"/>");
        file("icons/system/fr--success-fill.svg", "<svg id=\"succes\"/>");
        file("icons/system/unused.svg", "<svg/>");
        Path site = dir.resolve("www");

        new DsfrBundle(dist, List.of("core/core.min.css", "component/alert/alert.min.css"), List.of()).write(site);

        String css = Files.readString(site.resolve(DsfrBundle.CSS));
        assertFalse(css.contains("../../icons"), css);
        assertTrue(css.contains("url(../icons/system/fr--error-fill.svg)"), css);
        assertTrue(css.contains("url(\"../icons/system/fr--success-fill.svg\")"), css);
        // Resolved from dsfr/dsfr.min.css, ../icons is the site's icons folder.
        assertEquals("<svg id=\"erreur\"/>", Files.readString(site.resolve("dsfr").resolve("../icons/system/fr--error-fill.svg").normalize()));
        assertTrue(Files.exists(site.resolve("icons/system/fr--success-fill.svg")));
        assertTrue(Files.exists(site.resolve("icons/system/external-link-line.svg")));
        assertFalse(Files.exists(site.resolve("icons/system/unused.svg")), "only the icons the stylesheets name");
    }

    @Test
    void aMissingIconIsNamed() throws Exception {
        dist = dir.resolve("dist");
        file("component/alert/alert.min.css", ".x{mask-image:url(../../icons/system/absent.svg)}");

        var error = assertThrows(java.io.IOException.class,
                () -> new DsfrBundle(dist, List.of("component/alert/alert.min.css"), List.of()).write(dir.resolve("www")));
        assertTrue(error.getMessage().contains("icons/system/absent.svg"), error.getMessage());
    }
}
