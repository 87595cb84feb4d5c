package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.programme.SessionHeader;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.Suggestions;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;
import fr.gouv.diplomatie.daect.programme.validation.Zones;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A session's own {@code timezone} must be an IANA zone name (calendars carry it as their TZID;
 * a fixed offset such as +01:00 would be wrong half of the year).
 */
public final class TimeZoneRule implements Rule {

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        for (ContentFile file : context.files()) {
            if (!file.hasSeparator()) {
                continue;
            }
            file.line(SessionHeader.TIMEZONE).filter(l -> !l.value().isBlank()).ifPresent(line -> {
                if (!isZone(line.value())) {
                    report.accept(Diagnostic.error(file.displayPath(), line.line(), message("`timezone=" + line.value() + "`", line.value())));
                }
            });
        }
    }

    public static boolean isZone(String value) {
        return Zones.isKnown(value);
    }

    /** The message for an unknown zone, shared with the check of {@code programme.timezone}. */
    public static String message(String given, String value) {
        return suggestion(value)
                .map(zone -> given + " : fuseau horaire inconnu ; vouliez-vous dire `" + zone + "` ?")
                .orElseGet(() -> given + " : fuseau horaire inconnu ; écrivez un nom de fuseau IANA, par exemple `Europe/Paris` ou `America/Martinique`");
    }

    /** A city alone ("Dakar") names its zone; otherwise the nearest zone name. */
    static Optional<String> suggestion(String value) {
        List<String> sorted = Zones.sorted();
        String city = "/" + value.strip().replace(' ', '_').toLowerCase(Locale.ROOT);
        Optional<String> byCity = sorted.stream().filter(z -> z.toLowerCase(Locale.ROOT).endsWith(city)).findFirst();
        return byCity.isPresent() ? byCity : Suggestions.nearest(value, sorted);
    }
}
