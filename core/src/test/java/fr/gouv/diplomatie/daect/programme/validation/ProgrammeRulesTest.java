package fr.gouv.diplomatie.daect.programme.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The programme as a whole: one webinar at a time, no session entered twice. */
class ProgrammeRulesTest {

    @TempDir
    Path dir;

    @Test
    void overlappingSessionsAreNamedTogether() {
        SampleProject project = new SampleProject(dir).session("a").session("b", "start=12:00", "end=13:00");
        assertEquals(List.of("content/webinaires/b.md:5: erreur: cette session (2021-03-10 de 12:00 à 13:00) a lieu en même temps que "
                + "content/webinaires/a.md (2021-03-10 de 10:00 à 12:30) ; corrigez la date ou les heures de l'une des deux"), project.validate());
    }

    @Test
    void aSessionInsideALongOneAfterAShortOneIsStillCaught() {
        SampleProject project = new SampleProject(dir).session("long", "start=09:00", "end=17:00")
                .session("court", "start=09:30", "end=10:00").session("apres", "start=11:00", "end=12:00");
        assertEquals(List.of(
                "content/webinaires/apres.md:5: erreur: cette session (2021-03-10 de 11:00 à 12:00) a lieu en même temps que "
                        + "content/webinaires/long.md (2021-03-10 de 09:00 à 17:00) ; corrigez la date ou les heures de l'une des deux",
                "content/webinaires/court.md:5: erreur: cette session (2021-03-10 de 09:30 à 10:00) a lieu en même temps que "
                        + "content/webinaires/long.md (2021-03-10 de 09:00 à 17:00) ; corrigez la date ou les heures de l'une des deux"),
                project.validate());
    }

    @Test
    void sessionsInDifferentZonesAreComparedAtTheSameInstant() {
        // 10:00 in Martinique is 15:00 in Paris: it overlaps a Paris session from 14:00 to 16:00.
        SampleProject project = new SampleProject(dir).session("paris", "start=14:00", "end=16:00")
                .session("martinique", "timezone=America/Martinique", "start=10:00", "end=11:00");
        assertEquals(List.of("content/webinaires/martinique.md:5: erreur: cette session (2021-03-10 de 10:00 à 11:00) a lieu en même temps que "
                + "content/webinaires/paris.md (2021-03-10 de 14:00 à 16:00) ; corrigez la date ou les heures de l'une des deux"), project.validate());
    }

    @Test
    void backToBackCancelledAndDraftSessionsDoNotOverlap() {
        SampleProject project = new SampleProject(dir).session("a").session("b", "start=12:30", "end=13:00")
                .session("annulee", "eventStatus=cancelled").session("reportee", "eventStatus=postponed")
                .session("brouillon", "status=draft");
        assertEquals(List.of(), project.validate());
    }

    @Test
    void theSameTitleTwiceOnOneDay() {
        SampleProject project = new SampleProject(dir).session("a", "title=La santé")
                .session("b", "title=La  Santé", "start=14:00", "end=15:00")
                .session("c", "title=La santé", "date=2021-03-11");
        assertEquals(List.of("content/webinaires/b.md:1: erreur: le titre « La  Santé » est déjà celui de content/webinaires/a.md le même jour "
                + "(2021-03-10) ; si c'est la même session, supprimez l'un des deux fichiers, sinon distinguez les titres"), project.validate());
    }
}
