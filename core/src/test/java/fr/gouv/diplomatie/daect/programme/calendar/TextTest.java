package fr.gouv.diplomatie.daect.programme.calendar;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Content lines folded at 75 octets. */
class TextTest {

    @Test
    void longLinesAreFoldedAt75OctetsAndUnfoldBackToTheSameText() {
        String line = "DESCRIPTION:" + "coopération décentralisée ".repeat(12);
        String folded = ContentLineFolder.fold(line + "\r\nEND:VEVENT\r\n");
        for (String physical : folded.split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, physical);
        }
        assertTrue(folded.split("\r\n").length > 4, folded);
        assertEquals(line + "\r\nEND:VEVENT\r\n", folded.replace("\r\n ", ""));
    }

    @Test
    void shortLinesAreLeftAlone() {
        String text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";
        assertEquals(text, ContentLineFolder.fold(text));
    }

    @Test
    void theOctetsOfEachCharacterAreCountedAsUtf8EncodesThem() {
        for (int codePoint : new int[] {'a', '~', 0x7F, 0x80, 'é', 'œ', 0x7FF, 0x800, '€', '’', 0xFFFD, 0xFFFF, 0x10000, 0x1F4C5, 0x10FFFF}) {
            assertEquals(new String(Character.toChars(codePoint)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                    ContentLineFolder.utf8Octets(codePoint), Integer.toHexString(codePoint));
        }
    }
}
