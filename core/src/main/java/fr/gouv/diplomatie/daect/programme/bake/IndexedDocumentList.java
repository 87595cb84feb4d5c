package fr.gouv.diplomatie.daect.programme.bake;

import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A document list that finds a document's position by its source address in constant time.
 * JBake's renderer calls {@code indexOf} on the list of all documents of a type for every document
 * it renders (to find the previous and next ones); on a plain list, with map equality, that is quadratic.
 */
final class IndexedDocumentList extends DocumentList<DocumentModel> {

    private final Map<String, Integer> positions = new HashMap<>();
    private final List<DocumentModel> byPosition = new ArrayList<>();

    IndexedDocumentList(DocumentList<DocumentModel> documents) {
        for (DocumentModel document : documents) {
            positions.putIfAbsent(document.getSourceuri(), byPosition.size());
            byPosition.add(document);
            add(document);
        }
    }

    /** In constant time: the renderer walks to the neighbours of each document by index. */
    @Override
    public DocumentModel get(int index) {
        return byPosition.get(index);
    }

    @Override
    public int indexOf(Object document) {
        if (document instanceof DocumentModel model && model.getSourceuri() != null) {
            Integer position = positions.get(model.getSourceuri());
            return position == null ? -1 : position;
        }
        return super.indexOf(document);
    }
}
