package fr.gouv.diplomatie.daect.programme.programme;

import java.util.Arrays;
import java.util.Optional;

/** The {@code eventStatus} header: what became of a session, as calendars and schema.org say it. */
public enum EventStatus {
    SCHEDULED("scheduled", "Programmé", "EventScheduled"),
    CANCELLED("cancelled", "Annulé", "EventCancelled"),
    POSTPONED("postponed", "Reporté", "EventPostponed"),
    RESCHEDULED("rescheduled", "Date modifiée", "EventRescheduled");

    private final String headerValue;
    private final String label;
    private final String schemaOrg;

    EventStatus(String headerValue, String label, String schemaOrg) {
        this.headerValue = headerValue;
        this.label = label;
        this.schemaOrg = schemaOrg;
    }

    public static Optional<EventStatus> fromHeader(String value) {
        return Arrays.stream(values()).filter(s -> s.headerValue.equals(value)).findFirst();
    }

    public String headerValue() {
        return headerValue;
    }

    /** The French label shown on the site. */
    public String label() {
        return label;
    }

    /** Whether the session takes place at its date: scheduled, or rescheduled to it. */
    public boolean takesPlace() {
        return this == SCHEDULED || this == RESCHEDULED;
    }

    /** The schema.org {@code EventStatusType} member name. */
    public String schemaOrg() {
        return schemaOrg;
    }
}
