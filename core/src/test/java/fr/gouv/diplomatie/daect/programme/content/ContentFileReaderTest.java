package fr.gouv.diplomatie.daect.programme.content;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentFileReaderTest {

    private final ContentFileReader reader = new ContentFileReader(Path.of("/projet"));
    private final Path file = Path.of("/projet/content/webinaires/sante.md");

    @Test
    void readsHeaderLinesWithTheirNumbersAndTheBody() {
        ContentFile content = reader.parse(file, "title=La santé\ntype=session\n\nstatus=published\n~~~~~~\nCorps\n".getBytes(StandardCharsets.UTF_8));

        assertEquals("content/webinaires/sante.md", content.displayPath());
        assertEquals(5, content.separatorLine());
        assertEquals("La santé", content.value("title").orElseThrow());
        assertEquals(4, content.lineOf("status"));
        assertEquals("Corps\n", content.body());
        assertEquals(6, content.bodyFirstLine());
        assertTrue(content.validUtf8());
    }

    @Test
    void acceptsAByteOrderMarkAndWindowsLineEnds() {
        ContentFile content = reader.parse(file, "\uFEFFtitle=La santé\r\ntype=session\r\n~~~~~~\r\nCorps".getBytes(StandardCharsets.UTF_8));

        assertEquals("title", content.header().get(0).key());
        assertEquals("session", content.value("type").orElseThrow());
        assertEquals(3, content.separatorLine());
        assertEquals("Corps", content.body());
    }

    @Test
    void keepsLinesThatAreNotAssignmentsForTheRulesToReport() {
        ContentFile content = reader.parse(file, "title=A\nje ne suis pas une clé\n~~~~~~\n".getBytes(StandardCharsets.UTF_8));

        HeaderLine line = content.header().get(1);
        assertFalse(line.isAssignment());
        assertEquals(2, line.line());
    }

    @Test
    void flagsBytesThatAreNotUtf8() {
        byte[] latin1 = "title=Coopérer\n~~~~~~\n".getBytes(StandardCharsets.ISO_8859_1);

        assertFalse(reader.parse(file, latin1).validUtf8());
    }

    @Test
    void aFileWithoutSeparatorHasNoBody() {
        ContentFile content = reader.parse(file, "title=A\ntype=page\n".getBytes(StandardCharsets.UTF_8));

        assertFalse(content.hasSeparator());
        assertEquals("", content.body());
    }
}
