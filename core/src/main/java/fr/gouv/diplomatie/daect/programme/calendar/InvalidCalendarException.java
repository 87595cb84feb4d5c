package fr.gouv.diplomatie.daect.programme.calendar;

/** A generated calendar that ical4j finds invalid: the bake fails, naming the file. */
public final class InvalidCalendarException extends RuntimeException {

    public InvalidCalendarException(String message) {
        super(message);
    }
}
