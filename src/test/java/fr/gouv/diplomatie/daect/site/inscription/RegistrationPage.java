package fr.gouv.diplomatie.daect.site.inscription;

import fr.gouv.diplomatie.daect.site.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The registration page as a visitor uses it: typing in labelled fields, ticking boxes by their labels. */
final class RegistrationPage {

    static final String PATH = "inscription.html";

    /** Someone registering; {@code fonction} may be empty (optional). */
    record Registrant(String nom, String prenom, String email, String organisation, String fonction) {

        static Registrant lea() {
            return new Registrant("N'Diaye", "Léa", "lea.ndiaye@dakar.sn", "Ville de Dakar", "Chargée de mission « coopération »");
        }

        Map<String, String> fields() {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("nom", nom);
            fields.put("prenom", prenom);
            fields.put("email", email);
            fields.put("organisation", organisation);
            fields.put("fonction", fonction);
            return fields;
        }
    }

    private final Browser browser;

    RegistrationPage(Browser browser) {
        this.browser = browser;
    }

    WebElement field(String name) {
        return browser.byId(name);
    }

    void fill(Registrant registrant) {
        registrant.fields().forEach((name, value) -> {
            WebElement input = field(name);
            input.clear();
            input.sendKeys(value);
        });
    }

    /** Ticks a box as a pointer user does: by its label (the DSFR draws the box over the input). */
    void tick(String id) {
        browser.find("label[for='" + id + "']").click();
    }

    void tickSession(String slug) {
        tick("webinaire-" + slug);
    }

    void consent() {
        tick("consentement");
    }

    void submit() {
        browser.find("#formulaire-inscription button[type=submit]").click();
    }

    WebElement sessionBox(String slug) {
        return browser.byId("webinaire-" + slug);
    }

    /** The value of a session's box: what the secretariat reads in the registration. */
    String sessionValue(String slug) {
        return sessionBox(slug).getAttribute("value");
    }

    /** The sessions a visitor can tick: their boxes enabled, their labels shown (the DSFR draws the box in the label). */
    List<String> offeredSessions() {
        return browser.findAll("input[name=webinaires]").stream()
                .filter(e -> e.isEnabled() && browser.find("label[for=" + e.getAttribute("id") + "]").isDisplayed())
                .map(e -> e.getAttribute("id").substring("webinaire-".length())).toList();
    }

    List<String> checkedSessions() {
        return browser.findAll("input[name=webinaires]").stream().filter(WebElement::isSelected)
                .map(e -> e.getAttribute("id").substring("webinaire-".length())).toList();
    }

    /** What the visitor sees in each text field. */
    Map<String, String> typed() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : List.of("nom", "prenom", "email", "organisation", "fonction")) {
            values.put(name, field(name).getAttribute("value"));
        }
        return values;
    }

    /** The error message shown on a field, or null. */
    String errorOf(String name) {
        List<WebElement> errors = browser.driver().findElements(By.id(name + "-erreur"));
        return errors.isEmpty() ? null : errors.get(0).getText();
    }

    List<String> fieldsInError() {
        return browser.findAll(".fr-message--error").stream().map(e -> e.getAttribute("id").replace("-erreur", "")).toList();
    }
}
