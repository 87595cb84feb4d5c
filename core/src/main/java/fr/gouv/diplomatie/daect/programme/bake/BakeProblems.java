package fr.gouv.diplomatie.daect.programme.bake;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bake's problems in the editor's words: JBake's errors unwrapped, skipped files named, each problem once. */
final class BakeProblems {

    private static final java.util.regex.Pattern JBAKE_WRAPPING = java.util.regex.Pattern.compile(
            "^(Failed to render documents\\. Cause\\(s\\):\\s*)?(Failed to render file .*?\\. Cause: )?");

    static List<String> skippedFiles(List<ContentFile> files, InMemoryContentStore store) {
        return files.stream()
                .filter(file -> !store.contains(file.path()))
                .map(file -> file.displayPath() + " : ignoré par JBake (en-tête invalide ou type sans gabarit) ; "
                        + "vérifiez l'en-tête et la ligne " + ContentFile.SEPARATOR)
                .toList();
    }

    /** An error JBake reports, in our words: none for a page's, which the template engine has recorded. */
    static List<String> of(Throwable error) {
        return ProgrammeTemplateEngine.isPageFailure(error) ? List.of() : withoutJBakeWrapping(String.valueOf(error.getMessage()));
    }

    /**
     * JBake wraps each rendering error as "Failed to render file target/www.tmp/….html. Cause: …" under a
     * "Failed to render documents" heading: keep what our template engine said, which names the source file.
     */
    static List<String> withoutJBakeWrapping(String message) {
        List<String> problems = new ArrayList<>();
        for (String part : message.split("\n(?=Failed to render )")) {
            String text = JBAKE_WRAPPING.matcher(part.strip()).replaceFirst("").strip();
            if (!text.isEmpty()) {
                problems.add(text);
            }
        }
        return problems;
    }

    /**
     * Each problem once: a template's mistake is met by every page the template renders (each session page names
     * its own content file first), and 5,000 copies of it would hide the rest. The first page's message is kept,
     * with how many pages had the same.
     */
    static List<String> onceEach(List<String> problems) {
        Map<String, String> first = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String problem : problems) {
            int template = problem.indexOf(ProgrammeTemplateEngine.TEMPLATE_ERROR);
            String substance = template >= 0 ? problem.substring(template) : problem;
            first.putIfAbsent(substance, problem);
            counts.merge(substance, 1, Integer::sum);
        }
        return first.entrySet().stream()
                .map(problem -> counts.get(problem.getKey()) == 1 ? problem.getValue()
                        : problem.getValue() + "\n(la même erreur pour " + counts.get(problem.getKey()) + " pages)")
                .toList();
    }

    private BakeProblems() {
    }
}
