package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A production build sends visitors' registrations (names, e-mail addresses) to {@code form.action}:
 * it must be set, and encrypted. Local builds may leave it empty (the preview's receiver is used).
 */
public final class ProductionFormRule implements Rule {

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        if (!context.production()) {
            return;
        }
        Optional<String> action = context.settings().get(SiteSettings.FORM_ACTION);
        if (action.isEmpty()) {
            report.accept(SettingDiagnostics.error(context, SiteSettings.FORM_ACTION, "construction de production : `form.action` est vide ; "
                    + "donnez l'adresse https:// du service de formulaire (`-Dform.action=https://…` ou dans jbake.properties)"));
        } else if (!action.get().toLowerCase(Locale.ROOT).startsWith("https://") || !SiteHostRule.isAbsoluteWebAddress(action.get())) {
            report.accept(SettingDiagnostics.error(context, SiteSettings.FORM_ACTION, "construction de production : `form.action="
                    + action.get() + "` n'est pas une adresse https:// ; les inscriptions doivent être envoyées chiffrées"));
        }
    }
}
