package fr.gouv.diplomatie.daect.programme.programme;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Reads {@code date} ({@code yyyy-MM-dd}) and {@code start}/{@code end} ({@code HH:mm}) values as
 * strictly as {@link SessionHeader}'s formatters, by
 * hand: a formatter costs far more per value, which shows on thousands of files in a cold JVM.
 */
public final class HeaderValues {

    private HeaderValues() {
    }

    /** @throws DateTimeException when the text is not a real date written yyyy-MM-dd */
    public static LocalDate date(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw new DateTimeException("not yyyy-MM-dd: " + text);
        }
        return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
    }

    /** @throws DateTimeException when the text is not a real time written HH:mm */
    public static LocalTime time(String text) {
        if (text.length() != 5 || text.charAt(2) != ':') {
            throw new DateTimeException("not HH:mm: " + text);
        }
        return LocalTime.of(number(text, 0, 2), number(text, 3, 5));
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeException("not a digit in " + text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
