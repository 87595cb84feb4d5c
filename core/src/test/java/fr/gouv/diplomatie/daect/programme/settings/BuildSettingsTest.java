package fr.gouv.diplomatie.daect.programme.settings;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The settings the pipeline reads, with the defaults a project without them gets. */
class BuildSettingsTest {

    static final Path PROJECT = Path.of("/projet");

    @Test
    void anEmptyProjectGetsTheDefaults() {
        BuildSettings settings = BuildSettings.of(PROJECT, SiteSettings.of(Map.of()));
        assertEquals(new BuildSettings(PROJECT.resolve("content"), PROJECT.resolve("assets"), PROJECT.resolve("templates"), "",
                "Webinaires", "", "", new BuildSettings.DsfrSelection(List.of(), List.of(), List.of(), true), "update"), settings);
    }

    @Test
    void theOrganisationFallsBackOnTheSecretariatAndListsAreTrimmed() {
        BuildSettings settings = BuildSettings.of(PROJECT, SiteSettings.of(Map.of("contact.secretariat", "Secrétariat",
                "dsfr.stylesheets", " dsfr.min.css , ,utility/icons.min.css", "dsfr.prune", "false", "content.folder", "pages")));
        assertEquals("Secrétariat", settings.organization());
        assertEquals(List.of("dsfr.min.css", "utility/icons.min.css"), settings.dsfr().stylesheets());
        assertFalse(settings.dsfr().prune());
        assertEquals(PROJECT.resolve("pages"), settings.contentDir());
    }

    @Test
    void theOrganisationIsNamedWithItsAcronymInBrackets() {
        BuildSettings settings = BuildSettings.of(PROJECT, SiteSettings.of(Map.of("contact.organization", "Délégation pour l’action extérieure",
                "contact.organization.acronym", "DAECT")));
        assertEquals("Délégation pour l’action extérieure (DAECT)", settings.organization());
    }
}
