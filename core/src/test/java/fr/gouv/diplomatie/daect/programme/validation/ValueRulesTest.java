package fr.gouv.diplomatie.daect.programme.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Values with a closed list (type, status, eventStatus, registration), dates, hours and time zones. */
class ValueRulesTest {

    @TempDir
    Path dir;

    @Test
    void aMisspeltEventStatusGetsTheIntendedValue() {
        SampleProject project = new SampleProject(dir).session("a", "eventStatus=canceled");
        assertEquals(List.of("content/webinaires/a.md:8: erreur: `eventStatus=canceled` : valeur inconnue ; vouliez-vous dire `cancelled` ?"),
                project.validate());
    }

    @Test
    void anUnknownValueFarFromAnyGetsTheList() {
        SampleProject project = new SampleProject(dir).session("a", "eventStatus=annulé", "registration=fermée");
        assertEquals(List.of(
                "content/webinaires/a.md:8: erreur: `eventStatus=annulé` : valeur inconnue ; valeurs possibles : scheduled, cancelled, postponed, rescheduled",
                "content/webinaires/a.md:9: erreur: `registration=fermée` : valeur inconnue ; valeurs possibles : open, closed"),
                project.validate());
    }

    @Test
    void anUnknownTypeOrStatus() {
        SampleProject project = new SampleProject(dir)
                .write("content/a.md", "title=À propos", "type=pgae", "status=publish", "~~~~~~");
        assertEquals(List.of(
                "content/a.md:2: erreur: `type=pgae` : valeur inconnue ; vouliez-vous dire `page` ?",
                "content/a.md:3: erreur: `status=publish` : valeur inconnue ; vouliez-vous dire `published` ?"),
                project.validate());
    }

    @Test
    void aDateThatDoesNotExist() {
        SampleProject project = new SampleProject(dir).session("a", "date=2021-02-30");
        assertEquals(List.of("content/webinaires/a.md:4: erreur: `date=2021-02-30` n'existe pas dans le calendrier ; "
                + "vérifiez le jour et le mois (format AAAA-MM-JJ, par exemple `date=2021-03-10`)"), project.validate());
    }

    @Test
    void aDateWrittenTheFrenchWayIsRewritten() {
        SampleProject project = new SampleProject(dir).session("a", "date=10/03/2021").session("b", "date=mercredi");
        assertEquals(List.of(
                "content/webinaires/a.md:4: erreur: `date=10/03/2021` n'est pas au format AAAA-MM-JJ ; écrivez `date=2021-03-10`",
                "content/webinaires/b.md:4: erreur: `date=mercredi` n'est pas une date au format AAAA-MM-JJ ; écrivez-la par exemple `date=2021-03-10`"),
                project.validate());
    }

    @Test
    void anHourThatDoesNotExist() {
        SampleProject project = new SampleProject(dir).session("a", "start=25:00");
        assertEquals(List.of("content/webinaires/a.md:5: erreur: `start=25:00` n'est pas une heure qui existe ; "
                + "les heures vont de 00:00 à 23:59 (format HH:mm, par exemple `start=10:00`)"), project.validate());
    }

    @Test
    void anHourWrittenTheFrenchWayIsRewritten() {
        SampleProject project = new SampleProject(dir).session("a", "start=9h", "end=11h30").session("b", "date=2021-03-11", "start=midi");
        assertEquals(List.of(
                "content/webinaires/a.md:5: erreur: `start=9h` n'est pas au format HH:mm ; écrivez `start=09:00`",
                "content/webinaires/a.md:6: erreur: `end=11h30` n'est pas au format HH:mm ; écrivez `end=11:30`",
                "content/webinaires/b.md:5: erreur: `start=midi` n'est pas une heure au format HH:mm ; écrivez-la par exemple `start=10:00`"),
                project.validate());
    }

    @Test
    void anEndThatIsNotAfterTheStart() {
        SampleProject project = new SampleProject(dir).session("a", "start=12:30", "end=10:00").session("b", "date=2021-03-11", "end=10:00");
        assertEquals(List.of(
                "content/webinaires/a.md:6: erreur: `end=10:00` n'est pas après `start=12:30` ; "
                        + "une session se termine après son début, le même jour : corrigez `start` ou `end`",
                "content/webinaires/b.md:6: erreur: `end=10:00` n'est pas après `start=10:00` ; "
                        + "une session se termine après son début, le même jour : corrigez `start` ou `end`"),
                project.validate());
    }

    @Test
    void aSessionOverEightHoursIsAWarningAndEightHoursIsFine() {
        SampleProject project = new SampleProject(dir).session("a", "start=08:00", "end=17:30")
                .session("b", "date=2021-03-11", "start=09:00", "end=17:00");
        ValidationReport report = project.report();
        assertEquals(List.of("content/webinaires/a.md:6: avertissement: la session dure 9 h 30, plus de 8 heures "
                + "(`start=08:00`, `end=17:30`) ; vérifiez `start` et `end`"), project.validate());
        assertEquals(0, report.errors());
        assertEquals(false, report.fails(false));
        assertEquals(true, report.fails(true));
    }

    @Test
    void anUnknownTimeZone() {
        SampleProject project = new SampleProject(dir).session("a", "timezone=Europe/Pari")
                .session("b", "date=2021-03-11", "timezone=Dakar").session("c", "date=2021-03-12", "timezone=heure de Paris");
        assertEquals(List.of(
                "content/webinaires/a.md:8: erreur: `timezone=Europe/Pari` : fuseau horaire inconnu ; vouliez-vous dire `Europe/Paris` ?",
                "content/webinaires/b.md:8: erreur: `timezone=Dakar` : fuseau horaire inconnu ; vouliez-vous dire `Africa/Dakar` ?",
                "content/webinaires/c.md:8: erreur: `timezone=heure de Paris` : fuseau horaire inconnu ; "
                        + "écrivez un nom de fuseau IANA, par exemple `Europe/Paris` ou `America/Martinique`"),
                project.validate());
    }

    @Test
    void aSessionInItsOwnTimeZoneIsAccepted() {
        SampleProject project = new SampleProject(dir).session("a", "timezone=America/Martinique");
        assertEquals(List.of(), project.validate());
    }
}
