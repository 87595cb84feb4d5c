package fr.gouv.diplomatie.daect.programme.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteSettingsTest {

    @TempDir
    Path dir;

    @Test
    void theCommandLineWinsOverTheFile() throws Exception {
        Files.writeString(dir.resolve("jbake.properties"), "# réglages\nsite.host=https://example.org/\nform.action=\n");

        SiteSettings settings = SiteSettings.load(dir, Map.of("site.host", "https://daect.example/", "user.home", "/root"));

        assertEquals("https://daect.example/", settings.get("site.host").orElseThrow());
        assertTrue(settings.isOverridden("site.host"));
        assertTrue(settings.get("form.action").isEmpty(), "an empty value is no value");
        assertFalse(settings.asMap().containsKey("user.home"), "unrelated system properties stay out");
        assertEquals(2, settings.lineOf("site.host"));
    }

    @Test
    void theLegalSettingsCanBeGivenOnTheCommandLineEvenWhenTheFileLacksThem() throws Exception {
        Files.writeString(dir.resolve("jbake.properties"), "site.host=https://example.org/\nprivacy.retention.months=\n");

        SiteSettings settings = SiteSettings.load(dir, Map.of("legal.director", "Jeanne Martin, déléguée", "legal.host", "GitHub Inc.",
                "privacy.dpo", "dpd@example.fr", "privacy.retention.months", "12", "privacy.legal.basis", "consentement",
                "accessibility.declaration.date", "2021-03-10", "registration.closes.hours", "24"));

        assertEquals("Jeanne Martin, déléguée", settings.get("legal.director").orElseThrow());
        assertEquals("GitHub Inc.", settings.get("legal.host").orElseThrow());
        assertEquals("dpd@example.fr", settings.get("privacy.dpo").orElseThrow());
        assertEquals("12", settings.get("privacy.retention.months").orElseThrow());
        assertEquals("consentement", settings.get("privacy.legal.basis").orElseThrow());
        assertEquals("2021-03-10", settings.get("accessibility.declaration.date").orElseThrow());
        assertEquals("24", settings.get("registration.closes.hours").orElseThrow());
        assertTrue(settings.isOverridden("legal.director"));
        assertEquals(0, settings.lineOf("legal.director"), "not in the file");
        assertEquals(2, settings.lineOf("privacy.retention.months"));
    }

    @Test
    void programmeTodayFixesTheMomentTheProgrammeIsSeenFrom() throws Exception {
        Files.writeString(dir.resolve("jbake.properties"), "programme.timezone=Europe/Paris\n");
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

        assertEquals(Instant.parse("2026-11-27T10:00:00Z"), SiteSettings.load(dir, Map.of()).now(clock));
        assertEquals(Instant.parse("2020-09-30T22:00:00Z"), SiteSettings.load(dir, Map.of("programme.today", "2020-10-01")).now(clock));
    }
}
