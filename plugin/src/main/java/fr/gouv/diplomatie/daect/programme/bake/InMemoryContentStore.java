package fr.gouv.diplomatie.daect.programme.bake;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * JBake's content store kept in a map instead of an OrientDB database. Every bake starts from
 * scratch, so JBake's database only cost time: starting it (password hashing for its default
 * users, schema), one SQL statement parsed per document crawled and per document rendered. This
 * store answers the same questions, in the same order (most recent first), in constant or linear time,
 * and keeps them for the preview's rebakes ({@link WarmSite}).
 * <ul>
 *   <li>It remembers which source files made it in: JBake skips a file it cannot read with only a
 *       log warning, and the baker turns every such skip into an error.</li>
 *   <li>It computes each type's ordered list once per bake: JBake's renderer asks for it again for
 *       every document it renders, which made the bake quadratic.</li>
 * </ul>
 * {@link #updateSchema()} is final in JBake and needs the database: {@link JBakeRun} bakes without calling it.
 */
final class InMemoryContentStore extends ContentStore {

    /** By source address, in the order JBake crawled them (sorted file names). */
    private final Map<String, DocumentModel> documents = new LinkedHashMap<>();
    private final Set<Path> added = new HashSet<>();
    private final Map<String, DocumentList<DocumentModel>> allContentByType = new HashMap<>();
    private int allContentQueries;

    InMemoryContentStore() {
        super("memory", "unused");
    }

    @Override
    public void startup() {
        // Nothing to start.
    }

    @Override
    public void close() {
        // Nothing to close.
    }

    @Override
    public void shutdown() {
        // Nothing to shut down.
    }

    @Override
    public void drop() {
        clear();
    }

    @Override
    public boolean isActive() {
        return true;
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        // A new store is empty: there is no cache to clear.
    }

    @Override
    public void addDocument(DocumentModel document) {
        if (document.getFile() != null) {
            added.add(Path.of(document.getFile()).toAbsolutePath().normalize());
        }
        allContentByType.clear();
        documents.put(document.getSourceuri(), document);
    }

    @Override
    public long getDocumentCount(String docType) {
        return select(ofType(docType)).size();
    }

    @Override
    public long getPublishedCount(String docType) {
        return select(ofType(docType).and(InMemoryContentStore::published)).size();
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        return bySource(uri);
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return bySource(uri);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return paged(getPublishedContent("post"), applyPaging);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return select(ofType("post").and(InMemoryContentStore::published).and(tagged(tag)));
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        return select(InMemoryContentStore::published, tagged(tag));
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return select(ofType(docType).and(InMemoryContentStore::published));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        // Rendering only flips the "rendered" flag, which this list's users (previous/next links) ignore.
        return allContentByType.computeIfAbsent(docType, type -> {
            allContentQueries++;
            return new IndexedDocumentList(select(ofType(type)));
        });
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return paged(getAllContent(docType), applyPaging);
    }

    /** Drafts are crawled (the validation names them) but never rendered: a draft session has no page in the programme. */
    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return select(document -> !Boolean.TRUE.equals(document.get(ModelAttributes.RENDERED)) && !isDraft(document));
    }

    static boolean isDraft(DocumentModel document) {
        return ModelAttributes.Status.DRAFT.equals(document.getStatus());
    }

    @Override
    public void deleteContent(String uri) {
        allContentByType.clear();
        documents.remove(uri);
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        DocumentModel stored = documents.get(document.getSourceuri());
        if (stored != null && Boolean.TRUE.equals(stored.get(ModelAttributes.CACHED))) {
            stored.setRendered(true);
        }
    }

    @Override
    public void deleteAllByDocType(String docType) {
        allContentByType.clear();
        documents.values().removeIf(ofType(docType));
    }

    @Override
    public Set<String> getTags() {
        return tags(select(ofType("post").and(InMemoryContentStore::published)));
    }

    @Override
    public Set<String> getAllTags() {
        return tags(select(InMemoryContentStore::published));
    }

    /** How many times a type's whole list was computed (for the test that keeps the bake linear). */
    int allContentQueries() {
        return allContentQueries;
    }

    boolean contains(Path file) {
        return added.contains(file.toAbsolutePath().normalize());
    }

    private void clear() {
        documents.clear();
        added.clear();
        allContentByType.clear();
    }

    private DocumentList<DocumentModel> bySource(String uri) {
        DocumentList<DocumentModel> result = new DocumentList<>();
        DocumentModel document = documents.get(uri);
        if (document != null) {
            result.add(document);
        }
        return result;
    }

    @SafeVarargs
    private DocumentList<DocumentModel> select(Predicate<DocumentModel>... conditions) {
        List<DocumentModel> selected = new ArrayList<>();
        for (DocumentModel document : documents.values()) {
            boolean all = true;
            for (Predicate<DocumentModel> condition : conditions) {
                all &= condition.test(document);
            }
            if (all) {
                selected.add(document);
            }
        }
        // JBake's queries all end with "order by date desc"; a stable sort keeps the crawl order among equals.
        selected.sort(Comparator.comparing(DocumentModel::getDate, Comparator.nullsLast(Comparator.<Date>reverseOrder())));
        DocumentList<DocumentModel> result = new DocumentList<>();
        result.addAll(selected);
        return result;
    }

    private DocumentList<DocumentModel> paged(DocumentList<DocumentModel> all, boolean applyPaging) {
        if (!applyPaging || getStart() < 0 || getLimit() < 0) {
            return all;
        }
        DocumentList<DocumentModel> page = new DocumentList<>();
        all.stream().skip(getStart()).limit(getLimit()).forEach(page::add);
        return page;
    }

    private static Predicate<DocumentModel> ofType(String docType) {
        return document -> docType.equals(document.getType());
    }

    private static boolean published(DocumentModel document) {
        return ModelAttributes.Status.PUBLISHED.equals(document.getStatus());
    }

    private static Predicate<DocumentModel> tagged(String tag) {
        return document -> document.getTags() != null && List.of(document.getTags()).contains(tag);
    }

    private static Set<String> tags(List<DocumentModel> documents) {
        Set<String> result = new HashSet<>();
        for (DocumentModel document : documents) {
            if (document.getTags() != null) {
                result.addAll(List.of(document.getTags()));
            }
        }
        return result;
    }
}
