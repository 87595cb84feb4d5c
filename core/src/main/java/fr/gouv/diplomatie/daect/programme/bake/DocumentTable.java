package fr.gouv.diplomatie.daect.programme.bake;

import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The documents JBake crawled, in memory, answering the questions JBake asks its content store
 * the way its OrientDB statements do ({@code order by date desc}, most recent first), in time
 * proportional to the answer at most. A query's answer is a list of copies, as a database gives,
 * so that the renderer's changes to a document (its previous and next links) stay out of the table;
 * the list of a type, asked once per rendered document, is shared and computed once per change.
 * Synchronized: templates may ask the store while pages render on several threads ({@link ConcurrentRenderer}).
 */
final class DocumentTable {

    /** JBake's statements order by date, most recent first; the crawl order (file names) breaks ties. */
    private static final Comparator<DocumentModel> MOST_RECENT_FIRST =
            Comparator.comparing(DocumentModel::getDate, Comparator.nullsLast(Comparator.<Date>reverseOrder()));

    private final Map<String, DocumentModel> bySource = new LinkedHashMap<>();
    /** The source address of the document read from each file (absolute, normalized). */
    private final Map<Path, String> sourceByFile = new HashMap<>();
    /** The same, kept when the document leaves the table: a file's page must go when the file goes. */
    private final Map<Path, String> lastSourceByFile = new HashMap<>();
    private final Map<String, IndexedDocumentList> byType = new HashMap<>();
    /** How many documents of each type, counted in one pass when first asked (JBake asks for each type it knows). */
    private Map<String, Long> counts;
    private int typeListsComputed;

    synchronized void add(DocumentModel document) {
        DocumentModel stored = new DocumentModel();
        stored.putAll(document);
        DocumentModel replaced = bySource.put(document.getSourceuri(), stored);
        if (replaced != null) {
            forgetFile(replaced);
        }
        if (document.getFile() != null) {
            sourceByFile.put(fileOf(document.getFile()), document.getSourceuri());
            lastSourceByFile.put(fileOf(document.getFile()), document.getSourceuri());
        }
        forgetLists();
    }

    /** Every document, in the order they came in. */
    synchronized List<DocumentModel> documents() {
        return copies(new ArrayList<>(bySource.values()));
    }

    synchronized boolean contains(String sourceUri) {
        return bySource.containsKey(sourceUri);
    }

    synchronized void remove(String sourceUri) {
        DocumentModel removed = bySource.remove(sourceUri);
        if (removed != null) {
            forgetFile(removed);
            forgetLists();
        }
    }

    synchronized void removeType(String type) {
        List<String> sources = bySource.values().stream().filter(ofType(type)).map(DocumentModel::getSourceuri).toList();
        sources.forEach(this::remove);
    }

    synchronized void clear() {
        bySource.clear();
        sourceByFile.clear();
        lastSourceByFile.clear();
        forgetLists();
    }

    /** The source address of the document read from {@code file}, if one is in the table. */
    synchronized Optional<String> sourceOf(Path file) {
        return Optional.ofNullable(sourceByFile.get(file.toAbsolutePath().normalize()));
    }

    /** The source address of the last document read from {@code file}, even if it has left the table since. */
    synchronized Optional<String> lastSourceOf(Path file) {
        return Optional.ofNullable(lastSourceByFile.get(file.toAbsolutePath().normalize()));
    }

    private void forgetFile(DocumentModel document) {
        if (document.getFile() != null) {
            sourceByFile.remove(fileOf(document.getFile()), document.getSourceuri());
        }
    }

    private static Path fileOf(String file) {
        return Path.of(file).toAbsolutePath().normalize();
    }

    /** The document read from {@code sourceUri}, if any (a list of one, as a query answers). */
    synchronized DocumentList<DocumentModel> withSource(String sourceUri) {
        DocumentModel document = bySource.get(sourceUri);
        return document == null ? new DocumentList<>() : copies(List.of(document));
    }

    synchronized long count(String type) {
        if (counts == null) {
            counts = new HashMap<>();
            for (DocumentModel document : bySource.values()) {
                counts.merge(String.valueOf(document.getType()), 1L, Long::sum);
            }
        }
        return counts.getOrDefault(type, 0L);
    }

    private void forgetLists() {
        byType.clear();
        counts = null;
    }

    synchronized long publishedCount(String type) {
        return bySource.values().stream().filter(ofType(type).and(DocumentTable::isPublished)).count();
    }

    /**
     * Every document of {@code type}, most recent first: one shared list until the table changes
     * (JBake's renderer asks for it once per document it renders, and looks the document up in it).
     */
    synchronized DocumentList<DocumentModel> all(String type) {
        return byType.computeIfAbsent(type, key -> {
            typeListsComputed++;
            DocumentList<DocumentModel> documents = new DocumentList<>();
            documents.addAll(copies(sorted(ofType(key))));
            return new IndexedDocumentList(documents);
        });
    }

    synchronized DocumentList<DocumentModel> published(String type) {
        return copies(sorted(ofType(type).and(DocumentTable::isPublished)));
    }

    synchronized DocumentList<DocumentModel> publishedWithTag(String type, String tag) {
        return copies(sorted(ofType(type).and(DocumentTable::isPublished).and(document -> hasTag(document, tag))));
    }

    /** The documents not rendered yet, most recent first. */
    synchronized DocumentList<DocumentModel> unrendered() {
        return copies(sorted(document -> !Boolean.TRUE.equals(document.getRendered())));
    }

    /** What JBake's statement does: only a cached document of that type still waiting is marked. */
    synchronized void markRendered(DocumentModel rendered) {
        DocumentModel stored = bySource.get(rendered.getSourceuri());
        if (stored != null && !Boolean.TRUE.equals(stored.getRendered()) && Boolean.TRUE.equals(stored.getCached())
                && stored.getType() != null && stored.getType().equals(rendered.getType())) {
            stored.setRendered(true);
        }
    }

    /** The tags of the published documents of {@code types}. */
    synchronized List<String> publishedTags(Collection<String> types) {
        List<String> tags = new ArrayList<>();
        for (DocumentModel document : bySource.values()) {
            if (isPublished(document) && types.contains(document.getType())) {
                tags.addAll(List.of(document.getTags()));
            }
        }
        return tags;
    }

    /** How many times a type's whole list was computed (for the test that keeps the bake linear). */
    synchronized int typeListsComputed() {
        return typeListsComputed;
    }

    private List<DocumentModel> sorted(Predicate<DocumentModel> filter) {
        List<DocumentModel> selected = new ArrayList<>();
        for (DocumentModel document : bySource.values()) {
            if (filter.test(document)) {
                selected.add(document);
            }
        }
        selected.sort(MOST_RECENT_FIRST);
        return selected;
    }

    private static DocumentList<DocumentModel> copies(List<DocumentModel> documents) {
        DocumentList<DocumentModel> copies = new DocumentList<>();
        for (DocumentModel document : documents) {
            DocumentModel copy = new DocumentModel();
            copy.putAll(document);
            copies.add(copy);
        }
        return copies;
    }

    private static Predicate<DocumentModel> ofType(String type) {
        return document -> type.equals(document.getType());
    }

    private static boolean isPublished(DocumentModel document) {
        return ModelAttributes.Status.PUBLISHED.equals(document.getStatus());
    }

    private static boolean hasTag(DocumentModel document, String tag) {
        return List.of(document.getTags()).contains(tag);
    }
}
