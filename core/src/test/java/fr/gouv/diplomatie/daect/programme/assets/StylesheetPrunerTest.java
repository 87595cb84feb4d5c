package fr.gouv.diplomatie.daect.programme.assets;

import com.helger.css.decl.CascadingStyleSheet;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StylesheetPrunerTest {

    private static final String PAGE = "<html><body><header class=\"fr-header\"><button class=\"fr-btn fr-btn--menu\" "
            + "aria-controls=\"menu\">Menu</button><div class=\"fr-modal\" id=\"menu\"></div></header>"
            + "<div class=\"fr-input-group\" data-erreur=\"fr-input-group--error\"><input id=\"nom\"></div></body></html>";

    private static String prune(String css) {
        return new StylesheetPruner(new SiteVocabulary().addPage(PAGE).addScript("el.classList.add('daect-sent')")).prune(css);
    }

    @Test
    void keepsTheRulesThePagesUseAndDropsTheOthers() {
        String css = prune(".fr-btn{color:red}.fr-accordion{color:blue}.fr-header .fr-btn--menu{margin:0}"
                + "#nom{width:1px}#absent{width:2px}table td{padding:0}.fr-btn:hover::after{content:\"\"}");

        assertTrue(css.contains(".fr-btn{"), css);
        assertTrue(css.contains(".fr-header .fr-btn--menu"), css);
        assertTrue(css.contains("#nom"), css);
        assertTrue(css.contains(".fr-btn:hover::after"), "states the browser decides are kept: " + css);
        assertFalse(css.contains("accordion"), css);
        assertFalse(css.contains("#absent"), css);
        assertFalse(css.contains("table"), css);
    }

    @Test
    void keepsTheStatesScriptsToggle() {
        String css = prune(".fr-modal--opened{opacity:1}.fr-input-group--error{color:red}.daect-sent{color:green}"
                + ".fr-btn[aria-expanded=true]{color:blue}.fr-card--opened{opacity:1}");

        assertTrue(css.contains(".fr-modal--opened"), "a modifier of a class the page has: " + css);
        assertTrue(css.contains(".fr-input-group--error"), "named by the page for its script: " + css);
        assertTrue(css.contains(".daect-sent"), "added by a script: " + css);
        assertFalse(css.contains("fr-card"), css);
        assertFalse(css.contains("aria-expanded"), "no page nor script sets it: " + css);
    }

    @Test
    void keepsOnlyTheSelectorsOfARuleThatCanMatch() {
        String css = prune(".fr-accordion,.fr-btn{color:red}");

        assertTrue(css.contains(".fr-btn{color:red}"), css);
        assertFalse(css.contains("accordion"), css);
    }

    @Test
    void keepsTheCustomPropertiesTheKeptRulesRead() {
        String css = prune(":root{--a:var(--b);--b:red;--unused:blue}.fr-btn{color:var(--a)}.fr-accordion{color:var(--c)}:root{--c:green}");

        assertTrue(css.contains("--a:"), css);
        assertTrue(css.contains("--b:red"), "read through --a: " + css);
        assertFalse(css.contains("--unused"), css);
        assertFalse(css.contains("--c"), "read only by a dropped rule: " + css);
    }

    @Test
    void dropsTheDarkThemeInternetExplorerFontsAndUnusedKeyframes() {
        String css = prune(":root[data-fr-theme=dark]{--x:black}.fr-btn{animation:spin 1s}@keyframes spin{to{opacity:1}}"
                + "@keyframes unused{to{opacity:0}}@font-face{font-family:M;src:url(m.woff2)}"
                + "@media screen and (-ms-high-contrast:active){.fr-btn{color:#000}}@media (min-width:62em){.fr-btn{margin:0}}");

        assertFalse(css.contains("data-fr-theme"), css);
        assertTrue(css.contains("@keyframes spin"), css);
        assertFalse(css.contains("unused"), css);
        assertFalse(css.contains("@font-face"), "the site declares its own fonts: " + css);
        assertFalse(css.contains("-ms-high-contrast"), css);
        assertTrue(css.contains("@media (min-width:62em)"), css);
    }

    @Test
    void prunesInsideABlockTheParserCannotReadAndKeepsItWhenSomethingIsLeft() {
        String css = prune("@supports selector(::-webkit-calendar-picker-indicator){.fr-btn{color:red}.fr-accordion{color:blue}}"
                + "@supports selector(::x){.fr-accordion{color:blue}}");

        assertTrue(css.contains("@supports selector(::-webkit-calendar-picker-indicator){.fr-btn{color:red}"), css);
        assertFalse(css.contains("accordion"), css);
        assertFalse(css.contains("selector(::x)"), css);
    }

    @Test
    void keepsAsItIsAStatementTheParserCannotReadAndWhatItReads() {
        String css = prune(":root{--a:red;--b:blue}.fr-btn{color:green}.fr-accordion{color:var(--a)");

        assertTrue(css.endsWith(".fr-accordion{color:var(--a)\n"), "nothing is lost that cannot be read: " + css);
        assertTrue(css.contains("--a:red"), "read by the block kept: " + css);
        assertFalse(css.contains("--b"), css);
    }

    /** Rules of every kind the pruner meets, used and not used by {@link #PAGE}. */
    private static final String VARIED = ":root{--a:red;--b:blue;--c:green}.fr-btn{color:var(--a)}.fr-accordion{color:var(--b);animation:tourne 1s}"
                + "@keyframes tourne{to{opacity:0}}.fr-absent,.fr-header .fr-btn--menu{margin:0}.fr-absent .fr-btn{margin:1px}"
                + ".fr-btn:not(.fr-absent){padding:0}.fr-absent:not(.fr-btn){padding:1px}:is(.fr-absent,.fr-btn){border:0}"
                + ":where(.fr-absent){border:1px}[class^=fr-ic]{color:red}a[href$=\".pdf\"]{color:blue}#nom{width:1px}#absent{width:2px}"
                + ".fr-modal--opened{opacity:1}.fr-card--opened{opacity:0}.md\\:absent{color:red}.carte-été{color:red}"
                + "@media (min-width:48em){.fr-btn{margin:2px}.fr-absent{margin:3px}}@media (min-width:62em){.fr-absent{margin:4px}}"
                + "@media print{.fr-accordion{display:none}@supports (display:grid){.fr-btn{display:grid}.fr-absent{display:grid}}}"
                + "input:checked+label::before{content:\"\"}.daect-sent{color:var(--c)}"
                + "@supports selector(::-webkit-calendar-picker-indicator){.fr-btn{color:red}.fr-accordion{color:blue}}";

    @Test
    void checksEachSelectorByTheNamesItRequires() {
        String css = new StylesheetPruner(new SiteVocabulary().addPage(PAGE).addScript("el.classList.add('daect-sent')")).prune(VARIED);

        assertTrue(css.contains(".fr-btn:not(.fr-absent){"), "what :not() excludes requires nothing: " + css);
        assertFalse(css.contains(".fr-absent:not(.fr-btn)"), css);
        assertTrue(css.contains(":is(.fr-absent,.fr-btn)"), "one selector of :is() that can match is enough: " + css);
        assertFalse(css.contains(":where(.fr-absent)"), css);
        assertFalse(css.contains("[class^=fr-ic]"), "no class of the site starts so: " + css);
        assertFalse(css.contains(".pdf"), "no link on the page: " + css);
        assertFalse(css.contains("été") || css.contains("md\\:absent"), "escaped and non-ASCII names are checked too: " + css);
        assertTrue(css.contains("@media print{@supports (display:grid){.fr-btn{display:grid}}}"), "nested at-rules pruned inside: " + css);
        assertFalse(css.contains("62em"), "an at-rule left without rules goes: " + css);
        assertFalse(css.contains("tourne") || css.contains("--b"), "animated and read only by a dropped rule: " + css);
    }

    @Test
    void aKindOfPageGetsFromTheSitesPrunedRulesWhatItWouldGetFromTheirText() {
        String accordion = "<html><body><section class=\"fr-accordion fr-absent\" id=\"absent\"><a href=\"x.pdf\">PDF</a></section></body></html>";
        SiteVocabulary site = new SiteVocabulary().addPage(PAGE).addPage(accordion).addScript("el.classList.add('daect-sent')");
        CascadingStyleSheet forTheSite = new StylesheetPruner(site).prune(StylesheetPruner.read(VARIED));
        String siteCss = StylesheetPruner.write(forTheSite);
        assertTrue(siteCss.contains(".fr-accordion") && siteCss.contains("62em"), siteCss);

        for (SiteVocabulary kind : List.of(new SiteVocabulary().addPage(PAGE), new SiteVocabulary().addPage(accordion))) {
            StylesheetPruner pruner = new StylesheetPruner(kind);
            assertEquals(pruner.prune(siteCss), StylesheetPruner.write(pruner.prune(forTheSite)));
        }
        assertEquals(siteCss, StylesheetPruner.write(forTheSite), "pruning for a kind of page leaves the site's rules as they were");
    }
}
