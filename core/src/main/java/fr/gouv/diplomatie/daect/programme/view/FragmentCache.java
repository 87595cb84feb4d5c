package fr.gouv.diplomatie.daect.programme.view;

import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Markup that templates render once per bake and reuse (as {@code fragments}): a session's card is the same on every
 * theme page that lists it (same address prefix, same heading level), and each session is on one theme page per
 * theme. The baker forgets them all before each bake.
 * <p>
 * A fragment is kept under {@link #key}: the very arguments the template passes to the macro that renders it, not a
 * key written by hand beside the call, which a new parameter would silently make stale.
 */
public final class FragmentCache {

    private final Map<Object, String> fragments = new ConcurrentHashMap<>();

    /** What a fragment depends on: the macro's arguments (a model object counts as itself) and the page's {@code root}. */
    private record Key(Object arguments, String root) {
    }

    /**
     * The key of the fragment a macro renders with {@code arguments} (all its named arguments, as a catch-all
     * parameter {@code args...} collects them, passed on to the macro with {@code ?with_args}) on a page whose way
     * back to the site's root is {@code root}, the only other value a fragment may read that differs between pages.
     */
    public Object key(TemplateHashModelEx arguments, String root) throws TemplateModelException {
        return new Key(DeepUnwrap.unwrap(arguments), root);
    }

    /** The markup rendered under {@code key}, or null. */
    public String get(Object key) {
        return fragments.get(key);
    }

    /** Keeps {@code markup} under {@code key} (the first one, if two pages render it at once) and gives it back. */
    public String put(Object key, String markup) {
        String kept = fragments.putIfAbsent(key, markup);
        return kept == null ? markup : kept;
    }

    public void clear() {
        fragments.clear();
    }
}
