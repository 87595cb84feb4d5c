package fr.gouv.diplomatie.daect.programme.assets;

import fr.gouv.diplomatie.daect.programme.bake.BakedPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DsfrBundleTest {

    @TempDir
    Path dir;

    private Path dist() throws IOException {
        Path dist = dir.resolve("dist");
        write(dist.resolve("core/core.min.css"), "@font-face{font-family:Marianne;src:url(../fonts/M.woff2) format(\"woff2\"),url(../fonts/M.woff) format(\"woff\")}\n/*# sourceMappingURL=core.min.css.map */");
        write(dist.resolve("component/header/header.min.css"), ".fr-btn--menu:before{mask-image:url(../../icons/system/menu-fill.svg)}.x{background:url(data:image/svg+xml;base64,AA==)}");
        write(dist.resolve("core/core.module.min.js"), "const e=1;window.dsfr=e;\n//# sourceMappingURL=core.module.min.js.map");
        write(dist.resolve("component/header/header.module.min.js"), "const e=window.dsfr;");
        write(dist.resolve("fonts/M.woff2"), "woff2");
        write(dist.resolve("fonts/M.woff"), "woff");
        write(dist.resolve("icons/system/menu-fill.svg"), "<svg/>");
        return dist;
    }

    @Test
    void joinsTheListedFilesAndShipsWhatTheyPointAt() throws IOException {
        Path site = dir.resolve("site");
        int files = new DsfrBundle(dist(), List.of("core/core.min.css", "component/header/header.min.css"),
                List.of("core/core.module.min.js", "component/header/header.module.min.js"), List.of("fonts/M.woff")).write(site);

        String css = Files.readString(site.resolve("dsfr/dsfr.min.css"));
        assertTrue(css.contains("src:url(fonts/M.woff2) format(\"woff2\")}"), css);
        assertFalse(css.contains(".woff)"), "the woff fallback is dropped");
        assertTrue(css.contains("mask-image:url(icons/system/menu-fill.svg)"), css);
        assertTrue(css.contains("url(data:image/svg+xml;base64,AA==)"), "data URLs are left alone");
        assertFalse(css.contains("sourceMappingURL"));
        assertTrue(Files.exists(site.resolve("dsfr/fonts/M.woff2")));
        assertTrue(Files.exists(site.resolve("dsfr/fonts/M.woff")), "a file listed as such is shipped as it is");
        assertTrue(Files.exists(site.resolve("dsfr/icons/system/menu-fill.svg")));
        assertEquals(5, files);

        String js = Files.readString(site.resolve("dsfr/dsfr.module.min.js"));
        assertEquals("{\nconst e=1;window.dsfr=e;\n}\n{\nconst e=window.dsfr;\n}\n", js, "each module keeps its own scope");
    }

    @Test
    void prunedItShipsOnlyWhatTheBakedPagesUseAndWhatTheKeptRulesPointAt() throws IOException {
        Path site = dir.resolve("site");
        write(site.resolve("index.html"), "<header><button class=\"fr-btn--menu\">Menu</button></header>");
        Path dist = dist();
        write(dist.resolve("component/card/card.min.css"), ".fr-card:before{mask-image:url(../../icons/system/menu-fill.svg)}");

        new DsfrBundle(dist, List.of("core/core.min.css", "component/header/header.min.css", "component/card/card.min.css"),
                List.of(), List.of()).pruned().write(site);

        String css = Files.readString(site.resolve("dsfr/dsfr.min.css"));
        assertTrue(css.contains(".fr-btn--menu:before"), css);
        assertFalse(css.contains("fr-card"), css);
        assertFalse(css.contains("@font-face"), css);
        assertTrue(Files.exists(site.resolve("dsfr/icons/system/menu-fill.svg")));
        assertFalse(Files.exists(site.resolve("dsfr/fonts/M.woff2")), "no rule points at it any more");
        assertFalse(Files.exists(site.resolve("dsfr/dsfr.module.min.js")), "no script listed, none written");
    }

    @Test
    void prunesAlikeFromThePagesTheBakerGives() throws IOException {
        Path site = dir.resolve("site");
        write(site.resolve("index.html"), "<html><head><link rel=\"stylesheet\" href=\"dsfr/dsfr-home.min.css\"></head>"
                + "<body><header><button class=\"fr-btn--menu\">Menu</button></header></body></html>");
        write(site.resolve("themes/sante.html"), "<html><head><link rel=\"stylesheet\" href=\"../dsfr/dsfr-tag.min.css\"></head>"
                + "<body><div class=\"fr-card\">Carte</div></body></html>");
        Path dist = dist();
        write(dist.resolve("component/card/card.min.css"), ".fr-card:before{mask-image:url(../../icons/system/menu-fill.svg)}");
        DsfrBundle bundle = new DsfrBundle(dist, List.of("core/core.min.css", "component/header/header.min.css", "component/card/card.min.css"),
                List.of(), List.of()).pruned();
        bundle.write(site);
        String home = Files.readString(site.resolve("dsfr/dsfr-home.min.css"));
        String tag = Files.readString(site.resolve("dsfr/dsfr-tag.min.css"));

        bundle.write(site, BakedPage.collect(site, bundle.pages()));

        assertTrue(home.contains("fr-btn--menu") && !home.contains("fr-card"), home);
        assertTrue(tag.contains("fr-card") && !tag.contains("fr-btn--menu"), tag);
        assertEquals(home, Files.readString(site.resolve("dsfr/dsfr-home.min.css")));
        assertEquals(tag, Files.readString(site.resolve("dsfr/dsfr-tag.min.css")));
    }

    @Test
    void shipsTheSameWhenItsFilesWereReadAhead() throws IOException {
        Path dist = dist();
        List<String> stylesheets = List.of("core/core.min.css", "component/header/header.min.css");
        List<String> scripts = List.of("core/core.module.min.js", "component/header/header.module.min.js");
        for (String name : List.of("now", "ahead")) {
            Path site = dir.resolve(name);
            write(site.resolve("index.html"), "<header><button class=\"fr-btn--menu\">Menu</button></header>");
            DsfrBundle bundle = new DsfrBundle(dist, stylesheets, scripts, List.of()).pruned();
            (name.equals("ahead") ? bundle.readAhead() : bundle).write(site);
        }

        for (String file : List.of("dsfr/dsfr.min.css", "dsfr/dsfr.module.min.js", "dsfr/icons/system/menu-fill.svg")) {
            assertEquals(Files.readString(dir.resolve("now").resolve(file)), Files.readString(dir.resolve("ahead").resolve(file)), file);
        }
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        for (boolean ahead : List.of(false, true)) {
            DsfrBundle bundle = new DsfrBundle(dist(), List.of("component/absent/absent.min.css"), List.of(), List.of());
            IOException failure = assertThrows(IOException.class, () -> (ahead ? bundle.readAhead() : bundle).write(dir.resolve("site")));

            assertTrue(failure.getMessage().contains("component/absent/absent.min.css"), failure.getMessage());
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
