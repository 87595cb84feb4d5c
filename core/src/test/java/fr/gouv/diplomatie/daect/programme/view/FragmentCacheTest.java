package fr.gouv.diplomatie.daect.programme.view;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleHash;
import freemarker.template.TemplateModelException;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A fragment is reused only with the arguments and the address prefix it was rendered with, every argument counting. */
class FragmentCacheTest {

    private final FragmentCache cache = new FragmentCache();
    /** A model object, as a session's view is: the same object is the same session. */
    private final Object session = new Object();

    @Test
    void theSameArgumentsAtTheSameRootFindTheFragment() throws TemplateModelException {
        cache.put(cache.key(arguments(Map.of("session", session, "headingLevel", 3)), "../"), "<div>carte</div>");

        assertEquals("<div>carte</div>", cache.get(cache.key(arguments(Map.of("headingLevel", 3, "session", session)), "../")));
    }

    @Test
    void anyOtherArgumentRootOrObjectMissesIt() throws TemplateModelException {
        cache.put(cache.key(arguments(Map.of("session", session, "headingLevel", 3)), "../"), "<div>carte</div>");

        assertNull(cache.get(cache.key(arguments(Map.of("session", session, "headingLevel", 4)), "../")), "another heading level");
        assertNull(cache.get(cache.key(arguments(Map.of("session", session, "headingLevel", 3)), "../../")), "another root");
        assertNull(cache.get(cache.key(arguments(Map.of("session", new Object(), "headingLevel", 3)), "../")), "another session");
        assertNull(cache.get(cache.key(arguments(Map.of("session", session, "headingLevel", 3, "compact", true)), "../")),
                "a parameter the card did not have: part of the key without anyone writing it there");
        assertNotEquals(cache.key(arguments(Map.of("session", session)), "../"), cache.key(arguments(Map.of()), "../"));
    }

    /** Named arguments as FreeMarker collects them in a macro's catch-all parameter. */
    private static SimpleHash arguments(Map<String, Object> values) {
        return new SimpleHash(new LinkedHashMap<>(values), new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    }
}
