package fr.gouv.diplomatie.daect.programme.assets;

import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Installs the front-end packages pinned in a {@code package-lock.json} with the system's {@code npm ci}, unless
 * {@code node_modules} already matches the lock file: the site's (the DSFR, Pagefind) at the project's root, and the
 * editors' web interface's (Decap CMS, 600 packages, for the preview and {@code -Dcms.publish=true} only) in
 * {@code cms/}, a project of its own so that the everyday build never installs it.
 */
public final class FrontEndInstaller {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    /** The editors' web interface's own npm project (Decap CMS). */
    public static final String EDITING_INTERFACE_DIR = "cms";

    private final Path projectDir;
    private final BuildLog log;
    private final List<String> command;
    private final Duration timeout;

    public FrontEndInstaller(Path projectDir, BuildLog log) {
        // --ignore-scripts: the DSFR's postinstall asks for an interactive setup we do not use.
        this(projectDir, log, List.of(npmExecutable(), "ci", "--ignore-scripts", "--no-audit", "--no-fund"), TIMEOUT);
    }

    /** The editing interface's packages (Decap CMS), in {@code cms/}: for the preview and {@code -Dcms.publish=true}. */
    public static FrontEndInstaller editingInterface(Path projectDir, BuildLog log) {
        return new FrontEndInstaller(projectDir.resolve(EDITING_INTERFACE_DIR), log);
    }

    /** With another command and time limit than npm's, for tests. */
    FrontEndInstaller(Path projectDir, BuildLog log, List<String> command, Duration timeout) {
        this.projectDir = projectDir;
        this.log = log;
        this.command = List.copyOf(command);
        this.timeout = timeout;
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
        log.info("Installation des paquets front-end : " + String.join(" ", command));
        // npm's output goes to a file, not a pipe: reading a pipe to its end lasts as long as npm runs,
        // so a time limit checked afterwards would never cut a hung npm short.
        Path output = Files.createTempFile("npm-ci-", ".log");
        try {
            run(output);
        } finally {
            Files.deleteIfExists(output);
        }
        return true;
    }

    private void run(Path output) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(projectDir.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        } catch (IOException e) {
            throw new IOException("npm est introuvable : installez Node.js 20 et npm (paquets Debian « nodejs » et « npm »), "
                    + "puis relancez la construction. Le DSFR est installé par npm depuis package-lock.json.", e);
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                throw new IOException("npm ci n'a pas fini en " + spoken(timeout) + " : il a été arrêté. Vérifiez l'accès au registre "
                        + "npm (réseau, proxy) puis relancez la construction. Ce que npm a écrit :\n" + Files.readString(output, StandardCharsets.UTF_8));
            }
            if (process.exitValue() != 0) {
                throw new IOException("npm ci a échoué :\n" + Files.readString(output, StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("npm ci interrompu", e);
        }
    }

    /** "10 minutes", "1 seconde". */
    private static String spoken(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % 60 == 0 && seconds > 0) {
            long minutes = seconds / 60;
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        return seconds + (seconds <= 1 ? " seconde" : " secondes");
    }

    private static String npmExecutable() {
        return System.getProperty("os.name", "").toLowerCase().contains("win") ? "npm.cmd" : "npm";
    }
}
