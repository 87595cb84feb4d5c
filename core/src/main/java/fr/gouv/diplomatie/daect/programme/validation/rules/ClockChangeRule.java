package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.HeaderLine;
import fr.gouv.diplomatie.daect.programme.programme.SessionHeader;
import fr.gouv.diplomatie.daect.programme.programme.SessionReader;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.programme.HeaderValues;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;
import fr.gouv.diplomatie.daect.programme.validation.Zones;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A {@code start} or {@code end} that does not exist in the session's zone that day: the hour skipped when
 * clocks go forward (02:30 on 2021-03-28 in Paris). java.time would move it an hour later, and the session
 * would end before it starts in the calendars. A time of the hour that happens twice (autumn) is kept: it is
 * read with the earlier offset, summer time, as {@link java.time.ZonedDateTime#of} does.
 */
public final class ClockChangeRule implements Rule {

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        for (ContentFile file : context.files()) {
            if (!file.hasSeparator() || !SessionReader.isSession(file)) {
                continue;
            }
            Optional<LocalDate> date = file.value(SessionHeader.DATE).flatMap(ClockChangeRule::date)
                    .filter(SessionScheduleRule::inRange);
            Optional<ZoneId> zone = zone(file, context);
            if (date.isEmpty() || zone.isEmpty()) {
                continue; // reported by the rules of dates and zones
            }
            file.line(SessionHeader.START).ifPresent(line -> check(file, line, date.get(), zone.get(), report));
            file.line(SessionHeader.END).ifPresent(line -> check(file, line, date.get(), zone.get(), report));
        }
    }

    private static void check(ContentFile file, HeaderLine line, LocalDate date, ZoneId zone, Consumer<Diagnostic> report) {
        try {
            skipped(date.atTime(HeaderValues.time(line.value())), zone).ifPresent(transition -> {
                String before = SessionHeader.TIME_FORMAT.format(transition.getDateTimeBefore());
                String after = SessionHeader.TIME_FORMAT.format(transition.getDateTimeAfter());
                report.accept(Diagnostic.error(file.displayPath(), line.line(), "`" + line.key() + "=" + line.value()
                        + "` n'existe pas le " + date + " dans le fuseau `" + zone.getId() + "` : les horloges passent de "
                        + before + " à " + after + " cette nuit-là ; choisissez une heure avant " + before + " ou à partir de " + after));
            });
        } catch (DateTimeException e) {
            // not a time: reported by the schedule rule
        }
    }

    /** The clock change that skips {@code time} in {@code zone}, if that local time does not exist there. */
    public static Optional<ZoneOffsetTransition> skipped(LocalDateTime time, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(time);
        return transition != null && transition.isGap() ? Optional.of(transition) : Optional.empty();
    }

    private static Optional<ZoneId> zone(ContentFile file, ValidationContext context) {
        Optional<String> own = file.value(SessionHeader.TIMEZONE).filter(z -> !z.isBlank());
        return own.isPresent() ? own.filter(Zones::isKnown).map(ZoneId::of) : context.defaultZone();
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(HeaderValues.date(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
