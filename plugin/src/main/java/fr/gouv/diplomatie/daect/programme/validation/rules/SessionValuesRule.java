package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.programme.EventStatus;
import fr.gouv.diplomatie.daect.programme.programme.SessionHeader;
import fr.gouv.diplomatie.daect.programme.programme.SessionReader;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** The values of a session header can be read: a real date, real hours in order, a UUID, a known status. */
public final class SessionValuesRule implements Rule {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        for (ContentFile file : context.files()) {
            if (!file.hasSeparator() || !SessionReader.isSession(file)) {
                continue;
            }
            String path = file.displayPath();
            parse(file, SessionHeader.DATE, report, v -> LocalDate.parse(v, SessionHeader.DATE_FORMAT),
                    "n'est pas une date réelle ; écrivez-la AAAA-MM-JJ, par exemple 2021-03-10");
            LocalTime start = parse(file, SessionHeader.START, report, v -> LocalTime.parse(v, SessionHeader.TIME_FORMAT),
                    "n'est pas une heure ; écrivez-la HH:mm, par exemple 10:00");
            LocalTime end = parse(file, SessionHeader.END, report, v -> LocalTime.parse(v, SessionHeader.TIME_FORMAT),
                    "n'est pas une heure ; écrivez-la HH:mm, par exemple 12:30");
            if (start != null && end != null && !end.isAfter(start)) {
                report.accept(Diagnostic.error(path, file.lineOf(SessionHeader.END),
                        "end=" + file.value(SessionHeader.END).orElse("") + " n'est pas après start=" + file.value(SessionHeader.START).orElse("")
                                + " ; une session finit le jour où elle commence, après son début"));
            }
            file.line(SessionHeader.UID).filter(l -> !l.value().isBlank()).ifPresent(line -> {
                if (!UUID_TEXT.matcher(line.value()).matches()) {
                    report.accept(Diagnostic.error(path, line.line(), "uid=" + line.value()
                            + " n'est pas un UUID ; générez-en un avec « mvn programme:new-session » (exemple : " + UUID.nameUUIDFromBytes(path.getBytes()) + ")"));
                }
            });
            file.line(SessionHeader.TIMEZONE).filter(l -> !l.value().isBlank()).ifPresent(line -> {
                try {
                    ZoneId.of(line.value());
                } catch (DateTimeException e) {
                    report.accept(Diagnostic.error(path, line.line(), "timezone=" + line.value()
                            + " : fuseau horaire inconnu ; utilisez un nom IANA, par exemple Europe/Paris ou America/Martinique"));
                }
            });
            file.line(SessionHeader.EVENT_STATUS).filter(l -> !l.value().isBlank()).ifPresent(line -> {
                if (EventStatus.fromHeader(line.value()).isEmpty()) {
                    report.accept(Diagnostic.error(path, line.line(), "eventStatus=" + line.value()
                            + " : valeur inconnue ; valeurs possibles : scheduled, cancelled, postponed, rescheduled"));
                }
            });
        }
    }

    private static <T> T parse(ContentFile file, String key, Consumer<Diagnostic> report,
                               java.util.function.Function<String, T> parser, String advice) {
        var line = file.line(key);
        if (line.isEmpty() || line.get().value().isBlank()) {
            return null;
        }
        try {
            return parser.apply(line.get().value());
        } catch (DateTimeException e) {
            report.accept(Diagnostic.error(file.displayPath(), line.get().line(), key + "=" + line.get().value() + " " + advice));
            return null;
        }
    }
}
