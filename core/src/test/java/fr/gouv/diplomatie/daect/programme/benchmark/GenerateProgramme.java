package fr.gouv.diplomatie.daect.programme.benchmark;

import fr.gouv.diplomatie.daect.programme.validation.ValidationBenchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the build benchmark's generated programme ({@link ValidationBenchmark#generate}: N valid sessions, one a
 * day, tags, one in ten cancelled, bodies with links) into a folder, without baking it: {@code core/benchmark/hugo.sh}
 * converts its sessions for Hugo, so that Hugo's yardstick builds the same programme as {@code BuildBenchmark}.
 * Usage: {@code GenerateProgramme <folder> <N>} (the folder is created; it must not hold a project already).
 */
public final class GenerateProgramme {

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage : GenerateProgramme <dossier> <nombre de séances>");
        }
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Files.createDirectories(dir);
        ValidationBenchmark.generate(dir, count);
    }
}
