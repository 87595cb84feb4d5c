package fr.gouv.diplomatie.daect.programme.validation;

import java.util.Comparator;

/**
 * One problem found in the sources, printed as {@code path/from/root:LINE: erreur: message}.
 *
 * @param file    the path from the repository root, with forward slashes
 * @param line    1-based line, or 0 when the problem concerns the whole file
 */
public record Diagnostic(String file, int line, Severity severity, String message) {

    /**
     * By file, then line. The sort is stable: on one line, diagnostics keep the order of the rules
     * and of the text (tags in the order they are written).
     */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line);

    public static Diagnostic error(String file, int line, String message) {
        return new Diagnostic(file, line, Severity.ERROR, message);
    }

    public static Diagnostic warning(String file, int line, String message) {
        return new Diagnostic(file, line, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String format() {
        return file + ":" + Math.max(line, 1) + ": " + severity.label() + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
