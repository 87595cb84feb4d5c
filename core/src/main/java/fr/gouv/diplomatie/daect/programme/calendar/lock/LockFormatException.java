package fr.gouv.diplomatie.daect.programme.calendar.lock;

import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;

import java.util.List;

/** The lock cannot be used as it is; every problem names the file and the line. */
public final class LockFormatException extends Exception {

    private final List<Diagnostic> problems;

    public LockFormatException(List<Diagnostic> problems) {
        super(String.join("\n", problems.stream().map(Diagnostic::format).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Diagnostic> problems() {
        return problems;
    }
}
