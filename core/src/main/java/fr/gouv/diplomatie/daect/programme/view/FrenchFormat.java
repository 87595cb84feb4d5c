package fr.gouv.diplomatie.daect.programme.view;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and hours written the way French public sites write them, whatever the machine's locale. */
public final class FrenchFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.FRANCE);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRANCE);

    private FrenchFormat() {
    }

    /** "Lundi 26 octobre 2020" (capitalised, to start a sentence or a line). */
    public static String day(LocalDate date) {
        String text = date.format(DAY);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "lundi 26 octobre 2020", within a sentence. */
    public static String dayInSentence(LocalDate date) {
        return date.format(DAY);
    }

    /** "26 octobre 2020" (the accessibility declaration's date on the legal pages). */
    public static String dayMonthYear(LocalDate date) {
        return date.format(DAY_MONTH);
    }

    /** "14 h 00" (with non-breaking spaces, so that the hour never wraps). */
    public static String time(LocalTime time) {
        // By hand: String.format cost more than the rest of a session card, and the listings show thousands.
        int minute = time.getMinute();
        return time.getHour() + "\u00a0h\u00a0" + (minute < 10 ? "0" : "") + minute;
    }

    /** "heure de Paris" for Europe/Paris, else the zone's name: said next to every hour. */
    public static String zoneLabel(java.time.ZoneId zone) {
        return zone.getId().equals("Europe/Paris") ? "heure de Paris" : "heure de " + zone.getId();
    }

    /** "1 webinaire", "2 webinaires", "aucun webinaire" (French plural: one, or more than one). */
    public static String count(int n, String singular, String plural) {
        return n == 0 ? "aucun " + singular : n == 1 ? "1 " + singular : n + " " + plural;
    }

    /** "de 14 h 00 à 16 h 00". */
    public static String hours(LocalTime start, LocalTime end) {
        return "de " + time(start) + " à " + time(end);
    }

    /** « 850 octets », « 12 Ko », « 1,5 Mo » (binary units, as file managers count; a decimal comma). */
    public static String fileSize(long bytes) {
        if (bytes < 1024) {
            return bytes + "\u00a0octet" + (bytes > 1 ? "s" : "");
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + "\u00a0Ko";
        }
        long tenths = Math.round(bytes * 10.0 / (1024 * 1024));
        return (tenths / 10) + (tenths % 10 == 0 ? "" : "," + tenths % 10) + "\u00a0Mo";
    }

    /** « mardi 8 décembre 2020 à 10 h » (« à 10 h 30 » when the minutes are not zero). */
    public static String dayAndHour(java.time.ZonedDateTime moment) {
        int minute = moment.getMinute();
        String hour = moment.getHour() + "\u00a0h" + (minute == 0 ? "" : "\u00a0" + (minute < 10 ? "0" : "") + minute);
        return dayInSentence(moment.toLocalDate()) + " à " + hour;
    }
}
