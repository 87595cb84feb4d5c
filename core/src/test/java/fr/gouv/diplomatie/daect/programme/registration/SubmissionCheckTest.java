package fr.gouv.diplomatie.daect.programme.registration;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SubmissionCheckTest {

    private final SubmissionCheck check = new SubmissionCheck(new RegistrationForm("email"));

    private static Map<String, List<String>> complete() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("nom", List.of("Dupont"));
        values.put("prenom", List.of("Marie"));
        values.put("email", List.of("marie.dupont@lille.fr"));
        values.put("organisation", List.of("Ville de Lille"));
        values.put("webinaires", List.of("Mercredi 13 janvier 2021 — La santé"));
        values.put("consentement", List.of("oui"));
        return values;
    }

    @Test
    void aCompleteRegistrationPassesWithoutTheOptionalJob() {
        assertEquals(List.of(), check.check(complete()));
    }

    @Test
    void everyMissingOrBlankRequiredFieldIsReportedInPageOrder() {
        Map<String, List<String>> values = complete();
        values.remove("prenom");
        values.put("nom", List.of("   "));
        values.remove("webinaires");
        values.remove("consentement");

        List<FieldError> errors = check.check(values);

        assertEquals(List.of("nom", "prenom", "webinaires", "consentement"), errors.stream().map(FieldError::field).toList());
        assertEquals(FieldError.REQUIRED, errors.get(0).code());
        assertEquals("Ce champ est obligatoire.", errors.get(0).message());
        assertEquals("Choisissez au moins un webinaire.", errors.get(2).message());
    }

    @Test
    void anAddressWithoutADomainIsNotAnEmailEvenIfTheBrowserAcceptsIt() {
        for (String address : List.of("marie@intranet", "marie.dupont", "marie @lille.fr", "@lille.fr", "marie@lille.")) {
            Map<String, List<String>> values = complete();
            values.put("email", List.of(address));
            List<FieldError> errors = check.check(values);
            assertEquals(1, errors.size(), address);
            assertEquals("email", errors.get(0).field());
            assertEquals(FieldError.EMAIL, errors.get(0).code());
            assertEquals("Saisissez une adresse électronique valide, par exemple prenom.nom@exemple.fr.", errors.get(0).message());
        }
    }

    @Test
    void theEmailFieldIsTheProtocolsName() {
        SubmissionCheck renamed = new SubmissionCheck(new RegistrationForm("_replyto"));
        Map<String, List<String>> values = complete();
        values.put("_replyto", values.remove("email"));

        assertEquals(List.of(), renamed.check(values));
        assertEquals(List.of("_replyto"), renamed.check(complete()).stream().map(FieldError::field).toList());
    }

    @Test
    void aValueLongerThanItsFieldIsRefused() {
        Map<String, List<String>> values = complete();
        values.put("fonction", List.of("x".repeat(151)));

        List<FieldError> errors = check.check(values);

        assertEquals(List.of(new FieldError("fonction", "Ce champ ne peut pas dépasser 150 caractères.", FieldError.TOO_LONG)), errors);
    }
}
