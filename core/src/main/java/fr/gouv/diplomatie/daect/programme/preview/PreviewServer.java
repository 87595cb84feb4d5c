package fr.gouv.diplomatie.daect.programme.preview;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import fr.gouv.diplomatie.daect.programme.registration.FormProtocol;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * The local preview: the JDK's HTTP server, on the loopback address only (the form receiver must
 * not be reachable from the network), with one handler per path. {@link #serveSite} and
 * {@link #receiveForms} add the standard ones; more can be added with {@link #handle} before
 * {@link #start} (live reload, error overlay…).
 */
public final class PreviewServer implements AutoCloseable {

    public static final int DEFAULT_PORT = 8820;

    private final HttpServer server;
    private final ExecutorService executor;

    private PreviewServer(HttpServer server) {
        this.server = server;
        // A thread per connection as needed: a long-lived connection (live reload) must not block the others.
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "apercu-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
    }

    /** Binds the loopback address at {@code port} (0 for any free port); nothing is served until {@link #start}. */
    public static PreviewServer bind(int port) throws IOException {
        return new PreviewServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0));
    }

    public PreviewServer handle(String path, HttpHandler handler) {
        server.createContext(path, handler);
        return this;
    }

    /** The baked site at "/". */
    public PreviewServer serveSite(Path site) {
        return handle("/", new StaticSiteHandler(site));
    }

    /** The baked site at "/", each HTML page passed through {@code pages} on its way out. */
    public PreviewServer serveSite(Path site, UnaryOperator<String> pages) {
        return handle("/", new StaticSiteHandler(site, pages));
    }

    /** The local form receiver at {@code /_formulaire}, where the form posts when {@code form.action} is empty. */
    public PreviewServer receiveForms(FormReceiver receiver) {
        return handle("/" + FormProtocol.LOCAL_RECEIVER, receiver);
    }

    public PreviewServer start() {
        server.start();
        return this;
    }

    /** Where the server listens: the loopback address, whatever the port. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://localhost:PORT/}. */
    public String url() {
        return "http://localhost:" + port() + "/";
    }

    /** Stops at once: open connections are closed, the port is free again when this returns. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
