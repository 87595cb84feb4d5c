package fr.gouv.diplomatie.daect.programme.check;

/**
 * One defect of the baked site, printed as {@code target/www/path.html: message (selector)}.
 *
 * @param page     the page, relative to the site folder
 * @param selector a CSS selector of the faulty element, or empty for the page as a whole
 */
public record Problem(String page, String message, String selector) {

    public String format(String siteFolder) {
        return siteFolder + "/" + page + ": " + message + (selector.isEmpty() ? "" : " (" + selector + ")");
    }
}
