package fr.gouv.diplomatie.daect.programme.preview;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of one rebuild of the preview.
 *
 * @param ok      false when the site could not be rebuilt (the previous one is still served)
 * @param summary one French sentence for the terminal and the error overlay's heading
 * @param details for a failure, each problem, with the field it is on when known
 */
public record BuildResult(boolean ok, String summary, List<Problem> details) {

    /**
     * One problem.
     *
     * @param text  as the build prints it ({@code file:line: erreur: message} for validation)
     * @param field the French label of the form field its line is on, for the overlay only
     */
    public record Problem(String text, Optional<String> field) {
    }

    public BuildResult {
        details = List.copyOf(details);
    }

    public static BuildResult success(String summary) {
        return new BuildResult(true, summary, List.of());
    }

    /** A failure whose problems are not on a field (templates, assets, the lock…). */
    public static BuildResult failure(String summary, List<String> problems) {
        return new BuildResult(false, summary, problems.stream().map(p -> new Problem(p, Optional.empty())).toList());
    }

    /** Each problem as the build prints it. */
    public List<String> problems() {
        return details.stream().map(Problem::text).toList();
    }
}
