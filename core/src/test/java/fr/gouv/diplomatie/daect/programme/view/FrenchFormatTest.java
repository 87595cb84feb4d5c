package fr.gouv.diplomatie.daect.programme.view;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FrenchFormatTest {

    @Test
    void writesTheDayInFrenchWhateverTheDefaultLocale() {
        // Surefire runs these tests with an English default locale.
        assertEquals("Lundi 26 octobre 2020", FrenchFormat.day(LocalDate.of(2020, 10, 26)));
        assertEquals("mercredi 3 février 2021", FrenchFormat.dayInSentence(LocalDate.of(2021, 2, 3)));
    }

    @Test
    void writesHoursTheFrenchWayWithoutBreakingThem() {
        assertEquals("de 10\u00a0h\u00a000 à 12\u00a0h\u00a030", FrenchFormat.hours(LocalTime.of(10, 0), LocalTime.of(12, 30)));
        assertEquals("9\u00a0h\u00a005", FrenchFormat.time(LocalTime.of(9, 5)));
    }

    @Test
    void countsTheFrenchWayWhereOneIsSingularAndZeroIsNone() {
        assertEquals("aucun webinaire", FrenchFormat.count(0, "webinaire", "webinaires"));
        assertEquals("1 webinaire", FrenchFormat.count(1, "webinaire", "webinaires"));
        assertEquals("12 webinaires", FrenchFormat.count(12, "webinaire", "webinaires"));
    }
}
