package fr.gouv.diplomatie.daect.programme.testing;

import java.io.IOException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of files and folders for tests that build from real sources. */
public final class FileTrees {

    private FileTrees() {
    }

    /** Copies a file, or a folder and all it holds, to {@code to}, creating missing folders; {@code options} go to each file's copy. */
    public static void copy(Path from, Path to, CopyOption... options) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                // toString(): the two paths may belong to different file systems.
                Path target = from.equals(source) ? to : to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.toAbsolutePath().getParent());
                    Files.copy(source, target, options);
                }
            }
        }
    }
}
