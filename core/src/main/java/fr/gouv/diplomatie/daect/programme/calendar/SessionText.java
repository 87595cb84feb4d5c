package fr.gouv.diplomatie.daect.programme.calendar;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.MarkdownBodies;
import fr.gouv.diplomatie.daect.programme.programme.SessionHeader;

/**
 * The free text of a session file that a calendar shows: the optional {@code summary} header and
 * the Markdown body.
 */
public record SessionText(String summary, String body) {

    public static final SessionText NONE = new SessionText("", "");

    public static SessionText of(ContentFile file) {
        return new SessionText(file.value(SessionHeader.SUMMARY).orElse("").strip(), file.body() == null ? "" : file.body());
    }

    /** The body as plain text, from the bake's one parse of it (the page's HTML comes from the same). */
    public String plainBody(MarkdownBodies bodies) {
        return body.isBlank() ? "" : bodies.get(MarkdownBodies.asJBakeReadsIt(body)).plainText();
    }
}
