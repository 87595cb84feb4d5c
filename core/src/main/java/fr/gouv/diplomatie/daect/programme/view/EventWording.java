package fr.gouv.diplomatie.daect.programme.view;

import fr.gouv.diplomatie.daect.programme.programme.Session;

/** The words that every calendar (files, web links) uses for a session, in one place. */
public final class EventWording {

    /** Where the webinars take place; the link is sent to registered participants. */
    public static final String LOCATION = "En ligne";

    private EventWording() {
    }

    /** Many clients hide an event's status: its title says it too, so that nobody comes to a cancelled webinar. */
    public static String title(Session session) {
        return switch (session.eventStatus()) {
            case CANCELLED -> "Annulé : " + session.title();
            case POSTPONED -> "Reporté : " + session.title();
            default -> session.title();
        };
    }
}
