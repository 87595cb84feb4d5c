package fr.gouv.diplomatie.daect.programme.view;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Markup that templates render once per bake and reuse (as {@code fragments}): a session's card is the same on every
 * theme page that lists it (same address prefix, same heading level), and each session is on one theme page per
 * theme. The key says everything the markup depends on; the baker forgets them all before each bake.
 */
public final class FragmentCache {

    private final Map<String, String> fragments = new ConcurrentHashMap<>();

    /** The markup rendered under {@code key}, or null. */
    public String get(String key) {
        return fragments.get(key);
    }

    /** Keeps {@code markup} under {@code key} (the first one, if two pages render it at once) and gives it back. */
    public String put(String key, String markup) {
        String kept = fragments.putIfAbsent(key, markup);
        return kept == null ? markup : kept;
    }

    public void clear() {
        fragments.clear();
    }
}
