package fr.gouv.diplomatie.daect.programme.validation;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Path arithmetic of relative links between addresses of the site, as a browser does it. */
public final class RelativeLinks {

    private RelativeLinks() {
    }

    /** {@code folder} + {@code path} with "." and ".." applied; empty when it climbs above the site root. */
    public static Optional<String> resolve(String folder, String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : (folder + path).split("/", -1)) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else if (!part.equals(".")) {
                parts.addLast(part);
            }
        }
        // Keep the trailing "/" of a folder link; drop empty segments from "a//b".
        String joined = String.join("/", parts.stream().filter(p -> !p.isEmpty()).toList());
        return Optional.of(path.endsWith("/") && !joined.isEmpty() ? joined + "/" : joined);
    }

    /** The relative link from a page in {@code folder} to {@code address}: "../guide.html" from "webinaires/". */
    public static String relative(String folder, String address) {
        String from = folder;
        String to = address;
        while (true) {
            int slash = from.indexOf('/');
            if (slash < 0 || !to.startsWith(from.substring(0, slash + 1))) {
                break;
            }
            from = from.substring(slash + 1);
            to = to.substring(slash + 1);
        }
        long up = from.chars().filter(c -> c == '/').count();
        return "../".repeat((int) up) + to;
    }

    /** The path of a link, without its query or fragment, percent-decoded: what names a file of the site. */
    public static String path(String url) {
        String path = url.substring(0, endOfPath(url));
        if (path.indexOf('%') < 0) {
            return path;
        }
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /** The query and fragment of a link ("#partie-2"), or "". */
    public static String tail(String url) {
        return url.substring(endOfPath(url));
    }

    private static int endOfPath(String url) {
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) == '?' || url.charAt(i) == '#') {
                return i;
            }
        }
        return url.length();
    }
}
