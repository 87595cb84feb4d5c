package fr.gouv.diplomatie.daect.site;

import fr.gouv.diplomatie.daect.site.browser.Browser;
import fr.gouv.diplomatie.daect.site.browser.TestSite;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a phone-size screen, the parts of the DSFR its scripts drive, which js/menu.js drives instead:
 * the header's menu and the folded breadcrumb.
 */
class SmallScreenBrowserTest {

    private static final String SESSION = "webinaires/2020-10-26-cooperation-franco-marocaine.html";

    @Test
    void theMenuOpensOnTheCloseButtonKeepsTheFocusAndClosesWithEscape() throws Exception {
        try (Browser browser = Browser.withJavaScript()) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.open(TestSite.external().url(SESSION));
            WebElement menu = browser.byId("menu-principal");
            WebElement opener = browser.byId("bouton-menu");
            assertFalse(browser.find("#menu-principal .fr-nav__link").isDisplayed(), "folded on a phone");

            opener.click();
            browser.waitFor(ExpectedConditions.visibilityOf(browser.find("#menu-principal .fr-nav__link")));
            assertEquals("true", opener.getAttribute("aria-expanded"));
            assertEquals("dialog", menu.getAttribute("role"));
            browser.waitFor(driver -> browser.focused().getAttribute("class").contains("fr-btn--close"));
            for (int i = 0; i < 6; i++) {
                browser.focused().sendKeys(Keys.TAB);
                assertTrue((Boolean) browser.script("return arguments[0].contains(document.activeElement)", menu), "the focus stays in the menu");
            }

            browser.focused().sendKeys(Keys.ESCAPE);
            browser.waitFor(ExpectedConditions.invisibilityOf(browser.find("#menu-principal .fr-nav__link")));
            assertEquals("false", opener.getAttribute("aria-expanded"));
            assertEquals("bouton-menu", browser.focusedId(), "the focus comes back to « Menu »");
        }
    }

    @Test
    void theBreadcrumbUnfolds() throws Exception {
        try (Browser browser = Browser.withJavaScript()) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.open(TestSite.external().url(SESSION));
            // js/menu.js turns the no-JavaScript link into the DSFR's button: take the button it made.
            browser.waitFor(driver -> "button".equals(browser.find(".fr-breadcrumb__button").getTagName()));
            WebElement unfold = browser.find(".fr-breadcrumb__button");
            WebElement home = browser.find(".fr-breadcrumb__link[href]");
            assertFalse(home.isDisplayed());

            unfold.click();
            browser.waitFor(ExpectedConditions.visibilityOf(home));
            assertEquals("true", unfold.getAttribute("aria-expanded"));
            browser.waitFor(driver -> home.equals(browser.focused()));
        }
    }

    @Test
    void withoutJavaScriptTheMenuAndTheBreadcrumbOpenAllTheSame() throws Exception {
        try (Browser browser = Browser.withoutJavaScript()) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.open(TestSite.external().url(SESSION));
            WebElement link = browser.find("#menu-principal .fr-nav__link");
            assertFalse(link.isDisplayed(), "folded on a phone");

            browser.byId("bouton-menu").click();
            browser.waitFor(ExpectedConditions.visibilityOf(link));
            link = browser.find("#menu-principal .fr-nav__link");
            assertTrue(link.isDisplayed(), "« Menu » opens the menu");
            browser.find("#menu-principal .fr-btn--close").click();
            browser.waitFor(ExpectedConditions.invisibilityOf(browser.find("#menu-principal .fr-nav__link")));

            WebElement home = browser.find(".fr-breadcrumb__link[href]");
            assertFalse(home.isDisplayed());
            browser.find(".fr-breadcrumb__button").click();
            browser.waitFor(ExpectedConditions.visibilityOf(home));
        }
    }

    @Test
    void cardsOfARowAreAsHighAsEachOther() throws Exception {
        try (Browser browser = Browser.withJavaScript().withClockAt(TestSite.VISIT)) {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.open(TestSite.external().url("index.html"));
            java.util.Map<Integer, java.util.Set<Integer>> heightsByRow = new java.util.TreeMap<>();
            for (WebElement card : browser.findAll(".daect-listing .daect-sessions > li > .fr-card")) {
                if (card.isDisplayed()) {
                    heightsByRow.computeIfAbsent(card.getRect().getY(), y -> new java.util.TreeSet<>()).add(card.getRect().getHeight());
                }
            }
            assertTrue(heightsByRow.size() >= 3, heightsByRow.toString());
            assertTrue(heightsByRow.values().stream().anyMatch(row -> !row.isEmpty()), heightsByRow.toString());
            heightsByRow.forEach((y, heights) -> assertEquals(1, heights.size(), "row at " + y + " px: " + heights));
        }
    }

    @Test
    void theTextOfEachCalloutIsOfOneSize() throws Exception {
        try (Browser browser = Browser.withJavaScript()) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.open(TestSite.external().url("index.html"));
            // For each callout, the sizes of the visible words under its title (a list beside paragraphs, a link in them…).
            Object sizes = browser.script("""
                    return [...document.querySelectorAll('.fr-callout')].map(callout => {
                      const sizes = new Set();
                      const walker = document.createTreeWalker(callout, NodeFilter.SHOW_TEXT);
                      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                        const element = node.parentElement;
                        if (node.textContent.trim() && element.getClientRects().length && !element.closest('.fr-sr-only, .fr-callout__title')) {
                          sizes.add(getComputedStyle(element).fontSize);
                        }
                      }
                      return callout.className + ': ' + [...sizes].join(' ');
                    });""");
            assertEquals(2, ((java.util.List<?>) sizes).size(), "the home page's two callouts: " + sizes);
            for (Object callout : (java.util.List<?>) sizes) {
                assertEquals(1, callout.toString().split(": ")[1].split(" ").length, callout.toString());
            }
        }
    }
}
