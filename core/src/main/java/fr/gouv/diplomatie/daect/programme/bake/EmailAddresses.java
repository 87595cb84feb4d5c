package fr.gouv.diplomatie.daect.programme.bake;

import org.jsoup.nodes.Element;

/**
 * An e-mail address written in a page's text, as a link to itself, gets the markup of the templates'
 * {@code email} macro (components/link.ftl): each side of the « @ » in a span that css/site.css keeps
 * whole, and a possible line break before the « @ » only; a phone never splits « dgm-aect » at its hyphen.
 */
final class EmailAddresses {

    static final String CLASS = "daect-email";

    private EmailAddresses() {
    }

    /** False when the HTML has no e-mail link (then it is not parsed for this). */
    static boolean mayApply(String html) {
        return html.contains("mailto:");
    }

    /** Marks up the e-mail links under root whose text is their address; true when one changed. */
    static boolean apply(Element root) {
        boolean changed = false;
        for (Element link : root.select("a[href^=mailto:]")) {
            String address = link.attr("href").substring("mailto:".length());
            int at = address.indexOf('@');
            if (at > 0 && link.childrenSize() == 0 && link.text().equals(address)) {
                link.empty().addClass(CLASS);
                link.appendElement("span").text(address.substring(0, at));
                link.appendElement("wbr");
                link.appendElement("span").text(address.substring(at));
                changed = true;
            }
        }
        return changed;
    }
}
