package fr.gouv.diplomatie.daect.programme.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The same commit builds the same bytes, whatever the machine's time zone, locale and clock. */
class ReproducibleCalendarsTest {

    @TempDir
    Path dir;

    @Test
    void sameBytesWhateverTheDefaultTimeZoneLocaleAndClock() throws Exception {
        CalendarProject project = CalendarProject.ofRepositoryContent(dir.resolve("project"));
        // The first build writes the lock, as an editor's would; the builds that follow use it as committed.
        project.build(Instant.parse("2026-11-27T08:30:00Z"), dir.resolve("first"));

        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        Map<String, byte[]> reference;
        Map<String, byte[]> elsewhere;
        Map<String, byte[]> arabic;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            Locale.setDefault(Locale.ROOT);
            reference = files(project.build(Instant.parse("2027-03-28T01:30:00Z"), dir.resolve("utc")));

            // Half-hour offset, summer time on the other side of the world, Turkish dotless i.
            TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            elsewhere = files(project.build(Instant.parse("2031-07-14T23:59:59Z"), dir.resolve("st-johns")));

            // Eastern Arabic digits and a zone 14 hours ahead of UTC.
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            arabic = files(project.build(Instant.parse("2026-12-31T12:00:00Z"), dir.resolve("kiritimati")));
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
        assertEquals(11, reference.size());
        assertEquals(reference.keySet(), elsewhere.keySet());
        assertEquals(reference.keySet(), arabic.keySet());
        for (String name : reference.keySet()) {
            assertArrayEquals(reference.get(name), elsewhere.get(name), name);
            assertArrayEquals(reference.get(name), arabic.get(name), name);
        }
        assertArrayEquals(reference.get("programme.ics"), Files.readAllBytes(dir.resolve("first/programme.ics")));
    }

    private static Map<String, byte[]> files(Path site) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
