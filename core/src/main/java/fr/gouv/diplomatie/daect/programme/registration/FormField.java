package fr.gouv.diplomatie.daect.programme.registration;

/**
 * One field of the registration form: what both the page (its attributes) and the receiver (its
 * checks) need to agree on. Labels and messages are site text: they live in the templates.
 * (A class with JavaBean getters rather than a record: templates read {@code field.name}.)
 */
public final class FormField {

    private final String name;
    private final String type;
    private final String autocomplete;
    private final boolean required;
    private final int maxLength;
    private final boolean multiple;

    /**
     * @param type         the input type ({@code text}, {@code email}) or {@code checkbox}
     * @param autocomplete the HTML autofill token, or empty
     * @param maxLength    the longest value accepted, 0 for no limit
     * @param multiple     true for a group of checkboxes sharing the name (several values)
     */
    public FormField(String name, String type, String autocomplete, boolean required, int maxLength, boolean multiple) {
        this.name = name;
        this.type = type;
        this.autocomplete = autocomplete;
        this.required = required;
        this.maxLength = maxLength;
        this.multiple = multiple;
    }

    public static FormField text(String name, String autocomplete, boolean required, int maxLength) {
        return new FormField(name, "text", autocomplete, required, maxLength, false);
    }

    public String getName() {
        return name;
    }

    public String getType() {
        return type;
    }

    public String getAutocomplete() {
        return autocomplete;
    }

    public boolean isRequired() {
        return required;
    }

    public int getMaxLength() {
        return maxLength;
    }

    public boolean isMultiple() {
        return multiple;
    }

    public boolean isEmail() {
        return "email".equals(type);
    }

    @Override
    public String toString() {
        return name;
    }
}
