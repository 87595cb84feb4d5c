package fr.gouv.diplomatie.daect.programme.bake;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The site a bake replaces, and what of it that bake keeps instead of making it again: the pages of the content files
 * it does not render, the listing pages without a content file that show the same sessions as before, and the files
 * and folders the caller names (calendars of unchanged sessions, the search index). Kept files are linked into the new
 * site (copied where the file system has no links) once JBake and the calendars have written theirs, and before the
 * steps that read every page: a link shares its file with the previous site, so nothing may write to it afterwards,
 * and nothing does (the steps that run later write the stylesheets, the sitemap and the search index, none of them kept).
 *
 * @param site     the site being replaced, as the previous build left it
 * @param render   the content files whose pages are rendered (absolute, normalized); the others' pages are kept
 * @param listings the listing pages without a content file that are rendered (from the site's root); the others are kept
 * @param files    more files to keep, from the site's root
 * @param folders  folders to keep whole, from the site's root
 * @param crawled  JBake's documents of the files whose pages are kept, as the previous bake's crawler stored them:
 *                 JBake does not read those files again ({@link CrawledContent#NONE}: it reads every file)
 * @param built    when the previous build ended: a file of its site changed since (edited in place by anything but a
 *                 build) is not kept, and the bake fails with {@link java.io.IOException} (the caller then bakes everything)
 */
public record PreviousSite(Path site, Set<Path> render, Set<String> listings, Set<String> files, Set<String> folders,
                           CrawledContent crawled, Instant built) {

    /** Whether the page of {@code document} is rendered again. */
    boolean renders(DocumentModel document) {
        return document.getFile() == null || render.contains(Path.of(document.getFile()).toAbsolutePath().normalize());
    }

    /**
     * The file JBake's renderer writes for a published document, from the site's root: its address with the output
     * extension of its type in place of its own (as {@link org.jbake.app.Renderer#render} names it).
     */
    static String pageOf(DocumentModel document, JBakeConfiguration config) {
        String uri = document.getUri();
        int dot = uri.lastIndexOf('.');
        String base = dot > uri.lastIndexOf('/') ? uri.substring(0, dot) : uri;
        return base + config.getOutputExtensionByDocType(document.getType());
    }

    /** Links {@code pages}, {@link #files} and everything under {@link #folders} into {@code staging}; how many files. */
    int keepInto(Path staging, Collection<String> pages) throws IOException {
        int kept = 0;
        for (String file : pages) {
            kept += keep(file, staging);
        }
        for (String file : files) {
            kept += keep(file, staging);
        }
        for (String folder : folders) {
            Path previous = site.resolve(folder);
            if (Files.isDirectory(previous)) {
                try (Stream<Path> walk = Files.walk(previous)) {
                    for (Path file : walk.filter(Files::isRegularFile).toList()) {
                        kept += keep(site.relativize(file).toString(), staging);
                    }
                }
            }
        }
        return kept;
    }

    private int keep(String file, Path staging) throws IOException {
        Path previous = site.resolve(file).normalize();
        Path target = staging.resolve(file).normalize();
        // The names come from the record beside the site: nothing outside the previous site is read, nor written outside the new one.
        if (!previous.startsWith(site) || !target.startsWith(staging)) {
            throw new IOException(file + " : hors du site");
        }
        BasicFileAttributes attributes = null;
        try {
            attributes = Files.readAttributes(previous, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            // Said below, as for a folder in its place.
        }
        if (attributes == null || !attributes.isRegularFile()) {
            throw new NoSuchFileException(file, null, "absent du site précédent");
        }
        // A kept file is shared with the new site: one changed in place since the build would be carried into it.
        if (attributes.lastModifiedTime().toInstant().isAfter(built)) {
            throw new IOException(file + " : modifié depuis la construction précédente");
        }
        Files.createDirectories(target.getParent());
        if (!StagedFiles.linked(target, previous)) {
            Files.copy(previous, target);
        }
        return 1;
    }
}
