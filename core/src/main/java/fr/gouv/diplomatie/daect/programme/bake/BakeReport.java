package fr.gouv.diplomatie.daect.programme.bake;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** What a successful bake produced, for the build log, and what it made of the content files (for the next bake: see {@link CrawledContent}). */
public record BakeReport(Path site, int pages, Map<String, Integer> stepFiles, Map<String, Duration> stepTimes,
                         Duration jbakeTime, Duration totalTime, CrawledContent crawled) {

    /** A report of a bake whose content nothing will start from ({@link CrawledContent#NONE}). */
    public BakeReport(Path site, int pages, Map<String, Integer> stepFiles, Map<String, Duration> stepTimes,
                      Duration jbakeTime, Duration totalTime) {
        this(site, pages, stepFiles, stepTimes, jbakeTime, totalTime, CrawledContent.NONE);
    }

    /** What was written and how long it took, in words an editor reads: "31 pages HTML, 11 calendriers, 1 flux Atom en 5,8 s". */
    public String contents() {
        StringBuilder text = new StringBuilder();
        text.append(pages).append(pages == 1 ? " page HTML" : " pages HTML");
        stepFiles.forEach((name, count) -> text.append(", ").append(count).append(' ').append(name));
        return text.append(" en ").append(String.format(Locale.FRANCE, "%.1f s", totalTime.toMillis() / 1000.0)).toString();
    }

    /** The same with the time of each step, for whoever measures the build. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append(pages).append(pages == 1 ? " page HTML" : " pages HTML");
        stepFiles.forEach((name, count) -> text.append(", ").append(count).append(' ').append(name)
                .append(stepTimes.containsKey(name) ? " (" + stepTimes.get(name).toMillis() + " ms)" : ""));
        // Work shared by several steps (the pages read once for all of them).
        stepTimes.forEach((name, time) -> {
            if (!stepFiles.containsKey(name)) {
                text.append(", ").append(name).append(" (").append(time.toMillis()).append(" ms)");
            }
        });
        text.append(" en ").append(totalTime.toMillis()).append(" ms (JBake : ").append(jbakeTime.toMillis()).append(" ms)");
        return text.toString();
    }
}
