package fr.gouv.diplomatie.daect.programme.log;

import java.util.function.Consumer;

/**
 * Where the core tells the editor what it does, in French: Maven's log in the plugin's goals, the terminal of
 * the preview, a list in tests. The core's one logging interface.
 */
public interface BuildLog {

    void info(String message);

    void warn(String message);

    void error(String message);

    /** Details an editor does not need (step timings): shown with {@code mvn -X}. */
    default void debug(String message) {
    }

    /** A log that keeps nothing (tests and tools that look at results, not at messages). */
    static BuildLog silent() {
        return to(message -> { });
    }

    /** Every message, whatever its level, to one place (a list in tests, standard output in a {@code main}). */
    static BuildLog to(Consumer<String> lines) {
        return new BuildLog() {
            @Override
            public void info(String message) {
                lines.accept(message);
            }

            @Override
            public void warn(String message) {
                lines.accept(message);
            }

            @Override
            public void error(String message) {
                lines.accept(message);
            }
        };
    }
}
