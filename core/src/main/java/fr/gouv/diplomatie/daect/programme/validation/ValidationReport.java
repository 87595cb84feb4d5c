package fr.gouv.diplomatie.daect.programme.validation;

import java.util.List;

/** Every diagnostic of a validation run, sorted by file and line. */
public record ValidationReport(List<Diagnostic> diagnostics, int filesChecked) {

    public ValidationReport {
        diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }

    public boolean fails(boolean failOnWarning) {
        return errors() > 0 || (failOnWarning && warnings() > 0);
    }

    /** "2 erreurs, 1 avertissement dans 12 fichiers". */
    public String summary() {
        return plural(errors(), "erreur", "erreurs") + ", " + plural(warnings(), "avertissement", "avertissements")
                + " dans " + plural(filesChecked, "fichier", "fichiers");
    }

    private static String plural(long count, String one, String many) {
        return count + " " + (count <= 1 ? one : many);
    }
}
