package fr.gouv.diplomatie.daect.programme.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tags against the vocabulary kept in tags.properties, and the vocabulary itself. */
class TagRulesTest {

    @TempDir
    Path dir;

    @Test
    void anUnknownTagGetsTheNearestOne() {
        SampleProject project = new SampleProject(dir).session("a", "tags=santé, marocc");
        assertEquals(List.of(
                "content/webinaires/a.md:8: erreur: tag inconnu `santé` ; vouliez-vous dire `sante` ?",
                "content/webinaires/a.md:8: erreur: tag inconnu `marocc` ; vouliez-vous dire `maroc` ?"),
                project.validate());
    }

    @Test
    void aNewTagMustBeAddedToTheVocabulary() {
        SampleProject project = new SampleProject(dir).session("a", "tags=sante, Climat et énergie");
        assertEquals(List.of("content/webinaires/a.md:8: erreur: tag inconnu `Climat et énergie` ; choisissez un tag de tags.properties "
                + "ou ajoutez-y une ligne `climat-et-energie=Libellé en français`"), project.validate());
    }

    @Test
    void withoutVocabularyEveryTagIsUnknown() {
        SampleProject project = new SampleProject(dir).delete("tags.properties").session("a", "tags=sante");
        assertEquals(List.of("content/webinaires/a.md:8: erreur: tag inconnu `sante` : le vocabulaire tags.properties est absent "
                + "de la racine du dépôt ; créez-le avec une ligne `sante=Libellé en français` par tag"), project.validate());
    }

    @Test
    void theVocabularyItselfIsChecked() {
        SampleProject project = new SampleProject(dir)
                .write("tags.properties", "# vocabulaire", "sante=Santé", "Égalité=Égalité femmes-hommes", "sport=", "jeunesse", "sante=Santé publique");
        assertEquals(List.of(
                "tags.properties:3: erreur: `Égalité` n'est pas un nom de tag valide ; écrivez-le en minuscules, chiffres et tirets, par exemple `egalite`",
                "tags.properties:4: erreur: le tag `sport` n'a pas de libellé ; écrivez par exemple `sport=Libellé en français`",
                "tags.properties:5: erreur: `jeunesse` n'est pas une ligne `tag=Libellé` ; écrivez par exemple `jeunesse=jeunesse`",
                "tags.properties:6: erreur: le tag `sante` est déjà défini ligne 2 ; gardez une seule ligne"),
                project.validate());
    }
}
