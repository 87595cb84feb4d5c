package fr.gouv.diplomatie.daect.programme.bake;

import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * JBake's content store, remembering which source files made it in: JBake skips a file it cannot
 * read with only a log warning, and the baker turns every such skip into an error.
 */
final class RecordingContentStore extends ContentStore {

    private final Set<Path> added = new HashSet<>();

    RecordingContentStore(String type, String name) {
        super(type, name);
    }

    @Override
    public void addDocument(DocumentModel document) {
        if (document.getFile() != null) {
            added.add(Path.of(document.getFile()).toAbsolutePath().normalize());
        }
        super.addDocument(document);
    }

    boolean contains(Path file) {
        return added.contains(file.toAbsolutePath().normalize());
    }
}
