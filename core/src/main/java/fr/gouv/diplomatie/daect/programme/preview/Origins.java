package fr.gouv.diplomatie.daect.programme.preview;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Web origins ({@code scheme://host:port}), as browsers send them in the {@code Origin} header. */
final class Origins {

    private Origins() {
    }

    /** The origin of an http(s) address, written as a browser writes it (default port left out); empty for anything else. */
    static Optional<String> of(URI address) {
        if (address == null || address.getScheme() == null || address.getHost() == null) {
            return Optional.empty();
        }
        String scheme = address.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        int port = address.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return Optional.of(scheme + "://" + address.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
    }

    /**
     * The origins under which a browser reaches a server listening on {@code local}: its own address and, on the
     * loopback, {@code localhost}. Taken from where the server is bound, never from the request's {@code Host}
     * header, which the sender chooses.
     */
    static Set<String> served(InetSocketAddress local) {
        int port = local.getPort();
        String host = local.getAddress() instanceof Inet6Address ? "[" + local.getAddress().getHostAddress() + "]" : local.getAddress().getHostAddress();
        String own = "http://" + host + ":" + port;
        return local.getAddress().isLoopbackAddress() ? Set.of(own, "http://localhost:" + port) : Set.of(own);
    }

    /** The server's own origin, by its bound address. */
    static String bound(InetSocketAddress local) {
        String host = local.getAddress() instanceof Inet6Address ? "[" + local.getAddress().getHostAddress() + "]" : local.getAddress().getHostAddress();
        return "http://" + host + ":" + local.getPort();
    }
}
