package fr.gouv.diplomatie.daect.programme.preview;

import java.util.List;

/**
 * The outcome of one rebuild of the preview.
 *
 * @param ok       false when the site could not be rebuilt (the previous one is still served)
 * @param summary  one French sentence for the terminal and the error overlay's heading
 * @param problems for a failure, each problem as the build prints it ({@code file:line: erreur: message} for validation)
 */
public record BuildResult(boolean ok, String summary, List<String> problems) {

    public BuildResult {
        problems = List.copyOf(problems);
    }

    public static BuildResult success(String summary) {
        return new BuildResult(true, summary, List.of());
    }

    public static BuildResult failure(String summary, List<String> problems) {
        return new BuildResult(false, summary, problems);
    }
}
