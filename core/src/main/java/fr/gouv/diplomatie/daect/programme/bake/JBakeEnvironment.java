package fr.gouv.diplomatie.daect.programme.bake;

/**
 * The thread's context class loader, set to ours around each call into JBake and restored afterwards: JBake and
 * OrientDB look up their engines through it, and a Maven build gives the plugin's thread Maven's own. (No JVM-wide
 * default is touched: the programme's zone reaches JBake through its configuration, see {@link HeaderDate}.)
 */
final class JBakeEnvironment {

    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private JBakeEnvironment() {
    }

    static <T, E extends Exception> T run(Work<T, E> work) throws E {
        Thread thread = Thread.currentThread();
        ClassLoader previousLoader = thread.getContextClassLoader();
        try {
            thread.setContextClassLoader(JBakeEnvironment.class.getClassLoader());
            return work.run();
        } finally {
            thread.setContextClassLoader(previousLoader);
        }
    }
}
