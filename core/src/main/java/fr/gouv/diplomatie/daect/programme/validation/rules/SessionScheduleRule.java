package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.HeaderLine;
import fr.gouv.diplomatie.daect.programme.programme.SessionHeader;
import fr.gouv.diplomatie.daect.programme.programme.SessionReader;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.programme.HeaderValues;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A session's {@code date}, {@code start} and {@code end}: real values in the expected format,
 * the end after the start, and a warning for a session longer than {@value #LONGEST_HOURS} hours
 * (usually a typo such as 10:00–21:30 for 10:00–12:30).
 */
public final class SessionScheduleRule implements Rule {

    static final int LONGEST_HOURS = 8;
    /**
     * The days a session may be on: the zone rules Java ships are reliable over them, and a date outside is a typo
     * (1900 for 2021, 9999 as "some day"), which would make calendars and links no client reads.
     */
    public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2099, 12, 31);

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern FRENCH_DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO_TIME = Pattern.compile("\\d{2}:\\d{2}");
    /** 9:00, 10h30, 10h, 10.30: hours written the French way. */
    private static final Pattern LOOSE_TIME = Pattern.compile("(\\d{1,2})\\s*[hH:.]\\s*(\\d{2})?");

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        for (ContentFile file : context.files()) {
            if (!file.hasSeparator() || !SessionReader.isSession(file)) {
                continue;
            }
            file.line(SessionHeader.DATE).filter(l -> !l.value().isBlank()).ifPresent(line -> checkDate(file, line, report));
            Optional<LocalTime> start = file.line(SessionHeader.START).filter(l -> !l.value().isBlank())
                    .flatMap(line -> time(file, line, report));
            Optional<LocalTime> end = file.line(SessionHeader.END).filter(l -> !l.value().isBlank())
                    .flatMap(line -> time(file, line, report));
            if (start.isPresent() && end.isPresent()) {
                checkOrder(file, start.get(), end.get(), report);
            }
        }
    }

    private static void checkDate(ContentFile file, HeaderLine line, Consumer<Diagnostic> report) {
        String value = line.value();
        try {
            if (!inRange(HeaderValues.date(value))) {
                report.accept(Diagnostic.error(file.displayPath(), line.line(), "`date=" + value + "` est hors des dates acceptées, du "
                        + FIRST_DAY + " au " + LAST_DAY + " ; vérifiez l'année"));
            }
            return;
        } catch (DateTimeException e) {
            // explained below
        }
        String given = "`date=" + value + "` ";
        String message;
        Matcher french = FRENCH_DATE.matcher(value);
        if (ISO_DATE.matcher(value).matches()) {
            message = given + "n'existe pas dans le calendrier ; vérifiez le jour et le mois (format AAAA-MM-JJ, par exemple `date=2021-03-10`)";
        } else if (french.matches() && isDate(french.group(3) + "-" + pad(french.group(2)) + "-" + pad(french.group(1)))) {
            message = given + "n'est pas au format AAAA-MM-JJ ; écrivez `date=" + french.group(3) + "-" + pad(french.group(2)) + "-" + pad(french.group(1)) + "`";
        } else {
            message = given + "n'est pas une date au format AAAA-MM-JJ ; écrivez-la par exemple `date=2021-03-10`";
        }
        report.accept(Diagnostic.error(file.displayPath(), line.line(), message));
    }

    private static Optional<LocalTime> time(ContentFile file, HeaderLine line, Consumer<Diagnostic> report) {
        String value = line.value();
        try {
            return Optional.of(HeaderValues.time(value));
        } catch (DateTimeException e) {
            // explained below
        }
        String given = "`" + line.key() + "=" + value + "` ";
        String message;
        Matcher loose = LOOSE_TIME.matcher(value);
        if (ISO_TIME.matcher(value).matches()) {
            message = given + "n'est pas une heure qui existe ; les heures vont de 00:00 à 23:59 (format HH:mm, par exemple `"
                    + line.key() + "=10:00`)";
        } else if (loose.matches() && isTime(pad(loose.group(1)) + ":" + (loose.group(2) == null ? "00" : loose.group(2)))) {
            message = given + "n'est pas au format HH:mm ; écrivez `" + line.key() + "=" + pad(loose.group(1)) + ":"
                    + (loose.group(2) == null ? "00" : loose.group(2)) + "`";
        } else {
            message = given + "n'est pas une heure au format HH:mm ; écrivez-la par exemple `" + line.key() + "=10:00`";
        }
        report.accept(Diagnostic.error(file.displayPath(), line.line(), message));
        return Optional.empty();
    }

    private static void checkOrder(ContentFile file, LocalTime start, LocalTime end, Consumer<Diagnostic> report) {
        int line = file.lineOf(SessionHeader.END);
        String endText = "`end=" + SessionHeader.TIME_FORMAT.format(end) + "`";
        String startText = "`start=" + SessionHeader.TIME_FORMAT.format(start) + "`";
        if (!end.isAfter(start)) {
            report.accept(Diagnostic.error(file.displayPath(), line, endText + " n'est pas après " + startText
                    + " ; une session se termine après son début, le même jour : corrigez `start` ou `end`"));
            return;
        }
        Duration duration = Duration.between(start, end);
        if (duration.compareTo(Duration.ofHours(LONGEST_HOURS)) > 0) {
            report.accept(Diagnostic.warning(file.displayPath(), line, "la session dure " + hours(duration)
                    + ", plus de " + LONGEST_HOURS + " heures (" + startText + ", " + endText + ") ; vérifiez `start` et `end`"));
        }
    }

    public static boolean inRange(LocalDate date) {
        return !date.isBefore(FIRST_DAY) && !date.isAfter(LAST_DAY);
    }

    private static String hours(Duration duration) {
        long minutes = duration.toMinutesPart();
        return duration.toHours() + " h" + (minutes == 0 ? "" : " " + (minutes < 10 ? "0" : "") + minutes);
    }

    private static String pad(String number) {
        return number.length() == 1 ? "0" + number : number;
    }

    private static boolean isDate(String text) {
        try {
            HeaderValues.date(text);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isTime(String text) {
        try {
            HeaderValues.time(text);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
