package fr.gouv.diplomatie.daect.programme.testing;

import fr.gouv.diplomatie.daect.programme.log.BuildLog;

import java.util.List;

/** A log that adds each message to a list, after its level ("INFO …", "WARN …", "ERROR …"), for tests to read. */
public record RecordedLog(List<String> lines) implements BuildLog {

    @Override
    public void info(String message) {
        lines.add("INFO " + message);
    }

    @Override
    public void warn(String message) {
        lines.add("WARN " + message);
    }

    @Override
    public void error(String message) {
        lines.add("ERROR " + message);
    }
}
