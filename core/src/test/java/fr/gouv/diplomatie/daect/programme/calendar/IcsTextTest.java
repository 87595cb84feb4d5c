package fr.gouv.diplomatie.daect.programme.calendar;

import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IcsTextTest {

    @Test
    void writesAComponentAsIcal4jDoesWhateverItsText() {
        VEvent event = new VEvent();
        event.add(new Uid("0f4c2a8e-5b1d-4e7a-9c3f-2d6b8a1e4f70"));
        event.add(new DtStart<>(ZonedDateTime.of(2021, 3, 17, 14, 0, 0, 0, ZoneId.of("Europe/Paris"))));
        event.add(new Summary("Virgules, points-virgules ; barres obliques \\ et « guillemets » : tout y passe"));
        // (A lone CR is where IcsText parts from ical4j on purpose: see ControlCharactersTest.)
        event.add((Description) new Description("Premier paragraphe ;\r\nligne suivante, \\n littéral\n\nSecond\nparagraphe 🎉")
                .add(new Language("fr")));
        event.add(new Location("Visioconférence, lien envoyé ; avant"));
        event.add(new Categories(new net.fortuna.ical4j.model.TextList("égalité", "jeunesse, sport")));
        event.add(new Url(URI.create("https://example.org/webinaires/a.html?x=1;y=2")));
        event.add(new XProperty("X-DAECT-NOTE", "texte, non échappé ; ici"));
        VAlarm alarm = new VAlarm(Duration.ofMinutes(-15));
        alarm.add(new Action("DISPLAY"));
        alarm.add(new Description("Rappel ; dans 15 minutes, \\ bientôt"));
        event.add(alarm);

        assertEquals(event.toString(), IcsText.of(event));
    }
}
