package fr.gouv.diplomatie.daect.programme.bake;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * JBake's content store, with two changes at the narrowest seam:
 * <ul>
 *   <li>it remembers which source files made it in: JBake skips a file it cannot read with only a
 *       log warning, and the baker turns every such skip into an error;</li>
 *   <li>it computes each type's ordered list of documents once per bake: JBake's renderer asks for
 *       it again for every document it renders, which made the bake quadratic.</li>
 * </ul>
 * Drafts ({@code status=draft}) are crawled, so that links and lock checks know them, but never
 * rendered: JBake would publish them as {@code x-draft.html}, and the programme (which holds the
 * published sessions only) has no session for their page.
 * <p>
 * For the preview, it can also outlive the bake ({@link #keepOpen}): JBake's Oven closes its store
 * at the end of every bake, which for an in-memory store throws away every parsed document.
 */
final class RecordingContentStore extends ContentStore {

    private final Set<Path> added = new HashSet<>();
    /** The source addresses of the documents in the store: it starts empty on every bake. */
    private final Set<String> sources = new HashSet<>();
    private final Map<String, DocumentList<DocumentModel>> allContentByType = new HashMap<>();
    private int allContentQueries;
    private boolean keepOpen;

    RecordingContentStore(String type, String name) {
        super(type, name);
    }

    @Override
    public void addDocument(DocumentModel document) {
        if (document.getFile() != null) {
            added.add(Path.of(document.getFile()).toAbsolutePath().normalize());
        }
        allContentByType.clear();
        sources.add(document.getSourceuri());
        super.addDocument(document);
    }

    /**
     * The crawler asks, for every file, what the store holds at its address (to skip unchanged files
     * of a previous bake): a store that holds nothing there answers without an SQL statement parsed anew.
     */
    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return sources.contains(uri) ? super.getDocumentStatus(uri) : new DocumentList<>();
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        // Rendering only flips the "rendered" flag, which this list's users (previous/next links) ignore.
        return allContentByType.computeIfAbsent(docType, type -> {
            allContentQueries++;
            return new IndexedDocumentList(super.getAllContent(type));
        });
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        DocumentList<DocumentModel> published = new DocumentList<>();
        for (DocumentModel document : super.getUnrenderedContent()) {
            if (!isDraft(document)) {
                published.add(document);
            }
        }
        return published;
    }

    static boolean isDraft(DocumentModel document) {
        return ModelAttributes.Status.DRAFT.equals(document.getStatus());
    }

    /** How many times the database was asked for a type's whole list (for the test that keeps the bake linear). */
    int allContentQueries() {
        return allContentQueries;
    }

    @Override
    public void deleteContent(String uri) {
        allContentByType.clear();
        sources.remove(uri);
        super.deleteContent(uri);
    }

    /** From now on, {@link #close} leaves the store open: only {@link #closeForGood} closes it. */
    void keepOpen() {
        keepOpen = true;
    }

    @Override
    public void close() {
        if (!keepOpen) {
            super.close();
        }
    }

    void closeForGood() {
        keepOpen = false;
        close();
    }

    boolean contains(Path file) {
        return added.contains(file.toAbsolutePath().normalize());
    }
}
