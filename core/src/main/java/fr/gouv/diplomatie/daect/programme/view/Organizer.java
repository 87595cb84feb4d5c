package fr.gouv.diplomatie.daect.programme.view;

/**
 * Who organises the webinars, for structured data: the organisation's full name (see
 * {@link fr.gouv.diplomatie.daect.programme.settings.Organisation}) and {@code contact.email}.
 */
public record Organizer(String name, String email) {

    public static final Organizer NONE = new Organizer("", "");

    public boolean isKnown() {
        return !name.isBlank();
    }
}
