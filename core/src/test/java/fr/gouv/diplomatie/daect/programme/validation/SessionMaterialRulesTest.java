package fr.gouv.diplomatie.daect.programme.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The headers of what a session offers besides its date: speakers, recording, documents. */
class SessionMaterialRulesTest {

    @TempDir
    Path dir;

    @Test
    void wellFormedSpeakersRecordingAndDocumentsPass() {
        SampleProject project = new SampleProject(dir).write("assets/documents/support-maroc.pdf", "pdf")
                .write("assets/documents/annexe.pdf", "pdf")
                .session("a", "speakers=Amina Benali (directrice, Agence marocaine de coopération); Jean-Marc Dupuis (chargé de mission, DAECT, Paris)",
                        "replay=https://www.dailymotion.com/video/x7abcd",
                        "documents=[Support de présentation, version 2](documents/support-maroc.pdf), documents/annexe.pdf");
        assertEquals(List.of(), project.validate());
    }

    @Test
    void aMalformedSpeakerIsNamedWithAnExample() {
        SampleProject project = new SampleProject(dir).session("a", "speakers=Amina Benali (directrice, AMCI); Jean-Marc Dupuis");
        assertEquals(List.of("content/webinaires/a.md:8: erreur: intervenant illisible « Jean-Marc Dupuis » : écrivez chacun "
                + "`Prénom Nom (fonction, organisation)`, séparés par `;`, par exemple `speakers=Amina Benali (directrice, Agence marocaine "
                + "de coopération); Jean-Marc Dupuis (chargé de mission, DAECT)`"), project.validate());
    }

    @Test
    void aRecordingMustBeAnHttpsAddress() {
        SampleProject project = new SampleProject(dir).session("a", "replay=http://www.dailymotion.com/video/x7")
                .session("b", "date=2021-03-11", "replay=https:// video");
        assertEquals(List.of(
                "content/webinaires/a.md:8: erreur: `replay=http://www.dailymotion.com/video/x7` : l'adresse doit commencer par `https://` "
                        + "(une adresse `http:` n'est pas sûre) ; donnez l'adresse de la vidéo, par exemple `replay=https://www.dailymotion.com/video/x7xxxxx`",
                "content/webinaires/b.md:8: erreur: `replay=https:// video` : ce n'est pas une adresse https complète ; donnez l'adresse de la vidéo, "
                        + "par exemple `replay=https://www.dailymotion.com/video/x7xxxxx`"), project.validate());
    }

    @Test
    void aMissingDocumentOrOneOutsideTheAssetsIsAnError() {
        SampleProject project = new SampleProject(dir).session("a", "documents=documents/support.pdf, ../jbake.properties");
        String example = " ; par exemple `documents=documents/support-maroc.pdf` pour le fichier `assets/documents/support-maroc.pdf`";
        assertEquals(List.of(
                "content/webinaires/a.md:8: erreur: document `documents/support.pdf` introuvable : le fichier `assets/documents/support.pdf` "
                        + "n'existe pas ; ajoutez-le au dépôt ou corrigez le chemin" + example,
                "content/webinaires/a.md:8: erreur: document `../jbake.properties` : donnez un chemin sous `assets/`, sans `..` ni `/` au début" + example),
                project.validate());
    }
}
