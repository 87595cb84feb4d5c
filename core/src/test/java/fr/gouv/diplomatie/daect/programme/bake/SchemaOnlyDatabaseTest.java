package fr.gouv.diplomatie.daect.programme.bake;

import com.orientechnologies.orient.core.db.ODatabaseSession;
import org.jbake.app.ContentStore;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JBake's final updateSchema() gets its answer without OrientDB; any other question to the database fails loudly. */
class SchemaOnlyDatabaseTest {

    @Test
    void theOvensQuestionIsAnsweredAndAnyOtherRefusedWithAClearMessage() throws Exception {
        ContentStore store = new InMemoryContentStore("memory", "inutilisée");
        store.startup();

        store.updateSchema();

        Field field = ContentStore.class.getDeclaredField("db");
        field.setAccessible(true);
        ODatabaseSession database = (ODatabaseSession) field.get(store);
        UnsupportedOperationException refused = assertThrows(UnsupportedOperationException.class, () -> database.query("select from Documents"));
        assertTrue(refused.getMessage().contains("« query »") && refused.getMessage().contains("magasin de contenu en mémoire"), refused.getMessage());
    }
}
