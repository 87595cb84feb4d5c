package fr.gouv.diplomatie.daect.programme.site;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.validation.ValidationReport;

import java.util.List;

/** The sources have errors: nothing was baked. */
public final class ValidationFailedException extends Exception {

    private final ValidationReport report;
    private final List<ContentFile> files;

    /** {@code files}: the content files validated, so that a diagnostic's line can be read again (the field it is on). */
    public ValidationFailedException(ValidationReport report, List<ContentFile> files) {
        super("Le programme contient des erreurs : " + report.summary());
        this.report = report;
        this.files = List.copyOf(files);
    }

    public ValidationReport report() {
        return report;
    }

    public List<ContentFile> files() {
        return files;
    }
}
