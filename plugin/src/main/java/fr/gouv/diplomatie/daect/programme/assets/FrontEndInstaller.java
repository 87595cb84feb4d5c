package fr.gouv.diplomatie.daect.programme.assets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Installs the front-end packages pinned in {@code package-lock.json} (the DSFR) with the system's
 * {@code npm ci}, unless {@code node_modules} already matches the lock file.
 */
public final class FrontEndInstaller {

    private final Path projectDir;
    private final Consumer<String> log;

    public FrontEndInstaller(Path projectDir, Consumer<String> log) {
        this.projectDir = projectDir;
        this.log = log;
    }

    /** @return true when npm ran, false when the installed packages were already up to date */
    public boolean install() throws IOException {
        Path lock = projectDir.resolve("package-lock.json");
        if (!Files.isRegularFile(lock)) {
            throw new IOException("package-lock.json est introuvable dans " + projectDir + " : la version du DSFR doit y être fixée.");
        }
        Path stamp = projectDir.resolve("node_modules/.package-lock.json");
        if (Files.isRegularFile(stamp) && Files.getLastModifiedTime(stamp).compareTo(Files.getLastModifiedTime(lock)) >= 0) {
            return false;
        }
        Path modules = projectDir.resolve("node_modules");
        if (Files.isSymbolicLink(modules)) {
            // npm ci empties node_modules first: through a link, it would empty the folder linked to.
            throw new IOException("node_modules est un lien vers " + Files.readSymbolicLink(modules) + " et ses paquets ne correspondent "
                    + "pas à package-lock.json : npm ci viderait le dossier lié. Lancez npm ci dans ce dossier, ou remplacez le lien par un dossier.");
        }
        // --ignore-scripts: the DSFR's postinstall asks for an interactive setup we do not use.
        List<String> command = List.of(npmExecutable(), "ci", "--ignore-scripts", "--no-audit", "--no-fund");
        log.accept("Installation des paquets front-end : " + String.join(" ", command));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(projectDir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("npm est introuvable : installez Node.js 20 et npm (paquets Debian « nodejs » et « npm »), "
                    + "puis relancez la construction. Le DSFR est installé par npm depuis package-lock.json.", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IOException("npm ci a échoué :\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("npm ci interrompu", e);
        }
        return true;
    }

    private static String npmExecutable() {
        return System.getProperty("os.name", "").toLowerCase().contains("win") ? "npm.cmd" : "npm";
    }
}
