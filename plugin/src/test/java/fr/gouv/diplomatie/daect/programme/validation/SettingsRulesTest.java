package fr.gouv.diplomatie.daect.programme.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Site settings, pointed at their line in jbake.properties. */
class SettingsRulesTest {

    @TempDir
    Path dir;

    private static final String[] SETTINGS = {
            "# Réglages",
            "site.host=https://example.org/webinaires/",
            "programme.timezone=Europe/Paris",
            "programme.today=",
            "contact.email=secretariat@example.org",
            "form.action="};

    private SampleProject project(String... replaced) {
        String[] lines = SETTINGS.clone();
        for (String line : replaced) {
            String key = line.substring(0, line.indexOf('=') + 1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].startsWith(key)) {
                    lines[i] = line;
                }
            }
        }
        return new SampleProject(dir).settings(lines).session("a");
    }

    @Test
    void theDefaultSettingsAreValid() {
        assertEquals(List.of(), project().validate());
    }

    @Test
    void aSiteHostThatIsNotAnAbsoluteAddress() {
        assertEquals(List.of("jbake.properties:2: erreur: `site.host=www.example.org/webinaires/` n'est pas une adresse absolue ; "
                        + "écrivez-la avec https:// et le nom du serveur, par exemple `site.host=https://www.example.org/webinaires/`"),
                project("site.host=www.example.org/webinaires/").validate());
    }

    @Test
    void aSiteHostWithoutItsFinalSlash() {
        assertEquals(List.of("jbake.properties:2: erreur: `site.host=https://example.org/webinaires` doit se terminer par `/` ; "
                        + "écrivez `site.host=https://example.org/webinaires/`"),
                project("site.host=https://example.org/webinaires").validate());
    }

    @Test
    void anEmptySiteHost() {
        assertEquals(List.of("jbake.properties:2: erreur: `site.host` est vide ; donnez l'adresse publique du site, "
                + "par exemple `site.host=https://www.example.org/webinaires/`"), project("site.host=").validate());
    }

    @Test
    void aValueFromTheCommandLineIsSaidToBe() {
        SampleProject project = project().commandLine("site.host", "/webinaires/");
        assertEquals(List.of("jbake.properties:2: erreur: `site.host=/webinaires/` n'est pas une adresse absolue ; "
                + "écrivez-la avec https:// et le nom du serveur, par exemple `site.host=https://www.example.org/webinaires/` "
                + "(valeur donnée sur la ligne de commande : -Dsite.host=…)"), project.validate());
    }

    @Test
    void aMalformedContactEmail() {
        assertEquals(List.of("jbake.properties:5: erreur: `contact.email=secretariat.dgm-aect@diplomatie` n'est pas une adresse électronique valide ; "
                        + "écrivez-la sous la forme `nom@domaine.fr`, sans espace"),
                project("contact.email=secretariat.dgm-aect@diplomatie").validate());
    }

    @Test
    void aMissingContactEmail() {
        assertEquals(List.of("jbake.properties:5: erreur: `contact.email` est vide : c'est l'adresse du secrétariat affichée sur chaque page "
                        + "et l'organisateur de chaque événement des calendriers ; écrivez par exemple `contact.email=secretariat.dgm-aect@diplomatie.gouv.fr`"),
                project("contact.email=").validate());
    }

    @Test
    void theFormServiceMustBeHttpsOnlyInProduction() {
        // The messages are FormServiceRule's (see FormServiceRuleTest): here, that the standard validation runs it.
        assertEquals(List.of(), project("form.action=http://localhost:8820/formulaire").validate());
        assertEquals(List.of("jbake.properties:6: erreur: form.action=http://formspree.io/f/mqkvbbyz : en production, le service de formulaire "
                        + "doit être en https, sinon les données des inscrits circulent en clair"),
                project("form.action=http://formspree.io/f/mqkvbbyz").production().validate());
        assertEquals(List.of(), project("form.action=https://formspree.io/f/mqkvbbyz").production().validate());
    }

    @Test
    void theProgrammeZoneAndToday() {
        assertEquals(List.of(
                "jbake.properties:3: erreur: `programme.timezone=Europe/Pariss` : fuseau horaire inconnu ; vouliez-vous dire `Europe/Paris` ?",
                "jbake.properties:4: erreur: `programme.today=2021-02-30` n'est pas une date au format AAAA-MM-JJ ; "
                        + "écrivez par exemple `programme.today=2021-03-10`, ou laissez-la vide"),
                project("programme.timezone=Europe/Pariss", "programme.today=2021-02-30").validate());
    }
}
