package fr.gouv.diplomatie.daect.programme.check.rules;

import fr.gouv.diplomatie.daect.programme.calendar.IcsFile;
import fr.gouv.diplomatie.daect.programme.check.FileCheck;
import fr.gouv.diplomatie.daect.programme.check.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Every calendar of the site, read back as written (folding and escaping included) by ical4j's parser, then validated. */
public final class CalendarFileCheck implements FileCheck {

    @Override
    public boolean reads(String path) {
        return path.endsWith(".ics");
    }

    @Override
    public void check(Path file, String path, Consumer<Problem> report) {
        try {
            IcsFile.problem(Files.readAllBytes(file)).ifPresent(message -> report.accept(new Problem(path, message, "")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
