package fr.gouv.diplomatie.daect.programme.authoring;

import java.util.List;

/** The session file was not written: every reason, in French, one line each. */
public final class InvalidSessionException extends Exception {

    private final List<String> problems;

    public InvalidSessionException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
