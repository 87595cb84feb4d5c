package fr.gouv.diplomatie.daect.programme.bake;

import java.util.List;

/** The bake failed; {@link #problems()} lists every reason, one line each, naming the file. */
public final class BakeException extends Exception {

    private final List<String> problems;

    public BakeException(List<String> problems) {
        super("La cuisson du site a échoué :\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
