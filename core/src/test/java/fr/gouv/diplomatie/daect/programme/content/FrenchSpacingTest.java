package fr.gouv.diplomatie.daect.programme.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FrenchSpacingTest {

    @Test
    void theSpaceBeforeTheHighPunctuationAndInsideTheQuotesNeverBreaks() {
        assertEquals("Les appels à projets de la DAECT\u00a0: mode d'emploi",
                FrenchSpacing.of("Les appels à projets de la DAECT : mode d'emploi"));
        assertEquals("Le guide «\u00a0pas à pas\u00a0»\u00a0; enfin\u00a0! Et vous\u00a0?",
                FrenchSpacing.of("Le guide « pas à pas » ; enfin ! Et vous ?"));
    }

    @Test
    void onlySpacesAlreadyThereAreConverted() {
        assertEquals("https://www.diplomatie.gouv.fr à 10:00, «mot»", FrenchSpacing.of("https://www.diplomatie.gouv.fr à 10:00, «mot»"));
        String once = FrenchSpacing.of("Titre : sous-titre");
        assertEquals(once, FrenchSpacing.of(once));
    }
}
