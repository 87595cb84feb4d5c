package fr.gouv.diplomatie.daect.programme.check;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** A rule over the files of the site that are not pages (calendars…), given all at once. */
public interface FileCheck {

    /** Whether the rule reads the file at {@code path} (relative to the site, with {@code /}). */
    boolean reads(String path);

    /** @param files the files it reads, by their paths relative to {@code root}, sorted */
    void check(Path root, List<String> files, Consumer<Problem> report);
}
