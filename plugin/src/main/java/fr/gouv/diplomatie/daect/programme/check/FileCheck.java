package fr.gouv.diplomatie.daect.programme.check;

import java.nio.file.Path;
import java.util.function.Consumer;

/** A rule over one file of the site that is not a page (a calendar…). */
public interface FileCheck {

    /** Whether the rule reads the file at {@code path} (relative to the site, with {@code /}). */
    boolean reads(String path);

    void check(Path file, String path, Consumer<Problem> report);
}
