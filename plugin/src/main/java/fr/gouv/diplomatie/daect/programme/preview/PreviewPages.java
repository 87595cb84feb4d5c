package fr.gouv.diplomatie.daect.programme.preview;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * What the preview adds to every HTML page it serves — never to the baked site: the live-reload
 * script and its stylesheet (external files of the same origin, which the registration page's
 * Content-Security-Policy allows, where an inline script would be refused), marked with the
 * build the page comes from; and, while the last rebuild failed, the error overlay first in the body.
 */
final class PreviewPages implements UnaryOperator<String> {

    private final BuildStatus status;

    PreviewPages(BuildStatus status) {
        this.status = status;
    }

    @Override
    public String apply(String html) {
        String id;
        String overlay;
        synchronized (status) {
            id = status.id();
            overlay = status.current().filter(r -> !r.ok()).map(ErrorOverlay::html).orElse("");
        }
        String head = "<link rel=\"stylesheet\" href=\"" + LiveReload.STYLESHEET + "\">"
                + "<script src=\"" + LiveReload.SCRIPT + "\" data-build=\"" + id + "\" defer></script>";
        String lower = html.toLowerCase(Locale.ROOT);
        StringBuilder page = new StringBuilder(html);
        int body = lower.indexOf("<body");
        int bodyEnd = body < 0 ? -1 : lower.indexOf('>', body);
        if (bodyEnd >= 0) {
            page.insert(bodyEnd + 1, overlay);
        } else {
            page.append(overlay);
        }
        int headEnd = lower.indexOf("</head>");
        if (headEnd >= 0 && (body < 0 || headEnd < body)) {
            page.insert(headEnd, head);
        } else if (body >= 0) {
            page.insert(body, head);
        } else {
            page.insert(0, head);
        }
        return page.toString();
    }
}
