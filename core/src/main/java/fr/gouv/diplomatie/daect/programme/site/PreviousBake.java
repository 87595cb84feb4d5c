package fr.gouv.diplomatie.daect.programme.site;

import fr.gouv.diplomatie.daect.programme.bake.CrawledContent;
import fr.gouv.diplomatie.daect.programme.calendar.lock.LockFormatException;
import fr.gouv.diplomatie.daect.programme.calendar.lock.LockReconciliation;
import fr.gouv.diplomatie.daect.programme.calendar.lock.ProgrammeLock;
import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.ContentFileReader;
import fr.gouv.diplomatie.daect.programme.content.HeaderLine;
import fr.gouv.diplomatie.daect.programme.programme.Programme;
import fr.gouv.diplomatie.daect.programme.programme.SessionReader;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.site.SiteBuild.Sources;
import fr.gouv.diplomatie.daect.programme.validation.ValidationReport;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static fr.gouv.diplomatie.daect.programme.bake.RecordFormat.readCount;
import static fr.gouv.diplomatie.daect.programme.bake.RecordFormat.readString;
import static fr.gouv.diplomatie.daect.programme.bake.RecordFormat.writeString;

/**
 * What the last build baked, kept beside the site so that the next build renders only what changed since (see
 * {@link RebakePlan}): the key of everything else the site was made of ({@link BuildKey}), the moment the programme
 * was baked for, the content files as they were read, the calendar lock as the bake used it, which folder the site
 * was (a site replaced or rebuilt by anything else is not this one), and what JBake made of the files
 * ({@link CrawledContent}: read back, only for the files unchanged since). Any doubt — no file, another version, another key,
 * a file that does not read back — means a full bake.
 *
 * @param siteId the site folder's identity on its file system when the bake left it, or "" if the system has none
 * @param recorded when the record was written, once the bake had made the site: nothing but a build writes there after
 */
record PreviousBake(String key, Instant now, String siteId, ProgrammeLock lock, List<ContentFile> files, CrawledContent crawled,
                    Instant recorded) {

    /** The first line of the file: another version of the format is not read. */
    private static final String FORMAT = "programme-construction-precedente-2";

    /** The file beside {@code site}, hidden: {@code target/.www.precedente}. */
    static Path fileFor(Path site) {
        return site.resolveSibling("." + site.getFileName() + ".precedente");
    }

    /** The sources of that bake, as the plan compares them with the new ones: the same files, programme and lock. */
    Sources sources(SiteSettings settings) {
        Programme programme = new Programme(new SessionReader(settings.timeZone()).readAll(files), now, settings.registrationCloses());
        return new Sources(files, new ValidationReport(List.of(), files.size()), programme, new LockReconciliation(lock, List.of(), List.of()));
    }

    /** Forgets the previous bake (the site is about to change): until a bake succeeds, the next build is a full one. */
    static void forget(Path site) {
        try {
            Files.deleteIfExists(fileFor(site));
        } catch (IOException e) {
            throw new UncheckedIOException("Impossible d'effacer " + fileFor(site) + " : " + e.getMessage(), e);
        }
    }

    /** Records the bake of {@code sources} that just made {@code site} (written beside, then moved in place). */
    static void record(Path site, String key, Sources sources, CrawledContent crawled) throws IOException {
        Path file = fileFor(site);
        Path partial = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
            writeString(out, FORMAT);
            writeString(out, key);
            writeString(out, sources.programme().now().toString());
            writeString(out, siteId(site));
            writeString(out, sources.lock().lock().format());
            out.writeInt(sources.files().size());
            for (ContentFile content : sources.files()) {
                writeString(out, content.path().toString());
                writeString(out, text(content));
            }
            crawled.write(out);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The previous bake of {@code site}, if recorded with this {@code key} and the site is still the one it made. A file
     * whose text is that of one of the {@code current} files (most of them) is that file, not read again.
     */
    static Optional<PreviousBake> read(Path site, String key, ContentFileReader reader, List<ContentFile> current) {
        Path file = fileFor(site);
        if (!Files.isRegularFile(file) || !Files.isDirectory(site)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            Instant recorded = Files.getLastModifiedTime(file).toInstant();
            if (!FORMAT.equals(readString(in)) || !key.equals(readString(in))) {
                return Optional.empty();
            }
            Instant now = Instant.parse(readString(in));
            String siteId = readString(in);
            if (!siteId.equals(siteId(site))) {
                return Optional.empty();
            }
            ProgrammeLock lock = ProgrammeLock.parse(readString(in), ProgrammeLock.FILE_NAME);
            Map<String, ContentFile> currentByPath = new HashMap<>();
            current.forEach(content -> currentByPath.put(content.path().toString(), content));
            int count = readCount(in, Integer.MAX_VALUE);
            List<ContentFile> files = new ArrayList<>(count);
            Set<Path> unchanged = new HashSet<>();
            for (int i = 0; i < count; i++) {
                String path = readString(in);
                String text = readString(in);
                ContentFile same = currentByPath.get(path);
                if (same != null && text.equals(text(same))) {
                    files.add(same);
                    unchanged.add(same.path());
                } else {
                    files.add(reader.parse(Path.of(path), text.getBytes(StandardCharsets.UTF_8)));
                }
            }
            CrawledContent crawled = CrawledContent.read(in).of(unchanged);
            return Optional.of(new PreviousBake(key, now, siteId, lock, files, crawled, recorded));
        } catch (IOException | RuntimeException | LockFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The file's text as it reads again into the same {@link ContentFile}: its header lines as written, the separator,
     * its body (line breaks as the reader left them).
     */
    static String text(ContentFile file) {
        StringBuilder text = new StringBuilder();
        List<HeaderLine> header = file.header();
        for (int i = 0; i < header.size(); i++) {
            text.append(i == 0 ? "" : "\n").append(header.get(i).raw());
        }
        if (file.hasSeparator()) {
            text.append(file.header().isEmpty() ? "" : "\n").append(ContentFile.SEPARATOR).append('\n').append(file.body());
        }
        return text.toString();
    }

    /** The site folder's identity (its inode on Linux): a site baked again by anything else is another folder. */
    private static String siteId(Path site) throws IOException {
        try {
            Object key = Files.readAttributes(site, BasicFileAttributes.class).fileKey();
            return Objects.toString(key, "");
        } catch (NoSuchFileException e) {
            return "";
        }
    }
}
