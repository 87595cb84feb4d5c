package fr.gouv.diplomatie.daect.programme.validation;

import fr.gouv.diplomatie.daect.programme.validation.rules.FormServiceRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.HeaderSyntaxRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.RequiredKeysRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.SessionValuesRule;

import java.util.ArrayList;
import java.util.List;

/** Runs every rule over the sources and gathers all diagnostics at once. */
public final class ProgrammeValidator {

    private final List<Rule> rules;

    public ProgrammeValidator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of this project, in the order their messages are most useful. */
    public static ProgrammeValidator standard() {
        return new ProgrammeValidator(List.of(
                new HeaderSyntaxRule(),
                new RequiredKeysRule(),
                new SessionValuesRule(),
                new FormServiceRule()));
    }

    public ValidationReport validate(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(context, diagnostics::add);
        }
        return new ValidationReport(diagnostics, context.files().size());
    }
}
