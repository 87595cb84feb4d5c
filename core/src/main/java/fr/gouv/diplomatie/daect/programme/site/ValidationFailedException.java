package fr.gouv.diplomatie.daect.programme.site;

import fr.gouv.diplomatie.daect.programme.validation.ValidationReport;

/** The sources have errors: nothing was baked. */
public final class ValidationFailedException extends Exception {

    private final ValidationReport report;

    public ValidationFailedException(ValidationReport report) {
        super("Le programme contient des erreurs : " + report.summary());
        this.report = report;
    }

    public ValidationReport report() {
        return report;
    }
}
