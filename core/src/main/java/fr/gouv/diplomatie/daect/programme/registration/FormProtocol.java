package fr.gouv.diplomatie.daect.programme.registration;

import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * How the registration form talks to its form service, from the settings: Formspree's protocol
 * (Basin and Getform follow it too), whose special field names can be renamed for another service.
 * With no {@code form.action}, the form posts to the local receiver of the preview server, which
 * serves the site and the receiver from the same origin.
 */
public final class FormProtocol {

    public static final String ACTION = "form.action";
    public static final String METHOD = "form.method";
    public static final String SUBJECT = "form.subject";
    public static final String FIELD_EMAIL = "form.field.email";
    public static final String FIELD_GOTCHA = "form.field.gotcha";
    public static final String FIELD_SUBJECT = "form.field.subject";
    public static final String FIELD_NEXT = "form.field.next";

    /** The local receiver's address, relative to the site root (the preview serves the site at "/"). */
    public static final String LOCAL_RECEIVER = "_formulaire";
    /** The only method: personal data must never travel in an address, as a GET would put it. */
    public static final String POST = "post";

    private final URI action;
    private final String method;
    private final String emailField;
    private final String gotchaField;
    private final String subjectField;
    private final String nextField;
    private final String subject;

    private FormProtocol(URI action, String method, String emailField, String gotchaField, String subjectField, String nextField, String subject) {
        this.action = action;
        this.method = method;
        this.emailField = emailField;
        this.gotchaField = gotchaField;
        this.subjectField = subjectField;
        this.nextField = nextField;
        this.subject = subject;
    }

    /** Reads the settings; a {@code form.action} that is not an absolute http(s) address is refused (the validation reports it first). */
    public static FormProtocol from(SiteSettings settings) {
        URI action = settings.get(ACTION).map(value -> parseAction(value)
                .orElseThrow(() -> new IllegalArgumentException(ACTION + "=" + value + " n'est pas une adresse http(s) absolue"))).orElse(null);
        return new FormProtocol(action,
                settings.get(METHOD, POST).toLowerCase(Locale.ROOT),
                settings.get(FIELD_EMAIL, "email"),
                settings.get(FIELD_GOTCHA, "_gotcha"),
                settings.get(FIELD_SUBJECT, "_subject"),
                settings.get(FIELD_NEXT, "_next"),
                settings.get(SUBJECT, "Inscription aux webinaires de la DAECT"));
    }

    /** An absolute http or https address with a host and no fragment, or empty. */
    public static Optional<URI> parseAction(String value) {
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getFragment() == null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // reported as not an address below
        }
        return Optional.empty();
    }

    /** True when no form service is configured: the form posts to the preview's local receiver. */
    public boolean isLocal() {
        return action == null;
    }

    public Optional<URI> action() {
        return Optional.ofNullable(action);
    }

    /** The form's {@code action} on a page whose way back to the site root is {@code root}. */
    public String actionFrom(String root) {
        return isLocal() ? root + LOCAL_RECEIVER : action.toString();
    }

    /**
     * The CSP source allowing exactly the service: scheme, host, port and path (CSP ignores the
     * query; {@code ;} and {@code ,} would end the directive, so they are percent-encoded), or
     * empty for the local receiver, which {@code 'self'} already covers.
     */
    public Optional<String> cspSource() {
        if (isLocal()) {
            return Optional.empty();
        }
        String path = action.getRawPath() == null || action.getRawPath().isEmpty() ? "/" : action.getRawPath();
        String port = action.getPort() < 0 ? "" : ":" + action.getPort();
        String source = action.getScheme().toLowerCase(Locale.ROOT) + "://" + action.getHost().toLowerCase(Locale.ROOT) + port + path;
        return Optional.of(source.replace(";", "%3B").replace(",", "%2C"));
    }

    /** {@code post}: the validation refuses any other method. */
    public String method() {
        return method;
    }

    public String emailField() {
        return emailField;
    }

    public String gotchaField() {
        return gotchaField;
    }

    public String subjectField() {
        return subjectField;
    }

    public String nextField() {
        return nextField;
    }

    /** The subject of the e-mail the service sends to the secretariat. */
    public String subject() {
        return subject;
    }
}
