package fr.gouv.diplomatie.daect.programme.preview;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreviewPagesTest {

    private static final String PAGE = "<!DOCTYPE html><html lang=\"fr\"><head><title>Santé</title></head><body><h1>Santé mondiale</h1></body></html>";

    @Test
    void whileTheFirstBuildRunsEveryPageSaysSoAndReloadsItselfThenThePagesAreServed() {
        BuildStatus status = new BuildStatus();
        PreviewPages pages = new PreviewPages(status);

        String building = pages.apply(PAGE);
        assertTrue(building.contains("<h1>Construction du site en cours…</h1>"), building);
        assertFalse(building.contains("Santé mondiale"), "the page of an earlier preview's site is not shown: " + building);
        assertTrue(building.contains(LiveReload.SCRIPT + "\" data-build=\"" + status.id() + "\""), building);

        status.publish(BuildResult.success("site entier"));
        String served = pages.apply(PAGE);
        assertTrue(served.contains("<h1>Santé mondiale</h1>"), served);
        assertTrue(served.contains("data-build=\"" + status.id() + "\""), served);

        status.publish(BuildResult.failure("site entier", List.of("content/webinaires/sante.md:3 : date invalide")));
        assertTrue(pages.apply(PAGE).contains("<h1>Santé mondiale</h1>"), "after a failed rebuild: the last good page, under the overlay");
    }

    @Test
    void withProgrammeTodaySetThePagesCarryTheChosenMomentForTheirScriptsOtherwiseNothing() {
        BuildStatus status = new BuildStatus();
        status.publish(BuildResult.success("site entier"));
        java.time.Instant today = java.time.Instant.parse("2020-09-30T22:00:00Z");

        String chosen = new PreviewPages(status, () -> java.util.Optional.of(today)).apply(PAGE);
        assertTrue(chosen.contains("<meta name=\"daect-programme-today\" content=\"2020-09-30T22:00:00Z\">"), chosen);
        assertTrue(chosen.indexOf("daect-programme-today") < chosen.indexOf("</head>"), chosen);
        assertFalse(new PreviewPages(status, java.util.Optional::empty).apply(PAGE).contains("daect-programme-today"));
    }
}
