package fr.gouv.diplomatie.daect.programme.bake;

import fr.gouv.diplomatie.daect.programme.content.ContentFileReader;
import fr.gouv.diplomatie.daect.programme.content.MarkdownBodies;
import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.site.SiteBuild;
import fr.gouv.diplomatie.daect.programme.testing.RepositorySite;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a bake made of the content files, as the next bake reads it back from the record beside the site. */
class CrawledContentTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-12-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void everyDocumentAndBodyOfTheRepositorysSiteReadsBackTheSame() throws Exception {
        RepositorySite.copyTo(dir);
        SiteBuild build = new SiteBuild(dir, dir.resolve("target/www"), SiteSettings.load(dir, Map.of()), CLOCK, false, BuildLog.silent())
                .withoutFrontEnd();
        CrawledContent crawled = build.bake(null).crawled();
        var files = new ContentFileReader(dir).readAll(dir.resolve("content"));

        // Every content file's document is kept (none has a value the record cannot write), and every Markdown body.
        assertEquals(files.size(), crawled.documentCount(), "one document per content file");
        CrawledContent read = readBack(crawled);
        assertEquals(canonical(crawled.documents()), canonical(read.documents()));
        MarkdownBodies written = MarkdownBodies.of(List.of());
        MarkdownBodies readBodies = MarkdownBodies.of(List.of());
        crawled.seed(written, files);
        read.seed(readBodies, files);
        int bodies = 0;
        for (var file : files) {
            String markdown = SiteBaker.markdownAsJBakeReadsIt(file);
            if (markdown != null) {
                bodies++;
                assertTrue(written.parsedAlready(markdown) != null && !written.parsedAlready(markdown).html().isEmpty(), file.displayPath());
                assertEquals(written.parsedAlready(markdown), readBodies.parsedAlready(markdown), file.displayPath());
            }
        }
        assertTrue(bodies >= 5, "the guide's, the sessions' bodies: " + bodies);

        // Only what concerns the files named is kept, and the rendered files' documents can be left out.
        Path one = files.get(0).path();
        assertEquals(1, read.of(Set.of(one)).documentCount());
        assertEquals(files.size() - 1, read.without(Set.of(one.toAbsolutePath().normalize())).documentCount());
    }

    @Test
    void aDamagedRecordIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(1);
        out.writeInt(1);
        RecordFormat.writeString(out, "file");
        out.writeByte('X');
        assertThrows(IOException.class, () -> CrawledContent.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))),
                "an unknown kind of value");
        ByteArrayOutputStream negative = new ByteArrayOutputStream();
        new DataOutputStream(negative).writeInt(-5);
        assertThrows(IOException.class, () -> CrawledContent.read(new DataInputStream(new ByteArrayInputStream(negative.toByteArray()))));
        ByteArrayOutputStream truncated = new ByteArrayOutputStream();
        new DataOutputStream(truncated).writeInt(3);
        assertThrows(IOException.class, () -> CrawledContent.read(new DataInputStream(new ByteArrayInputStream(truncated.toByteArray()))));
    }

    @Test
    void aDocumentTheRecordCannotKeepAsItIsIsLeftToTheCrawler() throws Exception {
        DocumentModel document = new DocumentModel();
        document.setFile("/projet/content/a.md");
        document.setSourceUri("a.md");
        document.setSha1("abc");
        document.setRendered(true);
        document.setTags(new String[]{"maroc", "santé"});
        document.setDate(new Date(1_600_000_000_000L));
        document.put("json", List.of("a value of a JSON header"));
        InMemoryContentStore store = new InMemoryContentStore("memory", "test");
        store.seed(List.of(document));
        assertEquals(0, CrawledContent.of(store, MarkdownBodies.of(List.of()), List.of()).documentCount());

        document.remove("json");
        document.setStatus("published-date");
        store.seed(List.of(document));
        assertEquals(0, CrawledContent.of(store, MarkdownBodies.of(List.of()), List.of()).documentCount(),
                "published by the crawl once its date has passed: read again at each bake");

        document.setStatus("published");
        store.seed(List.of(document));
        CrawledContent read = readBack(CrawledContent.of(store, MarkdownBodies.of(List.of()), List.of()));
        DocumentModel back = read.documents().get(0);
        assertArrayEquals(new String[]{"maroc", "santé"}, back.getTags());
        assertEquals(new Date(1_600_000_000_000L), back.getDate());
        assertEquals(Boolean.TRUE, back.getRendered());
    }

    private static CrawledContent readBack(CrawledContent crawled) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        crawled.write(new DataOutputStream(bytes));
        return CrawledContent.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    /** The documents with their arrays as lists, so that equal contents compare equal. */
    private static List<Map<String, Object>> canonical(List<DocumentModel> documents) {
        return documents.stream().map(document -> {
            Map<String, Object> entries = new TreeMap<>();
            document.forEach((key, value) -> entries.put(key, value instanceof Object[] array ? Arrays.asList(array) : value));
            return (Map<String, Object>) entries;
        }).toList();
    }
}
