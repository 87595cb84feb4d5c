package fr.gouv.diplomatie.daect.programme.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the local receiver refuses, as a form service would: a required field missing or empty,
 * an e-mail address that cannot be one, a value longer than the field allows.
 */
public final class SubmissionCheck {

    /** Something@domain.tld: stricter than the browser's check (which takes name@intranet), like the services. */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");

    private final RegistrationForm form;

    public SubmissionCheck(RegistrationForm form) {
        this.form = form;
    }

    /** The errors in page order, none when the submission is acceptable. */
    public List<FieldError> check(Map<String, List<String>> values) {
        List<FieldError> errors = new ArrayList<>();
        for (FormField field : form.fields()) {
            List<String> given = values.getOrDefault(field.getName(), List.of()).stream().filter(v -> !v.isBlank()).toList();
            if (given.isEmpty()) {
                if (field.isRequired()) {
                    errors.add(new FieldError(field.getName(), missingMessage(field), FieldError.REQUIRED));
                }
                continue;
            }
            if (field.isEmail() && !EMAIL.matcher(given.get(0).strip()).matches()) {
                errors.add(new FieldError(field.getName(),
                        "Saisissez une adresse électronique valide, par exemple prenom.nom@exemple.fr.", FieldError.EMAIL));
            } else if (field.getMaxLength() > 0 && given.stream().anyMatch(v -> v.length() > field.getMaxLength())) {
                errors.add(new FieldError(field.getName(),
                        "Ce champ ne peut pas dépasser " + field.getMaxLength() + " caractères.", FieldError.TOO_LONG));
            }
        }
        return errors;
    }

    private static String missingMessage(FormField field) {
        return switch (field.getName()) {
            case RegistrationForm.SESSIONS -> "Choisissez au moins un webinaire.";
            case RegistrationForm.CONSENT -> "Cochez cette case pour accepter le traitement de vos données, sans quoi nous ne pouvons pas vous inscrire.";
            default -> "Ce champ est obligatoire.";
        };
    }
}
