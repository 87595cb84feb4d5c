package fr.gouv.diplomatie.daect.programme.site;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The content last read and validated in this JVM, so that the bake goal of the same Maven build takes it up
 * instead of reading and validating everything again. Only the latest is kept; {@link SiteBuild} uses it only
 * if its fingerprint shows that nothing it depended on (files, settings, production mode) changed since.
 */
final class RecentlyValidated {

    private record Entry(Path projectDir, ValidatedContent content) {
    }

    private static final AtomicReference<Entry> LAST = new AtomicReference<>();

    private RecentlyValidated() {
    }

    static void remember(Path projectDir, ValidatedContent content) {
        LAST.set(new Entry(key(projectDir), content));
    }

    static Optional<ValidatedContent> of(Path projectDir) {
        Entry last = LAST.get();
        return last != null && last.projectDir().equals(key(projectDir)) ? Optional.of(last.content()) : Optional.empty();
    }

    private static Path key(Path projectDir) {
        return projectDir.toAbsolutePath().normalize();
    }
}
