package fr.gouv.diplomatie.daect.programme.content;

import java.nio.file.Path;

/** How the build names a file to a person: from the repository root, with forward slashes on every system. */
public final class DisplayPath {

    private DisplayPath() {
    }

    /** {@code file} relative to {@code root} ("content/webinaires/sante.md"), or its absolute path when outside it. */
    public static String of(Path root, Path file) {
        Path base = root.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
