package fr.gouv.diplomatie.daect.programme.bake;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.app.FileUtil;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.model.ModelAttributes;

import java.io.File;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * JBake's content store, subclassed at the narrowest seam: the documents live in a {@link DocumentTable}
 * instead of OrientDB. JBake's own store parses and runs an SQL statement for every file it crawls and
 * every page it renders, and asks for the whole ordered list of a type to render each document (the bake
 * was quadratic, and OrientDB took a third of its time). OrientDB is still started, empty, because
 * the {@code Oven} calls the store's {@code updateSchema()}, which is final and needs the database.
 * <p>
 * It also remembers which source files made it in: JBake skips a file it cannot read with only a log
 * warning, and the baker turns every such skip into an error. Drafts ({@code status=draft}) are crawled,
 * so that links and lock checks know them, but never rendered: JBake would publish them as
 * {@code x-draft.html}, and the programme (which holds the published sessions only) has no session for their page.
 * <p>
 * For the preview, it can also outlive the bake ({@link #keepOpen}): JBake's Oven closes its store
 * at the end of every bake, which would throw away every parsed document.
 */
final class InMemoryContentStore extends ContentStore {

    private final DocumentTable documents = new DocumentTable();
    private final Set<Path> added = new HashSet<>();
    private String templatesSignature;
    private boolean started;
    private boolean keepOpen;

    InMemoryContentStore(String type, String name) {
        super(type, name);
    }

    /** Once: a store kept open for the preview keeps its database between bakes. */
    @Override
    public void startup() {
        if (!started) {
            super.startup();
            started = true;
        }
    }

    @Override
    public void addDocument(DocumentModel document) {
        if (document.getFile() != null) {
            added.add(Path.of(document.getFile()).toAbsolutePath().normalize());
        }
        documents.add(document);
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return documents.withSource(uri);
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        return documents.withSource(uri);
    }

    @Override
    public long getDocumentCount(String docType) {
        return documents.count(docType);
    }

    @Override
    public long getPublishedCount(String docType) {
        return documents.publishedCount(docType);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return documents.all(docType);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return applyPaging ? page(documents.all(docType)) : documents.all(docType);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return documents.published(docType);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return documents.published("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        DocumentList<DocumentModel> posts = documents.published("post");
        return applyPaging ? page(posts) : posts;
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return documents.published("page");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return documents.publishedWithTag("post", tag);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        DocumentList<DocumentModel> tagged = new DocumentList<>();
        for (String docType : DocumentTypes.getDocumentTypes()) {
            tagged.addAll(documents.publishedWithTag(docType, tag));
        }
        return tagged;
    }

    @Override
    public Set<String> getTags() {
        return new HashSet<>(documents.publishedTags(List.of("post")));
    }

    @Override
    public Set<String> getAllTags() {
        return new HashSet<>(documents.publishedTags(List.of(DocumentTypes.getDocumentTypes())));
    }

    /** Published documents only: see the class comment on drafts. */
    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        DocumentList<DocumentModel> published = new DocumentList<>();
        for (DocumentModel document : documents.unrendered()) {
            if (!isDraft(document)) {
                published.add(document);
            }
        }
        return published;
    }

    static boolean isDraft(DocumentModel document) {
        return ModelAttributes.Status.DRAFT.equals(document.getStatus());
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        documents.markRendered(document);
    }

    @Override
    public void deleteContent(String uri) {
        documents.remove(uri);
    }

    @Override
    public void deleteAllByDocType(String docType) {
        documents.removeType(docType);
    }

    /** As JBake's store: everything is crawled again when asked to, or when the templates changed. */
    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        String signature;
        try {
            signature = FileUtil.sha1(templateFolder);
        } catch (Exception e) {
            signature = "";
        }
        if (needed || !signature.equals(templatesSignature)) {
            documents.clear();
        }
        templatesSignature = signature;
    }

    @Override
    public void drop() {
        documents.clear();
        super.drop();
    }

    /** How many times a type's whole list was computed (for the test that keeps the bake linear). */
    int allContentQueries() {
        return documents.typeListsComputed();
    }

    private DocumentList<DocumentModel> page(DocumentList<DocumentModel> all) {
        if (getStart() < 0 || getLimit() < 0) {
            return all;
        }
        DocumentList<DocumentModel> page = new DocumentList<>();
        int from = (int) Math.min(getStart(), all.size());
        int to = (int) Math.min(from + getLimit(), all.size());
        page.addAll(all.subList(from, to));
        return page;
    }

    /** From now on, {@link #close} leaves the store open: only {@link #closeForGood} closes it. */
    void keepOpen() {
        keepOpen = true;
    }

    @Override
    public void close() {
        if (!keepOpen && started) {
            super.close();
            started = false;
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
