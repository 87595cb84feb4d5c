package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * {@code contact.email} becomes a {@code mailto:} link on every page and the organizer of every calendar
 * event (which {@code METHOD:PUBLISH} requires): it must be there and look like an address.
 */
public final class ContactEmailRule implements Rule {

    /** name@domain.tld, no spaces: what a mail client accepts, without trying to be RFC 5322. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[A-Za-z]{2,}");

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        context.settings().get(SiteSettings.CONTACT_EMAIL).ifPresentOrElse(email -> {
            if (!ADDRESS.matcher(email).matches()) {
                report.accept(SettingDiagnostics.error(context, SiteSettings.CONTACT_EMAIL, "`contact.email=" + email
                        + "` n'est pas une adresse électronique valide ; écrivez-la sous la forme `nom@domaine.fr`, sans espace"));
            }
        }, () -> report.accept(SettingDiagnostics.error(context, SiteSettings.CONTACT_EMAIL,
                "`contact.email` est vide : c'est l'adresse du secrétariat affichée sur chaque page et l'organisateur de chaque "
                        + "événement des calendriers ; écrivez par exemple `contact.email=secretariat.dgm-aect@diplomatie.gouv.fr`")));
    }
}
