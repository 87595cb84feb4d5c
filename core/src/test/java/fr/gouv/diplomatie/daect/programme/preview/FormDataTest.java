package fr.gouv.diplomatie.daect.programme.preview;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormDataTest {

    @Test
    void decodesUtf8PlusesAndRepeatedNamesInOrder() {
        FormData data = FormData.parse("nom=L%C3%A9a+N%27Diaye&webinaires=La+sant%C3%A9&webinaires=EXPE-CT&vide=&seul");

        assertEquals(Map.of("nom", List.of("Léa N'Diaye"), "webinaires", List.of("La santé", "EXPE-CT"),
                "vide", List.of(""), "seul", List.of("")), data.values());
        assertEquals(List.of("nom", "webinaires", "vide", "seul"), List.copyOf(data.values().keySet()));
        assertEquals("La santé", data.first("webinaires"));
        assertEquals("", data.first("absent"));
    }

    @Test
    void aBrokenEscapeIsKeptAsSent() {
        assertEquals("100%", FormData.parse("taux=100%").first("taux"));
    }

    @Test
    void anEmptyBodyHasNoField() {
        assertEquals(Map.of(), FormData.parse("").values());
    }
}
