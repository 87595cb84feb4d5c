package fr.gouv.diplomatie.daect.programme.bake;

import com.orientechnologies.orient.core.db.ODatabaseSession;
import com.orientechnologies.orient.core.metadata.OMetadata;
import com.orientechnologies.orient.core.metadata.schema.OSchema;
import org.jbake.app.ContentStore;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;

/**
 * A stand-in for the OrientDB database of JBake's {@link ContentStore}, for a store that keeps its documents
 * elsewhere ({@link InMemoryContentStore}): JBake's Oven calls the store's {@code updateSchema()}, which is
 * final and asks the database whether its schema exists; this stand-in answers yes, and refuses anything else.
 * Starting OrientDB for that answer alone cost 1 to 2 seconds of every build (its engine, then its default
 * users' password hashing).
 */
final class SchemaOnlyDatabase {

    private SchemaOnlyDatabase() {
    }

    /** Gives {@code store} the stand-in as its database (JBake keeps it in a private field, with no setter). */
    static void install(ContentStore store) {
        OSchema schema = standIn(OSchema.class, (proxy, method, args) -> switch (method.getName()) {
            case "existsClass" -> true;
            default -> refuse(method.getName());
        });
        OMetadata metadata = standIn(OMetadata.class, (proxy, method, args) ->
                method.getName().equals("getSchema") ? schema : refuse(method.getName()));
        ODatabaseSession database = standIn(ODatabaseSession.class, (proxy, method, args) -> switch (method.getName()) {
            case "getMetadata" -> metadata;
            case "activateOnCurrentThread" -> proxy;
            case "isActiveOnCurrentThread" -> true;
            case "toString" -> "base de données factice (schéma seul)";
            default -> refuse(method.getName());
        });
        try {
            Field field = ContentStore.class.getDeclaredField("db");
            field.setAccessible(true);
            field.set(store, database);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JBake a changé : ContentStore n'a plus de champ « db » (" + e.getMessage() + ")", e);
        }
    }

    private static <T> T standIn(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(SchemaOnlyDatabase.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object refuse(String method) {
        throw new UnsupportedOperationException("JBake a demandé à sa base de données « " + method
                + " » : le magasin de contenu en mémoire devrait y répondre lui-même");
    }
}
