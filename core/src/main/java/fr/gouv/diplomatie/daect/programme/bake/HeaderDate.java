package fr.gouv.diplomatie.daect.programme.bake;

import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.parser.ParserContext;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

/**
 * A header's {@code date}, read in the programme's zone ({@code programme.timezone}, which the baker puts into JBake's
 * configuration). JBake reads it in the JVM's default zone, so that a date would mean another day on a build machine
 * elsewhere; our Markdown engine reads it again after JBake, here, with JBake's pattern ({@code date.format}) and
 * leniency, in the programme's zone and the site's locale ({@code jvm.locale}) instead of the JVM's defaults.
 */
final class HeaderDate {

    private HeaderDate() {
    }

    /** Sets the context's date from its header, read in the programme's zone; leaves it as JBake left it otherwise. */
    static void readInProgrammeZone(ParserContext context) {
        if (!context.hasHeader()) {
            return;
        }
        JBakeConfiguration config = context.getConfig();
        for (String line : context.getFileLines()) {
            if (line.trim().equals(config.getHeaderSeparator())) {
                return;
            }
            String[] parts = line.split("=", 2);
            if (parts.length == 2 && parts[0].trim().equalsIgnoreCase("date")) {
                parse(parts[1].trim(), config).ifPresent(context::setDate);
            }
        }
    }

    static Optional<Date> parse(String value, JBakeConfiguration config) {
        Object zone = config.get(SiteSettings.TIMEZONE);
        if (zone == null) {
            return Optional.empty(); // a configuration not made by the baker: JBake's reading stands
        }
        SimpleDateFormat format = new SimpleDateFormat(config.getDateFormat(), locale(config));
        format.setTimeZone(TimeZone.getTimeZone(String.valueOf(zone)));
        try {
            return Optional.of(format.parse(value));
        } catch (ParseException e) {
            return Optional.empty(); // JBake has logged it
        }
    }

    private static Locale locale(JBakeConfiguration config) {
        String locale = config.getJvmLocale();
        return locale == null || locale.isBlank() ? Locale.ROOT : Locale.forLanguageTag(locale.replace('_', '-'));
    }
}
