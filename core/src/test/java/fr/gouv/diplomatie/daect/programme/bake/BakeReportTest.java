package fr.gouv.diplomatie.daect.programme.bake;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BakeReportTest {

    private static BakeReport report() {
        Map<String, Integer> files = new LinkedHashMap<>();
        files.put("calendriers", 11);
        files.put("flux Atom", 1);
        Map<String, Duration> times = new LinkedHashMap<>();
        times.put("calendriers", Duration.ofMillis(1459));
        times.put("lecture des pages", Duration.ofMillis(625));
        return new BakeReport(Path.of("target/www"), 31, files, times, Duration.ofMillis(1725), Duration.ofMillis(5775));
    }

    @Test
    void theBuildLogSaysWhatWasWrittenAndHowLongItTookInSeconds() {
        assertEquals("31 pages HTML, 11 calendriers, 1 flux Atom en 5,8 s", report().contents());
    }

    @Test
    void theTimeOfEachStepIsKeptForWhoeverMeasuresTheBuild() {
        assertEquals("31 pages HTML, 11 calendriers (1459 ms), 1 flux Atom, lecture des pages (625 ms) en 5775 ms (JBake : 1725 ms)",
                report().summary());
    }
}
