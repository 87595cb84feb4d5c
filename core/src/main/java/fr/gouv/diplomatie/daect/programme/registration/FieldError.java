package fr.gouv.diplomatie.daect.programme.registration;

/**
 * A field the form service refused, as Formspree reports it in its JSON answer
 * ({@code {"errors":[{"field":…,"message":…,"code":…}]}}); the message is in French, for the visitor.
 */
public record FieldError(String field, String message, String code) {

    public static final String REQUIRED = "REQUIRED_FIELD_MISSING";
    public static final String EMAIL = "TYPE_EMAIL";
    public static final String TOO_LONG = "TOO_LONG";
}
