package fr.gouv.diplomatie.daect.programme.bake;

import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The JVM-wide state JBake depends on, set around each call into it and restored afterwards:
 * the context class loader (JBake and OrientDB look up their engines through it), the default
 * time zone (JBake parses a header's date in it: pinned to the programme's, so that a date means
 * the same day on every build machine) and, when given, the default locale (JBake's Oven sets
 * {@code jvm.locale} for the rest of the JVM's life; the preview's warm rebakes set it for their call only).
 */
final class JBakeEnvironment {

    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private JBakeEnvironment() {
    }

    static <T, E extends Exception> T run(ZoneId zone, Locale locale, Work<T, E> work) throws E {
        Thread thread = Thread.currentThread();
        ClassLoader previousLoader = thread.getContextClassLoader();
        TimeZone previousZone = TimeZone.getDefault();
        Locale previousLocale = Locale.getDefault();
        try {
            thread.setContextClassLoader(JBakeEnvironment.class.getClassLoader());
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            if (locale != null) {
                Locale.setDefault(locale);
            }
            return work.run();
        } finally {
            if (locale != null) {
                Locale.setDefault(previousLocale);
            }
            TimeZone.setDefault(previousZone);
            thread.setContextClassLoader(previousLoader);
        }
    }
}
