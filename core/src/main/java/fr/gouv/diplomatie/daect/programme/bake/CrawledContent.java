package fr.gouv.diplomatie.daect.programme.bake;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.MarkdownBodies;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.gouv.diplomatie.daect.programme.bake.RecordFormat.readCount;
import static fr.gouv.diplomatie.daect.programme.bake.RecordFormat.readString;
import static fr.gouv.diplomatie.daect.programme.bake.RecordFormat.writeString;

/**
 * What a bake made of the content files, kept in its record so that the next bake starts from it: the document JBake's
 * crawler stored for each file, with the file's hash, and each Markdown body as parsed. Given to the next bake's store,
 * the documents let JBake's crawler read again only the files whose hash changed, as it does with its own persistent
 * store ({@code db.store=plocal}); the bodies give the programme's calendar the plain text of every session without
 * parsing them again. Both depend only on the files and on what the build key covers (templates, settings, versions).
 */
public final class CrawledContent {

    public static final CrawledContent NONE = new CrawledContent(List.of(), Map.of());

    private static final int MOST_DOCUMENTS = 1_000_000;
    private static final int MOST_ENTRIES = 10_000;

    /** Rendered documents only (the crawler reads a document not rendered again), each with its file. */
    private final List<DocumentModel> documents;
    /** The parsed Markdown body of each content file, by file (absolute, normalized). */
    private final Map<Path, MarkdownBodies.Body> bodies;

    private CrawledContent(List<DocumentModel> documents, Map<Path, MarkdownBodies.Body> bodies) {
        this.documents = documents;
        this.bodies = bodies;
    }

    /** What the bake that just ended left in {@code store} and {@code parsed}, for {@code files}. */
    static CrawledContent of(InMemoryContentStore store, MarkdownBodies parsed, List<ContentFile> files) {
        List<DocumentModel> documents = store.documents().stream()
                .filter(document -> Boolean.TRUE.equals(document.getRendered()) && document.getFile() != null && storable(document))
                // JBake's crawler publishes such a document once its date has passed, by the clock of each crawl.
                .filter(document -> !ModelAttributes.Status.PUBLISHED_DATE.equals(document.getStatus()))
                .toList();
        Map<Path, MarkdownBodies.Body> bodies = new HashMap<>();
        for (ContentFile file : files) {
            String markdown = SiteBaker.markdownAsJBakeReadsIt(file);
            MarkdownBodies.Body body = markdown == null ? null : parsed.parsedAlready(markdown);
            if (body != null && body.parsed()) {
                bodies.put(normalized(file.path()), body);
            }
        }
        return new CrawledContent(documents, bodies);
    }

    /** How many documents: as many content files JBake need not read again. */
    public int documentCount() {
        return documents.size();
    }

    /** Only what concerns {@code files} (those unchanged since this was recorded). */
    public CrawledContent of(Set<Path> files) {
        Set<Path> kept = new HashSet<>();
        files.forEach(file -> kept.add(normalized(file)));
        Map<Path, MarkdownBodies.Body> keptBodies = new HashMap<>();
        bodies.forEach((file, body) -> {
            if (kept.contains(file)) {
                keptBodies.put(file, body);
            }
        });
        return new CrawledContent(documents.stream().filter(document -> kept.contains(fileOf(document))).toList(), keptBodies);
    }

    /** The same, without the documents of {@code rendered} files: JBake reads those again, to render their pages. */
    public CrawledContent without(Set<Path> rendered) {
        return new CrawledContent(documents.stream().filter(document -> !rendered.contains(fileOf(document))).toList(), bodies);
    }

    /**
     * Gives {@code into} the body of each of {@code files} parsed here, so that it is not parsed again: for content read
     * back through {@link #of(Set)}, whose files have the text they had when their bodies were parsed.
     */
    public void seed(MarkdownBodies into, List<ContentFile> files) {
        for (ContentFile file : files) {
            MarkdownBodies.Body body = bodies.get(normalized(file.path()));
            String markdown = body == null ? null : SiteBaker.markdownAsJBakeReadsIt(file);
            if (markdown != null) {
                into.seed(markdown, body);
            }
        }
    }

    /** The documents, for JBake's store. */
    List<DocumentModel> documents() {
        return documents;
    }

    private static Path fileOf(DocumentModel document) {
        return normalized(Path.of(document.getFile()));
    }

    private static Path normalized(Path file) {
        return file.toAbsolutePath().normalize();
    }

    public void write(DataOutput out) throws IOException {
        out.writeInt(documents.size());
        for (DocumentModel document : documents) {
            out.writeInt(document.size());
            for (Map.Entry<String, Object> entry : document.entrySet()) {
                writeString(out, entry.getKey());
                writeValue(out, entry.getValue());
            }
        }
        out.writeInt(bodies.size());
        for (Map.Entry<Path, MarkdownBodies.Body> entry : bodies.entrySet()) {
            writeString(out, entry.getKey().toString());
            writeString(out, entry.getValue().html());
            writeString(out, entry.getValue().plainText());
        }
    }

    public static CrawledContent read(DataInput in) throws IOException {
        int count = readCount(in, MOST_DOCUMENTS);
        List<DocumentModel> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            DocumentModel document = new DocumentModel();
            int entries = readCount(in, MOST_ENTRIES);
            for (int j = 0; j < entries; j++) {
                String key = readString(in);
                document.put(key, readValue(in));
            }
            if (document.getFile() == null || document.getSourceuri() == null || document.getSha1() == null) {
                throw new IOException("document incomplet");
            }
            documents.add(document);
        }
        int bodyCount = readCount(in, MOST_DOCUMENTS);
        Map<Path, MarkdownBodies.Body> bodies = new LinkedHashMap<>();
        for (int i = 0; i < bodyCount; i++) {
            bodies.put(Path.of(readString(in)), new MarkdownBodies.Body(readString(in), readString(in)));
        }
        return new CrawledContent(List.copyOf(documents), bodies);
    }

    /** Whether every value of the document is of a type the record writes (those JBake's header parser gives). */
    private static boolean storable(DocumentModel document) {
        return document.values().stream().allMatch(value -> value instanceof String || value instanceof Boolean
                || value instanceof Integer || value instanceof Long || value instanceof String[]
                || value != null && value.getClass() == Date.class);
    }

    private static void writeValue(DataOutput out, Object value) throws IOException {
        if (value instanceof String text) {
            out.writeByte('S');
            writeString(out, text);
        } else if (value instanceof Boolean flag) {
            out.writeByte('B');
            out.writeBoolean(flag);
        } else if (value instanceof Integer number) {
            out.writeByte('I');
            out.writeInt(number);
        } else if (value instanceof Long number) {
            out.writeByte('L');
            out.writeLong(number);
        } else if (value instanceof String[] texts) {
            out.writeByte('A');
            out.writeInt(texts.length);
            for (String text : texts) {
                writeString(out, text);
            }
        } else if (value instanceof Date date) {
            out.writeByte('D');
            out.writeLong(date.getTime());
        } else {
            throw new IOException("valeur non enregistrable : " + (value == null ? "null" : value.getClass().getName()));
        }
    }

    private static Object readValue(DataInput in) throws IOException {
        byte type = in.readByte();
        return switch (type) {
            case 'S' -> readString(in);
            case 'B' -> in.readBoolean();
            case 'I' -> in.readInt();
            case 'L' -> in.readLong();
            case 'D' -> new Date(in.readLong());
            case 'A' -> {
                String[] texts = new String[readCount(in, MOST_ENTRIES)];
                for (int i = 0; i < texts.length; i++) {
                    texts[i] = readString(in);
                }
                yield texts;
            }
            default -> throw new IOException("type de valeur inconnu : " + type);
        };
    }
}
