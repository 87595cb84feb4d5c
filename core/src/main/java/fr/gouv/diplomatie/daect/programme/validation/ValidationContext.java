package fr.gouv.diplomatie.daect.programme.validation;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.ContentFileReader;
import fr.gouv.diplomatie.daect.programme.content.DisplayPath;
import fr.gouv.diplomatie.daect.programme.programme.TagVocabulary;
import fr.gouv.diplomatie.daect.programme.settings.BuildSettings;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the rules look at: the content files as read from disk, the site settings, the project root;
 * and views derived from them that several rules need (the site's addresses, the scheduled
 * sessions, the tag vocabulary), each computed once, on first use (the rules run on several threads).
 */
public final class ValidationContext {

    private final Path projectDir;
    private final List<ContentFile> files;
    private final SiteSettings settings;
    private final BuildSettings build;
    private final boolean production;

    private SiteAddresses addresses;
    private List<ScheduledSession> scheduled;
    private TagVocabulary vocabulary;
    private List<Path> copiedFiles;

    /** @param production true for a production build (stricter settings checks) */
    public ValidationContext(Path projectDir, List<ContentFile> files, SiteSettings settings, boolean production) {
        this.projectDir = projectDir;
        this.files = List.copyOf(files);
        this.settings = settings;
        this.build = BuildSettings.of(projectDir, settings);
        this.production = production;
    }

    public Path projectDir() {
        return projectDir;
    }

    public List<ContentFile> files() {
        return files;
    }

    public SiteSettings settings() {
        return settings;
    }

    public boolean production() {
        return production;
    }

    /** The path of {@code jbake.properties} as printed in diagnostics. */
    public String settingsPath() {
        return SiteSettings.FILE_NAME;
    }

    public Path contentDir() {
        return build.contentDir();
    }

    /** JBake copies this folder as-is to the root of the site. */
    public Path assetDir() {
        return build.assetDir();
    }

    /** The vocabulary of session tags, at the repository root. */
    public Path tagsFile() {
        return projectDir.resolve(TagVocabulary.FILE_NAME);
    }

    /**
     * The zone of sessions that do not name their own, when {@code programme.timezone} is a real zone;
     * empty otherwise (a settings rule reports it, and the rules that need it skip their check).
     */
    public Optional<ZoneId> defaultZone() {
        String zone = settings.get(SiteSettings.TIMEZONE, "Europe/Paris");
        return Zones.isKnown(zone) ? Optional.of(ZoneId.of(zone)) : Optional.empty();
    }

    public synchronized SiteAddresses addresses() {
        if (addresses == null) {
            addresses = SiteAddresses.of(this);
        }
        return addresses;
    }

    /** The sessions that take place, for the rules over the whole programme. */
    public synchronized List<ScheduledSession> scheduledSessions() {
        if (scheduled == null) {
            scheduled = ScheduledSession.of(this);
        }
        return scheduled;
    }

    /**
     * The files under {@code content/} that are not pages (neither {@code .md} nor {@code .html}):
     * JBake copies them as they are, at the same place in the site. Hidden files are left out.
     */
    public synchronized List<Path> copiedContentFiles() {
        if (copiedFiles == null) {
            Path dir = contentDir();
            if (!Files.isDirectory(dir)) {
                copiedFiles = List.of();
            } else {
                try (Stream<Path> walk = Files.walk(dir)) {
                    // Links are left to SymbolicLinkRule: never followed, even to tell what they point at.
                    copiedFiles = walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                            .filter(f -> !f.getFileName().toString().startsWith(".") && !ContentFileReader.isContent(f))
                            .sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return copiedFiles;
    }

    /** The path of a file as printed in diagnostics: from the repository root, with forward slashes. */
    public String displayPath(Path file) {
        return DisplayPath.of(projectDir, file);
    }

    public synchronized TagVocabulary tagVocabulary() {
        if (vocabulary == null) {
            vocabulary = TagVocabulary.load(tagsFile());
        }
        return vocabulary;
    }
}
