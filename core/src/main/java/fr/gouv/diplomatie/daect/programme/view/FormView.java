package fr.gouv.diplomatie.daect.programme.view;

import fr.gouv.diplomatie.daect.programme.registration.FormField;
import fr.gouv.diplomatie.daect.programme.registration.FormProtocol;
import fr.gouv.diplomatie.daect.programme.registration.RegistrationForm;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;

/** The registration form as templates see it ({@code form} in every FreeMarker template). */
public final class FormView {

    public static final String THANK_YOU_PAGE = "inscription-merci.html";

    private final FormProtocol protocol;
    private final RegistrationForm fields;
    private final String siteHost;

    public FormView(SiteSettings settings) {
        this.protocol = FormProtocol.from(settings);
        this.fields = RegistrationForm.of(protocol);
        String host = settings.get(SiteSettings.SITE_HOST, "");
        this.siteHost = host.isEmpty() || host.endsWith("/") ? host : host + "/";
    }

    /** {@code action} of the form on a page whose way back to the site root is {@code root}. */
    public String action(String root) {
        return protocol.actionFrom(root);
    }

    public String getMethod() {
        return protocol.method();
    }

    public boolean isLocal() {
        return protocol.isLocal();
    }

    /**
     * Where the service sends the visitor after a plain (script-less) submission: the thank-you
     * page on {@code site.host}; for the local receiver, the page beside it on the same server,
     * since the preview does not run at {@code site.host}.
     */
    public String getNext() {
        return protocol.isLocal() ? THANK_YOU_PAGE : siteHost + THANK_YOU_PAGE;
    }

    public String getSubject() {
        return protocol.subject();
    }

    public String getGotchaField() {
        return protocol.gotchaField();
    }

    public String getSubjectField() {
        return protocol.subjectField();
    }

    public String getNextField() {
        return protocol.nextField();
    }

    public FormField field(String name) {
        return fields.field(name);
    }

    public FormField getEmail() {
        return fields.field(protocol.emailField());
    }

    /**
     * The Content-Security-Policy of every page (the layout's default): everything from the site
     * itself, no inline script or style, no plug-in, no {@code <base>} elsewhere; forms may post, and
     * scripts fetch, to the site and the configured form service only (the service then redirects to
     * the thank-you page of the site). {@code frame-ancestors} has no effect in a meta element: only the
     * host can send it, as a header.
     */
    public String getContentSecurityPolicy() {
        String service = protocol.cspSource().map(s -> " " + s).orElse("");
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'" + service + "; form-action 'self'" + service + "; "
                + "base-uri 'self'; object-src 'none'";
    }
}
