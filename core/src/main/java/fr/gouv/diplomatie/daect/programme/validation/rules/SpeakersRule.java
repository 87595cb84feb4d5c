package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.programme.SessionHeader;
import fr.gouv.diplomatie.daect.programme.programme.Speaker;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.util.function.Consumer;

/**
 * Each entry of {@code speakers} is {@code Prénom Nom (fonction, organisation)}: the page, the structured data
 * (a schema.org {@code Person} with its {@code jobTitle} and {@code affiliation}) and the calendars read it so.
 */
public final class SpeakersRule implements Rule {

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        for (ContentFile file : context.files()) {
            if (!file.hasSeparator()) {
                continue;
            }
            file.line(SessionHeader.SPEAKERS).ifPresent(line -> {
                for (String entry : Speaker.entries(line.value())) {
                    if (Speaker.parse(entry).isEmpty()) {
                        report.accept(Diagnostic.error(file.displayPath(), line.line(), "intervenant illisible « " + entry
                                + " » : écrivez chacun `Prénom Nom (fonction, organisation)`, séparés par `;`, par exemple `"
                                + Speaker.EXAMPLE + "`"));
                    }
                }
            });
        }
    }
}
