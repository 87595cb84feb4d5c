package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

/** Diagnostics about a site setting point at its line in {@code jbake.properties}, and say so when the command line set it. */
final class SettingDiagnostics {

    private SettingDiagnostics() {
    }

    static Diagnostic error(ValidationContext context, String key, String message) {
        boolean fromCommandLine = context.settings().isOverridden(key);
        return Diagnostic.error(context.settingsPath(), context.settings().lineOf(key),
                message + (fromCommandLine ? " (valeur donnée sur la ligne de commande : -D" + key + "=…)" : ""));
    }
}
