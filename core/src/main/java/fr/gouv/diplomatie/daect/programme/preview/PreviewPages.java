package fr.gouv.diplomatie.daect.programme.preview;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What the preview adds to every HTML page it serves — never to the baked site: the live-reload
 * script and its stylesheet (external files of the same origin, which the registration page's
 * Content-Security-Policy allows, where an inline script would be refused), marked with the
 * build the page comes from; and, while the last rebuild failed, the error overlay first in the body. When
 * {@code programme.today} is set, a {@code <meta name="daect-programme-today">} with that moment: the pages' scripts
 * then follow the chosen date instead of the real clock, so that an editor can walk through a session's life.
 * While the first build is under way, every page is a notice that says so instead: the folder still holds the
 * site of an earlier preview (another branch, older content), whose pages would look like edits ignored.
 */
final class PreviewPages implements UnaryOperator<String> {

    /** The meta element's name, which assets/js/programme.js and inscription.js look for. */
    static final String TODAY_META = "daect-programme-today";

    private final BuildStatus status;
    private final Supplier<Optional<Instant>> today;

    PreviewPages(BuildStatus status) {
        this(status, Optional::empty);
    }

    /** @param today the moment {@code programme.today} sets, if it is set (read anew for each page) */
    PreviewPages(BuildStatus status, Supplier<Optional<Instant>> today) {
        this.status = status;
        this.today = today;
    }

    /** Reloads itself, as every page of the preview, once the first build is over. */
    static final String BUILDING = "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
            + "<title>Construction du site en cours — aperçu</title></head><body><main>"
            + "<h1>Construction du site en cours…</h1>"
            + "<p>L’aperçu affiche cette page dès que la première construction est terminée : quelques secondes, "
            + "davantage pour un programme de milliers de webinaires. Elle se rechargera d’elle-même.</p>"
            + "</main></body></html>";

    @Override
    public String apply(String html) {
        String id;
        String overlay;
        boolean building;
        synchronized (status) {
            id = status.id();
            building = status.current().isEmpty();
            overlay = status.current().filter(r -> !r.ok()).map(ErrorOverlay::html).orElse("");
        }
        if (building) {
            html = BUILDING;
        }
        String head = today.get().map(t -> "<meta name=\"" + TODAY_META + "\" content=\"" + t + "\">").orElse("")
                + "<link rel=\"stylesheet\" href=\"" + LiveReload.STYLESHEET + "\">"
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
