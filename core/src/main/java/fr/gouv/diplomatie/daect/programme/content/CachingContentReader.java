package fr.gouv.diplomatie.daect.programme.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every content file like {@link ContentFileReader#readAll}, but reads again only the files
 * that changed since the last call — those named by {@link #forget}, and any whose size or
 * modification time differs: the preview re-reads thousands of files on every save otherwise.
 */
public final class CachingContentReader {

    private record Read(FileTime modified, long size, ContentFile file) {
    }

    private final ContentFileReader reader;
    private final Map<Path, Read> cache = new HashMap<>();

    public CachingContentReader(Path root) {
        this.reader = new ContentFileReader(root);
    }

    /** Files known to have changed (the watcher saw them): read again whatever their time and size. */
    public void forget(Collection<Path> files) {
        files.forEach(f -> cache.remove(f.toAbsolutePath().normalize()));
    }

    public List<ContentFile> readAll(Path contentDir) {
        List<Path> paths = ContentFileReader.list(contentDir);
        Map<Path, Read> seen = new HashMap<>();
        List<ContentFile> files = paths.stream().map(path -> {
            Path key = path.toAbsolutePath().normalize();
            BasicFileAttributes attributes = attributes(path);
            Read known = cache.get(key);
            Read read = known != null && known.modified().equals(attributes.lastModifiedTime()) && known.size() == attributes.size()
                    ? known : new Read(attributes.lastModifiedTime(), attributes.size(), reader.read(path));
            seen.put(key, read);
            return read.file();
        }).toList();
        cache.clear();
        cache.putAll(seen);
        return files;
    }

    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
