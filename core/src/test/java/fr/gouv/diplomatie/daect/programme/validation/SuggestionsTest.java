package fr.gouv.diplomatie.daect.programme.validation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SuggestionsTest {

    @Test
    void distanceCountsInsertionsDeletionsSubstitutionsAndSwaps() {
        assertEquals(0, Suggestions.distance("date", "date"));
        assertEquals(1, Suggestions.distance("canceled", "cancelled"));
        assertEquals(1, Suggestions.distance("titel", "title"));
        assertEquals(1, Suggestions.distance("sante", "santé"));
        assertEquals(3, Suggestions.distance("", "end"));
    }

    @Test
    void nearestIgnoresCaseAndRefusesFarWords() {
        List<String> keys = List.of("title", "type", "status", "start", "end");
        assertEquals(Optional.of("title"), Suggestions.nearest("Title", keys));
        assertEquals(Optional.of("status"), Suggestions.nearest("statut", keys));
        assertEquals(Optional.empty(), Suggestions.nearest("lieu", keys));
    }
}
