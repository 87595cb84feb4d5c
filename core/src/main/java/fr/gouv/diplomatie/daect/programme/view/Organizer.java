package fr.gouv.diplomatie.daect.programme.view;

/**
 * Who organises the webinars, for structured data: {@code contact.organization} (falling back on
 * {@code contact.secretariat}) and {@code contact.email}.
 */
public record Organizer(String name, String email) {

    public static final Organizer NONE = new Organizer("", "");

    public boolean isKnown() {
        return !name.isBlank();
    }
}
