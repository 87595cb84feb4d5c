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
 * was quadratic, and OrientDB took a third of its time). OrientDB is still started, empty, in memory: the
 * {@code Oven} asks it whether its schema exists ({@code updateSchema()}, final, on a private field), and JBake
 * offers no other way to answer; {@link #release} closes it.
 * <p>
 * It also remembers which source files made it in: JBake skips a file it cannot read with only a log
 * warning, and the baker turns every such skip into an error. Drafts ({@code status=draft}) are crawled,
 * so that links and lock checks know them, but never rendered: JBake would publish them as
 * {@code x-draft.html}, and the programme (which holds the published sessions only) has no session for their page.
 * <p>
 * The Oven closes its store at the end of every bake: that changes nothing here, so that the preview's
 * warm site ({@link WarmSite}) keeps every parsed document afterwards; the owner calls {@link #release} instead.
 */
final class InMemoryContentStore extends ContentStore {

    /** OrientDB logs every start and stop through java.util.logging: keep the build log for what matters. */
    private static final java.util.logging.Logger ORIENT_LOG = java.util.logging.Logger.getLogger("com.orientechnologies");

    static {
        ORIENT_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private final DocumentTable documents = new DocumentTable();
    private String templatesSignature;
    private boolean started;
    /** Given documents to start from: see {@link #seed}. */
    private boolean seeded;

    InMemoryContentStore(String type, String name) {
        super(type, name);
    }

    /** JBake's own start (an empty OrientDB database, for the Oven's schema question), once. */
    @Override
    public synchronized void startup() {
        if (!started) {
            super.startup();
            started = true;
        }
    }

    @Override
    public boolean isActive() {
        return true;
    }

    @Override
    public void addDocument(DocumentModel document) {
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

    /**
     * Starts from the documents a previous bake's crawler stored ({@link CrawledContent}), kept through the clearing
     * JBake asks for at the start of the next bake: the build key that let them be given vouches for the templates and
     * settings they were made with.
     */
    void seed(List<DocumentModel> previous) {
        previous.forEach(documents::add);
        seeded = !previous.isEmpty();
    }

    /** The documents in the store now (copies). */
    List<DocumentModel> documents() {
        return documents.documents();
    }

    /** As JBake's store: everything is crawled again when asked to, or when the templates changed since the last call. */
    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        if (seeded) {
            seeded = false;
            return;
        }
        boolean clear = needed;
        if (!needed) {
            String signature;
            try {
                signature = FileUtil.sha1(templateFolder);
            } catch (Exception e) {
                signature = "";
            }
            clear = !signature.equals(templatesSignature);
            templatesSignature = signature;
        }
        if (clear) {
            documents.clear();
        }
    }

    @Override
    public void drop() {
        documents.clear();
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

    /** Nothing to close: see the class comment. */
    @Override
    public void close() {
    }

    @Override
    public void shutdown() {
    }

    /** Closes JBake's database, once the documents are of no more use. */
    synchronized void release() {
        documents.clear();
        if (started) {
            started = false;
            super.close();
        }
    }

    /** Whether the document of {@code file} is in the store (JBake skips some files with only a warning). */
    boolean contains(Path file) {
        return documents.sourceOf(file).isPresent();
    }

    /** The source address of the last document read from {@code file}, even if it has left the store since. */
    java.util.Optional<String> lastSourceOf(Path file) {
        return documents.lastSourceOf(file);
    }

    /** The document read from {@code file}, if it is in the store. */
    java.util.Optional<DocumentModel> documentOf(Path file) {
        return documents.sourceOf(file).map(documents::withSource).filter(found -> !found.isEmpty()).map(found -> found.get(0));
    }
}
