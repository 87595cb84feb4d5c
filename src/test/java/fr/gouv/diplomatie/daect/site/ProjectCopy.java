package fr.gouv.diplomatie.daect.site;

import fr.gouv.diplomatie.daect.programme.assets.FrontEndInstaller;
import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.site.ValidatedContent;
import fr.gouv.diplomatie.daect.programme.site.SiteBuild;
import fr.gouv.diplomatie.daect.programme.validation.ValidationReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A copy of this repository's site sources (content, templates, assets, settings, vocabulary, lock)
 * that a test may edit as an editor would, then bake without the DSFR: for states the real
 * programme does not show, such as a cancelled session.
 */
final class ProjectCopy {

    private static final List<String> SOURCES = List.of("content", "templates", "assets", "jbake.properties", "tags.properties", "programme.lock");

    private final Path dir;
    private final Path output;

    ProjectCopy(String name) {
        Path target = Rebake.projectDir().toAbsolutePath().resolve("target").resolve(name);
        this.dir = target.resolve("projet");
        this.output = target.resolve("www");
        try {
            deleteRecursively(target);
            for (String source : SOURCES) {
                copy(Rebake.projectDir().resolve(source), dir.resolve(source));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The copy's root folder (the project). */
    Path dir() {
        return dir;
    }

    /**
     * What the editing interface needs besides the sources: the writing guide (its help texts) and Decap CMS,
     * through a link to the repository's cms/node_modules (500 MB, not copied).
     */
    ProjectCopy withEditingInterface() {
        try {
            Path guide = dir.resolve("docs/guide-redaction.md");
            Files.createDirectories(guide.getParent());
            Files.copy(Rebake.projectDir().resolve("docs/guide-redaction.md"), guide);
            Path editing = Files.createDirectories(dir.resolve(FrontEndInstaller.EDITING_INTERFACE_DIR));
            Files.createSymbolicLink(editing.resolve("node_modules"),
                    Rebake.projectDir().toAbsolutePath().resolve(FrontEndInstaller.EDITING_INTERFACE_DIR).resolve("node_modules"));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites a file of the copy, e.g. a session's header. */
    ProjectCopy edit(String file, UnaryOperator<String> change) {
        try {
            Path path = dir.resolve(file);
            Files.writeString(path, change.apply(Files.readString(path, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a header line to a session file, before its separator. */
    ProjectCopy header(String session, String line) {
        return edit("content/webinaires/" + session + ".md", text -> text.replaceFirst("\n~~~~~~", "\n" + line + "\n~~~~~~"));
    }

    /** Bakes the copy with these command-line settings; the lock of the copy follows its changes. */
    Path bake(Map<String, String> commandLine) throws Exception {
        Map<String, String> settings = new HashMap<>(commandLine);
        settings.put("programme.lock", "update");
        new SiteBuild(dir, output, SiteSettings.load(dir, settings), Clock.systemUTC(), false, BuildLog.silent()).withoutFrontEnd().bake();
        return output;
    }

    /**
     * This repository's installed front-end packages (the DSFR, Pagefind) for the copy: linked, not installed again
     * (the copy's lock file is the repository's, same date).
     */
    ProjectCopy withFrontEndPackages() {
        try {
            for (String file : List.of("package.json", "package-lock.json")) {
                Files.copy(Rebake.projectDir().resolve(file), dir.resolve(file), StandardCopyOption.COPY_ATTRIBUTES,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            if (!Files.exists(dir.resolve("node_modules"))) {
                Files.createSymbolicLink(dir.resolve("node_modules"), Rebake.projectDir().toAbsolutePath().resolve("node_modules"));
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bakes the copy as the real build does, DSFR and search index included, from this repository's installed front-end packages. */
    Path bakeWithFrontEnd(Map<String, String> commandLine) throws Exception {
        return bakeWithFrontEnd(commandLine, output);
    }

    /** The same into another folder of the copy's ({@code www-complet}…). */
    Path bakeWithFrontEnd(Map<String, String> commandLine, String folder) throws Exception {
        return bakeWithFrontEnd(commandLine, output.resolveSibling(folder));
    }

    private Path bakeWithFrontEnd(Map<String, String> commandLine, Path site) throws Exception {
        withFrontEndPackages();
        Map<String, String> settings = new HashMap<>(commandLine);
        settings.put("programme.lock", "update");
        new SiteBuild(dir, site, SiteSettings.load(dir, settings), Clock.systemUTC(), false, BuildLog.silent()).bake();
        return site;
    }

    /**
     * Bakes the copy as if its validation had found nothing (a check it has no way around in a real build): what
     * the bake alone lets through. Fails if the validation would not have stopped this copy.
     */
    Path bakeWithoutValidation(Map<String, String> commandLine) throws Exception {
        Map<String, String> settings = new HashMap<>(commandLine);
        settings.put("programme.lock", "update");
        SiteBuild build = new SiteBuild(dir, output, SiteSettings.load(dir, settings), Clock.systemUTC(), false, BuildLog.silent()).withoutFrontEnd();
        ValidatedContent validated = build.validate();
        if (!validated.report().fails(false)) {
            throw new IllegalStateException("la validation accepte cette copie : rien à contourner");
        }
        build.bake(new ValidatedContent(validated.fingerprint(), validated.files(), new ValidationReport(List.of(), validated.files().size())));
        return output;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path destination = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
