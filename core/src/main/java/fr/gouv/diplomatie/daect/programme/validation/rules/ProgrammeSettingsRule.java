package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.programme.HeaderValues;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.time.DateTimeException;
import java.util.function.Consumer;

/**
 * The programme's settings: {@code programme.timezone} a real zone, {@code programme.today} a real date,
 * {@code registration.closes.hours} a whole number of hours.
 */
public final class ProgrammeSettingsRule implements Rule {

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        context.settings().get(SiteSettings.TIMEZONE).ifPresent(zone -> {
            if (!TimeZoneRule.isZone(zone)) {
                report.accept(SettingDiagnostics.error(context, SiteSettings.TIMEZONE,
                        TimeZoneRule.message("`" + SiteSettings.TIMEZONE + "=" + zone + "`", zone)));
            }
        });
        context.settings().get(SiteSettings.TODAY).ifPresent(today -> {
            try {
                HeaderValues.date(today);
            } catch (DateTimeException e) {
                report.accept(SettingDiagnostics.error(context, SiteSettings.TODAY, "`" + SiteSettings.TODAY + "=" + today
                        + "` n'est pas une date au format AAAA-MM-JJ ; écrivez par exemple `programme.today=2021-03-10`, ou laissez-la vide"));
            }
        });
        context.settings().get(SiteSettings.REGISTRATION_CLOSES_HOURS).filter(v -> !v.isBlank()).ifPresent(hours -> {
            if (!hours.strip().matches("\\d{1,4}")) {
                report.accept(SettingDiagnostics.error(context, SiteSettings.REGISTRATION_CLOSES_HOURS, "`"
                        + SiteSettings.REGISTRATION_CLOSES_HOURS + "=" + hours + "` n'est pas un nombre d'heures ; écrivez par exemple `"
                        + SiteSettings.REGISTRATION_CLOSES_HOURS + "=24` (les inscriptions ferment 24 heures avant le début du webinaire)"));
            }
        });
    }
}
