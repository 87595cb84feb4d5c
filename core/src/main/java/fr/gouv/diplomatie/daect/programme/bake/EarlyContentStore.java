package fr.gouv.diplomatie.daect.programme.bake;

/**
 * JBake's content store, its database started on a thread of its own as soon as a build begins, while the build
 * prepares the bake (the programme, the calendar lock, the comparison with the previous build). JBake's {@code Oven}
 * starts the store's OrientDB first thing, about a second on one core whatever the programme's size, only to ask
 * whether its schema exists (see {@link InMemoryContentStore}); started here, the bake finds it ready.
 * A bake takes the store once ({@link #take}); {@link #close} releases it if no bake did.
 */
public final class EarlyContentStore implements AutoCloseable {

    /** Any name: the database lives in memory and holds nothing (the documents live in the store's own table). */
    private static final String DATABASE = "programme";

    private final InMemoryContentStore store = new InMemoryContentStore("memory", DATABASE);
    private final Thread starting;
    private boolean taken;

    private EarlyContentStore() {
        starting = new Thread(this::startQuietly, "jbake-base");
        starting.setDaemon(true);
        // OrientDB finds its parts through the thread's class loader: the plugin's, not Maven's.
        starting.setContextClassLoader(EarlyContentStore.class.getClassLoader());
    }

    /** A store whose database starts now, on a thread of its own. */
    public static EarlyContentStore start() {
        EarlyContentStore early = new EarlyContentStore();
        early.starting.start();
        return early;
    }

    private void startQuietly() {
        try {
            store.startup();
        } catch (RuntimeException e) {
            // The bake's own call to startup() tries again, and reports the failure as it always did.
        }
    }

    /** The store, for the first bake that asks (its start finishes on the bake's thread if need be); null after. */
    synchronized InMemoryContentStore take() {
        if (taken) {
            return null;
        }
        taken = true;
        return store;
    }

    /** Releases the store if no bake took it (the bake that takes it releases it). */
    @Override
    public void close() {
        boolean release;
        synchronized (this) {
            release = !taken;
            taken = true;
        }
        if (release) {
            try {
                starting.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            store.release();
        }
    }
}
