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
        assertEquals(List.of("jbake.properties:2: erreur: `site.host` est vide ; donnez l'adresse publique du site dans jbake.properties, "
                + "par exemple `site.host=https://www.example.org/webinaires/`, ou sur la ligne de commande : `-Dsite.host=https://…/`"),
                project("site.host=").validate());
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
        assertEquals(List.of("jbake.properties:4: erreur: form.action=http://formspree.io/f/mqkvbbyz : en production, le service de formulaire "
                        + "doit être en https, sinon les données des inscrits circulent en clair"),
                production("form.action=http://formspree.io/f/mqkvbbyz").validate());
        assertEquals(List.of(), production("form.action=https://formspree.io/f/mqkvbbyz").validate());
    }

    @Test
    void theProgrammeZoneAndToday() {
        assertEquals(List.of(
                "jbake.properties:3: erreur: `programme.timezone=Europe/Pariss` : fuseau horaire inconnu ; vouliez-vous dire `Europe/Paris` ?",
                "jbake.properties:4: erreur: `programme.today=2021-02-30` n'est pas une date au format AAAA-MM-JJ ; "
                        + "écrivez par exemple `programme.today=2021-03-10`, ou laissez-la vide"),
                project("programme.timezone=Europe/Pariss", "programme.today=2021-02-30").validate());
    }

    /** What a production build of the DAECT's site would be given: every fact confirmed, real addresses. */
    private static final String[] PRODUCTION = {
            "# Réglages",
            "site.host=https://webinaires.diplomatie.gouv.fr/",
            "contact.email=secretariat.dgm-aect@diplomatie.gouv.fr",
            "form.action=https://formspree.io/f/mqkvbbyz",
            "legal.director=Jeanne Martin, déléguée pour l'action extérieure des collectivités territoriales",
            "legal.host=GitHub Inc., 88 Colin P Kelly Jr Street, San Francisco, CA 94107, États-Unis",
            "privacy.dpo=dpd.dgm@diplomatie.gouv.fr",
            "privacy.legal.basis=le consentement des personnes inscrites (article 6.1.a du RGPD)",
            "privacy.retention.months=12",
            "accessibility.declaration.date=2021-03-10"};

    private SampleProject production(String... replaced) {
        String[] lines = PRODUCTION.clone();
        for (String line : replaced) {
            String key = line.substring(0, line.indexOf('=') + 1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].startsWith(key)) {
                    lines[i] = line;
                }
            }
        }
        return new SampleProject(dir).settings(lines).session("a").production();
    }

    @Test
    void aProductionBuildWithEveryFactConfirmedPasses() {
        assertEquals(List.of(), production().validate());
    }

    @Test
    void aProductionBuildRefusesTheExampleSiteHost() {
        String message = "erreur: `site.host=https://example.org/webinaires-daect/` est une adresse d'exemple : le site publié l'écrirait "
                + "dans les calendriers, l'abonnement `webcal://`, les adresses canoniques et le retour du formulaire d'inscription ; "
                + "donnez l'adresse réelle du site publié dans jbake.properties ou sur la ligne de commande : "
                + "`mvn package -Pproduction -Dsite.host=https://…/`";
        assertEquals(List.of("jbake.properties:2: " + message), production("site.host=https://example.org/webinaires-daect/").validate());
        assertEquals(List.of("jbake.properties:2: " + message + " (valeur donnée sur la ligne de commande : -Dsite.host=…)"),
                production().commandLine("site.host", "https://example.org/webinaires-daect/").validate());
        assertEquals(List.of("jbake.properties:2: erreur: `site.host=http://localhost:8820/` est une adresse d'exemple : le site publié "
                        + "l'écrirait dans les calendriers, l'abonnement `webcal://`, les adresses canoniques et le retour du formulaire "
                        + "d'inscription ; donnez l'adresse réelle du site publié dans jbake.properties ou sur la ligne de commande : "
                        + "`mvn package -Pproduction -Dsite.host=https://…/`"),
                production("site.host=http://localhost:8820/").validate());
        assertEquals(List.of(), project().validate(), "a local build keeps the example host");
    }

    @Test
    void aProductionBuildRefusesAnyOtherSettingLeftAtAnExample() {
        assertEquals(List.of("jbake.properties:3: erreur: `contact.email=secretariat@example.org` ressemble à une valeur d'exemple ; "
                        + "une construction de production la publierait telle quelle : écrivez la vraie valeur dans jbake.properties "
                        + "ou sur la ligne de commande (`-Dcontact.email=…`)",
                "jbake.properties:5: erreur: `legal.director=VOTRE_NOM` ressemble à une valeur d'exemple ; "
                        + "une construction de production la publierait telle quelle : écrivez la vraie valeur dans jbake.properties "
                        + "ou sur la ligne de commande (`-Dlegal.director=…`)",
                "jbake.properties:6: erreur: `legal.host=Nom de l'hébergeur, adresse postale` ressemble à une valeur d'exemple ; "
                        + "une construction de production la publierait telle quelle : écrivez la vraie valeur dans jbake.properties "
                        + "ou sur la ligne de commande (`-Dlegal.host=…`)",
                "jbake.properties:7: erreur: `privacy.dpo=…` ressemble à une valeur d'exemple ; "
                        + "une construction de production la publierait telle quelle : écrivez la vraie valeur dans jbake.properties "
                        + "ou sur la ligne de commande (`-Dprivacy.dpo=…`)"),
                production("contact.email=secretariat@example.org", "legal.director=VOTRE_NOM", "legal.host=Nom de l'hébergeur, adresse postale",
                        "privacy.dpo=…").validate());
    }

    @Test
    void aProductionBuildRefusesEachLegalFactTheDaectHasNotConfirmed() {
        assertEquals(List.of(
                        "jbake.properties:5: erreur: `legal.director` est vide : une construction de production exige le nom du directeur "
                                + "ou de la directrice de la publication, affiché dans les mentions légales ; une fois l'information confirmée "
                                + "par la DAECT, écrivez-la dans jbake.properties (`legal.director=Prénom Nom, fonction`) ou sur la ligne "
                                + "de commande (`-Dlegal.director=…`)",
                        "jbake.properties:6: erreur: `legal.host` est vide : une construction de production exige le nom et l'adresse de "
                                + "l'hébergeur du site, affichés dans les mentions légales ; une fois l'information confirmée par la DAECT, "
                                + "écrivez-la dans jbake.properties (`legal.host=Nom de l'hébergeur, adresse postale`) ou sur la ligne de "
                                + "commande (`-Dlegal.host=…`)",
                        "jbake.properties:7: erreur: `privacy.dpo` est vide : une construction de production exige le moyen de joindre le "
                                + "délégué à la protection des données (adresse électronique ou postale), affiché sur la page Données "
                                + "personnelles ; une fois l'information confirmée par la DAECT, écrivez-la dans jbake.properties "
                                + "(`privacy.dpo=adresse électronique ou postale du délégué`) ou sur la ligne de commande (`-Dprivacy.dpo=…`)",
                        "jbake.properties:8: erreur: `privacy.legal.basis` est vide : une construction de production exige la base légale "
                                + "du traitement des inscriptions, affichée sur la page Données personnelles ; une fois l'information "
                                + "confirmée par la DAECT, écrivez-la dans jbake.properties (`privacy.legal.basis=le consentement des "
                                + "personnes inscrites (article 6.1.a du RGPD)`) ou sur la ligne de commande (`-Dprivacy.legal.basis=…`)",
                        "jbake.properties:9: erreur: `privacy.retention.months` est vide : une construction de production exige la durée "
                                + "maximale de conservation des données des inscrits, en mois, affichée sur la page Données personnelles ; "
                                + "une fois l'information confirmée par la DAECT, écrivez-la dans jbake.properties "
                                + "(`privacy.retention.months=12`) ou sur la ligne de commande (`-Dprivacy.retention.months=…`)",
                        "jbake.properties:10: erreur: `accessibility.declaration.date` est vide : une construction de production exige la "
                                + "date de la déclaration d'accessibilité (AAAA-MM-JJ), affichée sur la page Accessibilité ; une fois "
                                + "l'information confirmée par la DAECT, écrivez-la dans jbake.properties "
                                + "(`accessibility.declaration.date=2021-03-10`) ou sur la ligne de commande (`-Daccessibility.declaration.date=…`)"),
                production("legal.director=", "legal.host=", "privacy.dpo=", "privacy.legal.basis=", "privacy.retention.months=",
                        "accessibility.declaration.date=").validate());
    }

    @Test
    void aLegalFactMissingFromTheFileIsAskedForAtTheTopOfIt() {
        SampleProject project = new SampleProject(dir).settings(java.util.Arrays.stream(PRODUCTION)
                .filter(line -> !line.startsWith("legal.host=")).toArray(String[]::new)).session("a").production();
        assertEquals(List.of("jbake.properties:1: erreur: `legal.host` est vide : une construction de production exige le nom et "
                        + "l'adresse de l'hébergeur du site, affichés dans les mentions légales ; une fois l'information confirmée par "
                        + "la DAECT, écrivez-la dans jbake.properties (`legal.host=Nom de l'hébergeur, adresse postale`) ou sur la "
                        + "ligne de commande (`-Dlegal.host=…`)"), project.validate());
        assertEquals(List.of(), project.commandLine("legal.host", "GitHub Inc., San Francisco").validate(), "given with -Dlegal.host");
    }

    @Test
    void aLocalBuildAcceptsTheUnconfirmedFactsButNotAWrongDateOrNumberOfMonths() {
        assertEquals(List.of(), project("legal.director=").validate());
        assertEquals(List.of(
                        "jbake.properties:9: erreur: `privacy.retention.months=douze` n'est pas un nombre de mois ; écrivez un nombre entier, "
                                + "par exemple `privacy.retention.months=12`, ou laissez-la vide tant que la DAECT ne l'a pas confirmée",
                        "jbake.properties:10: erreur: `accessibility.declaration.date=10/03/2021` n'est pas une date au format AAAA-MM-JJ ; "
                                + "écrivez par exemple `accessibility.declaration.date=2021-03-10`, ou laissez-la vide tant que la DAECT ne "
                                + "l'a pas confirmée"),
                new SampleProject(dir).settings(java.util.stream.Stream.concat(java.util.Arrays.stream(SETTINGS),
                                java.util.stream.Stream.of("legal.director=", "legal.host=", "privacy.retention.months=douze",
                                        "accessibility.declaration.date=10/03/2021")).toArray(String[]::new))
                        .session("a").validate());
    }
}
