package fr.gouv.diplomatie.daect.programme.registration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registration form's fields, in page order. The template takes each field's type,
 * autofill token, {@code required} and {@code maxlength} from here, and the local receiver checks
 * submissions against the same definitions, so the two cannot drift apart.
 */
public final class RegistrationForm {

    public static final String LAST_NAME = "nom";
    public static final String FIRST_NAME = "prenom";
    public static final String ORGANISATION = "organisation";
    public static final String JOB = "fonction";
    /** One checkbox per session open for registration; several may be chosen. */
    public static final String SESSIONS = "webinaires";
    public static final String CONSENT = "consentement";

    private final Map<String, FormField> fields = new LinkedHashMap<>();

    /** @param emailField the e-mail field's name in the service's protocol ({@code email} for Formspree) */
    public RegistrationForm(String emailField) {
        add(FormField.text(LAST_NAME, "family-name", true, 100));
        add(FormField.text(FIRST_NAME, "given-name", true, 100));
        add(new FormField(emailField, "email", "email", true, 254, false));
        add(FormField.text(ORGANISATION, "organization", true, 200));
        add(FormField.text(JOB, "organization-title", false, 150));
        add(new FormField(SESSIONS, "checkbox", "", true, 300, true));
        add(new FormField(CONSENT, "checkbox", "", true, 10, false));
    }

    public static RegistrationForm of(FormProtocol protocol) {
        return new RegistrationForm(protocol.emailField());
    }

    private void add(FormField field) {
        fields.put(field.getName(), field);
    }

    public List<FormField> fields() {
        return List.copyOf(fields.values());
    }

    public Optional<FormField> find(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** The field of that name; an unknown name is a template mistake, reported by name. */
    public FormField field(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("champ de formulaire inconnu : " + name + " (connus : " + fields.keySet() + ")"));
    }
}
