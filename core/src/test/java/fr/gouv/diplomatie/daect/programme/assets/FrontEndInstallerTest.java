package fr.gouv.diplomatie.daect.programme.assets;

import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

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

        assertFalse(new FrontEndInstaller(project, BuildLog.silent()).install(), "nothing to install");
    }

    @Test
    void aLinkedNodeModulesIsNeverEmptiedByNpm() throws IOException {
        Path project = projectWithModules(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-02T00:00:00Z"));

        IOException failure = assertThrows(IOException.class, () -> new FrontEndInstaller(project, BuildLog.silent()).install());

        assertTrue(failure.getMessage().startsWith("node_modules est un lien vers "), failure.getMessage());
        assertEquals("// installé", Files.readString(dir.resolve("ailleurs/node_modules/paquet.js")), "the linked packages are left as they were");
    }

    private Path projectToInstall() throws IOException {
        Path project = Files.createDirectories(dir.resolve("neuf"));
        Files.writeString(project.resolve("package-lock.json"), "{}");
        return project;
    }

    @Test
    @Timeout(20)
    void aHungNpmIsStoppedAtTheTimeLimitWithWhatItWrote() throws IOException {
        Path project = projectToInstall();
        FrontEndInstaller installer = new FrontEndInstaller(project, BuildLog.silent(),
                List.of("sh", "-c", "echo 'npm http fetch GET registry.npmjs.org'; exec sleep 60"), Duration.ofSeconds(1));

        IOException failure = assertThrows(IOException.class, installer::install);

        assertEquals("npm ci n'a pas fini en 1 seconde : il a été arrêté. Vérifiez l'accès au registre npm (réseau, proxy) "
                + "puis relancez la construction. Ce que npm a écrit :\nnpm http fetch GET registry.npmjs.org\n", failure.getMessage());
    }

    @Test
    void aFailingNpmSaysWhatItWrote() throws IOException {
        Path project = projectToInstall();
        FrontEndInstaller installer = new FrontEndInstaller(project, BuildLog.silent(),
                List.of("sh", "-c", "echo 'npm ERR! 404 Not Found'; exit 1"), Duration.ofMinutes(1));

        IOException failure = assertThrows(IOException.class, installer::install);

        assertEquals("npm ci a échoué :\nnpm ERR! 404 Not Found\n", failure.getMessage());
    }
}
