package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.ProgrammeValidator;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormServiceRuleTest {

    @TempDir
    Path project;

    /** Validates a jbake.properties whose third line is {@code form.action=…}, as the build would. */
    private List<Diagnostic> check(String action, boolean production, Map<String, String> commandLine) throws Exception {
        Files.writeString(project.resolve("jbake.properties"), "# Réglages\nsite.host=https://www.diplomatie.gouv.fr/webinaires/\nform.action="
                + action + "\nform.method=post\n", StandardCharsets.UTF_8);
        SiteSettings settings = SiteSettings.load(project, commandLine);
        List<Diagnostic> diagnostics = new ArrayList<>();
        new FormServiceRule().check(new ValidationContext(project, List.of(), settings, production), diagnostics::add);
        return diagnostics;
    }

    private List<String> messages(String action, boolean production) throws Exception {
        return check(action, production, Map.of()).stream().map(Diagnostic::format).toList();
    }

    @Test
    void aProductionBuildWithoutAServiceFailsOnTheLineOfTheSetting() throws Exception {
        List<String> messages = messages("", true);

        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("jbake.properties:3: erreur: form.action est vide : une construction de production exige l'adresse https"), messages.get(0));
    }

    @Test
    void aProductionBuildRefusesPlainHttp() throws Exception {
        List<String> messages = messages("http://formspree.io/f/mqkvbbyz", true);

        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("jbake.properties:3: erreur: form.action=http://formspree.io/f/mqkvbbyz : en production, le service de formulaire doit être en https"), messages.get(0));
    }

    @Test
    void aProductionBuildRefusesAPlaceholderLeftInPlace() throws Exception {
        for (String placeholder : List.of("https://formspree.io/f/VOTRE_IDENTIFIANT", "https://formspree.io/f/xxxxxxxx",
                "https://example.org/formulaire", "https://formulaire.example/f/1", "https://formspree.io/f/your-form-id",
                "https://localhost:8820/_formulaire", "https://127.0.0.1/_formulaire", "https://formspree.io/f/TODO")) {
            List<String> messages = messages(placeholder, true);
            assertEquals(1, messages.size(), placeholder + " " + messages);
            assertTrue(messages.get(0).contains("ressemble à une adresse d'exemple"), messages.get(0));
        }
    }

    @Test
    void aRealHttpsServicePassesInProduction() throws Exception {
        assertEquals(List.of(), messages("https://formspree.io/f/mqkvbbyz", true));
        assertEquals(List.of(), messages("https://usebasin.com/f/3f9c2a7d1b4e", true));
    }

    @Test
    void outsideProductionTheLocalReceiverAndPlainHttpAreFine() throws Exception {
        assertEquals(List.of(), messages("", false));
        assertEquals(List.of(), messages("http://127.0.0.1:41234/_formulaire", false));
    }

    @Test
    void somethingThatIsNotAnAddressIsAlwaysAnError() throws Exception {
        List<String> messages = messages("formspree.io/f/mqkvbbyz", false);

        assertEquals(List.of("jbake.properties:3: erreur: form.action=formspree.io/f/mqkvbbyz n'est pas une adresse web complète ; "
                + "écrivez l'adresse du service de formulaire, par exemple https://formspree.io/f/abcdwxyz"), messages);
    }

    @Test
    void getIsNeverAllowedForPersonalData() throws Exception {
        Files.writeString(project.resolve("jbake.properties"), "form.action=\nform.method=get\n", StandardCharsets.UTF_8);
        List<Diagnostic> diagnostics = new ArrayList<>();
        new FormServiceRule().check(new ValidationContext(project, List.of(), SiteSettings.load(project, Map.of()), false), diagnostics::add);

        assertEquals(1, diagnostics.size());
        assertEquals(2, diagnostics.get(0).line());
        assertTrue(diagnostics.get(0).message().contains("toujours avec la méthode post"), diagnostics.get(0).message());
    }

    @Test
    void aValueFromTheCommandLineIsSaidToComeFromThere() throws Exception {
        List<Diagnostic> diagnostics = check("https://formspree.io/f/mqkvbbyz", true, Map.of("form.action", "http://formspree.io/f/mqkvbbyz"));

        assertEquals(1, diagnostics.size());
        assertTrue(diagnostics.get(0).message().contains("(donné en ligne de commande par -Dform.action)"), diagnostics.get(0).message());
    }

    @Test
    void theStandardValidatorRunsTheRule() throws Exception {
        // Valid other settings, so that the form service is the only problem.
        Files.writeString(project.resolve("jbake.properties"), "form.action=\nsite.host=https://webinaires.diplomatie.gouv.fr/\ncontact.email=secretariat.dgm-aect@diplomatie.gouv.fr\n"
                + "legal.director=Jeanne Martin\nlegal.host=GitHub Inc.\nprivacy.dpo=dpd@diplomatie.gouv.fr\nprivacy.legal.basis=consentement\n"
                + "privacy.retention.months=12\naccessibility.declaration.date=2021-03-10\n",
                StandardCharsets.UTF_8);
        var report = ProgrammeValidator.standard().validate(new ValidationContext(project, List.of(), SiteSettings.load(project, Map.of()), true));

        assertEquals(1, report.errors());
        assertTrue(report.diagnostics().get(0).format().startsWith("jbake.properties:1: erreur: form.action est vide"));
    }
}
