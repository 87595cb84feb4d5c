package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.settings.LegalSettings;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.programme.HeaderValues;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.time.DateTimeException;
import java.util.function.Consumer;

/**
 * The facts of the legal pages that only the DAECT can confirm ({@link LegalSettings}): a production build
 * refuses to publish while one is empty (a local build shows it marked « à confirmer par la DAECT »); when given,
 * the date and the number of months must be what they claim to be.
 */
public final class LegalSettingsRule implements Rule {

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        SiteSettings settings = context.settings();
        if (context.production()) {
            for (LegalSettings.Setting setting : LegalSettings.REQUIRED) {
                if (settings.get(setting.key()).isEmpty()) {
                    report.accept(SettingDiagnostics.error(context, setting.key(), "`" + setting.key() + "` est vide : une construction "
                            + "de production exige " + setting.what() + " ; une fois l'information confirmée par la DAECT, écrivez-la dans "
                            + SiteSettings.FILE_NAME + " (`" + setting.example() + "`) ou sur la ligne de commande (`-D" + setting.key() + "=…`)"));
                }
            }
        }
        settings.get(LegalSettings.DECLARATION_DATE).ifPresent(date -> {
            try {
                HeaderValues.date(date);
            } catch (DateTimeException e) {
                report.accept(SettingDiagnostics.error(context, LegalSettings.DECLARATION_DATE, "`" + LegalSettings.DECLARATION_DATE + "=" + date
                        + "` n'est pas une date au format AAAA-MM-JJ ; écrivez par exemple `" + LegalSettings.DECLARATION_DATE
                        + "=2021-03-10`, ou laissez-la vide tant que la DAECT ne l'a pas confirmée"));
            }
        });
        settings.get(LegalSettings.RETENTION_MONTHS).filter(months -> !isMonths(months)).ifPresent(months ->
                report.accept(SettingDiagnostics.error(context, LegalSettings.RETENTION_MONTHS, "`" + LegalSettings.RETENTION_MONTHS + "=" + months
                        + "` n'est pas un nombre de mois ; écrivez un nombre entier, par exemple `" + LegalSettings.RETENTION_MONTHS
                        + "=12`, ou laissez-la vide tant que la DAECT ne l'a pas confirmée")));
    }

    /** A whole number of months, from 1 to 999: the page writes « au plus N mois ». */
    static boolean isMonths(String value) {
        return value.matches("[1-9]\\d{0,2}");
    }
}
