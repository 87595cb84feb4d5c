package fr.gouv.diplomatie.daect.programme.mojo;

import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import org.apache.maven.plugin.logging.Log;

/** The core's messages in Maven's log, each at its level. */
record MavenBuildLog(Log log) implements BuildLog {

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void error(String message) {
        log.error(message);
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }
}
