package fr.gouv.diplomatie.daect.programme.calendar;

import fr.gouv.diplomatie.daect.programme.content.MarkdownBodies;
import fr.gouv.diplomatie.daect.programme.programme.EventStatus;
import fr.gouv.diplomatie.daect.programme.programme.Session;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain-text {@code DESCRIPTION} of a session's event: what it is about, how to register
 * (in the words of the ministry's page) and the address of its page, where everything else is.
 */
public final class EventDescription {

    static final String REGISTRATION = "Inscriptions en ligne, sur la page du webinaire.";
    static final String LINK_NOTICE = "Le programme, le lien pour participer et la confirmation de l’horaire vous seront transmis quelques jours avant le webinaire choisi.";

    private EventDescription() {
    }

    public static String of(Session session, SessionText text, MarkdownBodies bodies, String pageUrl) {
        List<String> parts = new ArrayList<>();
        if (session.eventStatus() == EventStatus.CANCELLED) {
            parts.add("Ce webinaire est annulé.");
        } else if (session.eventStatus() == EventStatus.POSTPONED) {
            parts.add("Ce webinaire est reporté.");
        }
        addIfPresent(parts, text.summary());
        addIfPresent(parts, session.note());
        if (!session.speakers().isEmpty()) {
            parts.add("Intervenants :\n" + String.join("\n", session.speakers().stream().map(s -> "- " + s.label()).toList()));
        }
        addIfPresent(parts, text.plainBody(bodies));
        // Whether registration is open does not depend on the build's clock here: the file must not change with the date.
        if (session.registration() && (session.eventStatus() == EventStatus.SCHEDULED || session.eventStatus() == EventStatus.RESCHEDULED)) {
            parts.add(REGISTRATION + "\n" + LINK_NOTICE);
        }
        parts.add("Page du webinaire : " + pageUrl);
        return String.join("\n\n", parts);
    }

    private static void addIfPresent(List<String> parts, String text) {
        if (text != null && !text.isBlank()) {
            parts.add(text.strip());
        }
    }
}
