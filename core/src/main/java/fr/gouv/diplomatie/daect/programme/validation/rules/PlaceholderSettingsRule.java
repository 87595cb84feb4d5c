package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.registration.FormProtocol;
import fr.gouv.diplomatie.daect.programme.settings.LegalSettings;
import fr.gouv.diplomatie.daect.programme.settings.Placeholders;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.util.Set;
import java.util.function.Consumer;

/**
 * A production build publishes every site setting as it is: none may still hold an example (an address on
 * {@code example.org}, {@code VOTRE_…}, {@code …}, or the example line of the documentation). {@code site.host}
 * and {@code form.action} have rules of their own, with their own advice.
 */
public final class PlaceholderSettingsRule implements Rule {

    private static final Set<String> OWN_RULES = Set.of(SiteSettings.SITE_HOST, FormProtocol.ACTION);

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        if (!context.production()) {
            return;
        }
        SiteSettings settings = context.settings();
        settings.asMap().keySet().stream()
                .filter(key -> SiteSettings.isSiteKey(key) && !OWN_RULES.contains(key))
                .sorted()
                .forEach(key -> settings.get(key).filter(value -> isPlaceholder(key, value)).ifPresent(value ->
                        report.accept(SettingDiagnostics.error(context, key, "`" + key + "=" + value + "` ressemble à une valeur "
                                + "d'exemple ; une construction de production la publierait telle quelle : écrivez la vraie valeur dans "
                                + SiteSettings.FILE_NAME + " ou sur la ligne de commande (`-D" + key + "=…`)"))));
    }

    private static boolean isPlaceholder(String key, String value) {
        return Placeholders.isPlaceholder(value)
                || LegalSettings.REQUIRED.stream().anyMatch(s -> s.example().equals(key + "=" + value) && !isPlainExample(s));
    }

    /** Examples that are real values of the right form (a number, a date): only their form is an example. */
    private static boolean isPlainExample(LegalSettings.Setting setting) {
        return setting.key().equals(LegalSettings.RETENTION_MONTHS) || setting.key().equals(LegalSettings.DECLARATION_DATE)
                || setting.key().equals(LegalSettings.LEGAL_BASIS);
    }
}
