package fr.gouv.diplomatie.daect.programme.assets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontEndInstallerTest {

    @TempDir
    Path dir;

    private Path projectWithModules(Instant installed, Instant locked) throws IOException {
        Path project = Files.createDirectories(dir.resolve("projet"));
        Path modules = Files.createDirectories(dir.resolve("ailleurs/node_modules"));
        Files.writeString(modules.resolve(".package-lock.json"), "{}");
        Files.writeString(modules.resolve("paquet.js"), "// installé");
        Files.setLastModifiedTime(modules.resolve(".package-lock.json"), FileTime.from(installed));
        Files.writeString(project.resolve("package-lock.json"), "{}");
        Files.setLastModifiedTime(project.resolve("package-lock.json"), FileTime.from(locked));
        Files.createSymbolicLink(project.resolve("node_modules"), modules);
        return project;
    }

    @Test
    void packagesUpToDateThroughALinkAreUsedAsTheyAre() throws IOException {
        Path project = projectWithModules(Instant.parse("2026-01-02T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"));

        assertFalse(new FrontEndInstaller(project, message -> { }).install(), "nothing to install");
    }

    @Test
    void aLinkedNodeModulesIsNeverEmptiedByNpm() throws IOException {
        Path project = projectWithModules(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-02T00:00:00Z"));

        IOException failure = assertThrows(IOException.class, () -> new FrontEndInstaller(project, message -> { }).install());

        assertTrue(failure.getMessage().startsWith("node_modules est un lien vers "), failure.getMessage());
        assertEquals("// installé", Files.readString(dir.resolve("ailleurs/node_modules/paquet.js")), "the linked packages are left as they were");
    }
}
