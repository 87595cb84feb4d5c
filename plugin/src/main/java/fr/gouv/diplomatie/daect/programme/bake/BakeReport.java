package fr.gouv.diplomatie.daect.programme.bake;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** What a successful bake produced, for the build log. */
public record BakeReport(Path site, int pages, Map<String, Integer> stepFiles, Map<String, Duration> stepTimes,
                         Duration jbakeTime, Duration totalTime) {

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
