package fr.gouv.diplomatie.daect.programme.assets;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeenBytesTest {

    @Test
    void answersAsASetOfStringsWouldThroughManyGrowths() {
        // Short sequences over few letters: many repeats, many equal hashes of different lengths, 2^17 slots by the end.
        Random random = new Random(17);
        SeenBytes seen = new SeenBytes();
        Set<String> strings = new HashSet<>();
        byte[] page = new byte[64];
        for (int i = 0; i < 200_000; i++) {
            int from = random.nextInt(8);
            int to = from + random.nextInt(7);
            for (int k = from; k < to; k++) {
                page[k] = (byte) ('a' + random.nextInt(5));
            }
            String text = new String(page, from, to - from, StandardCharsets.ISO_8859_1);
            assertEquals(strings.add(text), seen.add(page, from, to), text);
        }
        assertEquals(strings.size(), seen.size());
    }

    @Test
    void comparesTheBytesNotOnlyTheirHash() {
        SeenBytes seen = new SeenBytes();
        // "Aa" and "BB" have the same String hash, as with this set's multiplier.
        assertTrue(seen.add("Aa".getBytes(StandardCharsets.US_ASCII), 0, 2));
        assertTrue(seen.add("BB".getBytes(StandardCharsets.US_ASCII), 0, 2));
        assertFalse(seen.add("xBBx".getBytes(StandardCharsets.US_ASCII), 1, 3));
        assertTrue(seen.add(new byte[0], 0, 0));
        assertFalse(seen.add("abc".getBytes(StandardCharsets.US_ASCII), 2, 2));
    }

    @Test
    void keepsItsOwnCopyOfTheBytes() {
        SeenBytes seen = new SeenBytes();
        byte[] page = "class=\"a\"".getBytes(StandardCharsets.US_ASCII);
        seen.add(page, 0, page.length);
        page[7] = 'b';
        assertTrue(seen.add(page, 0, page.length));
        assertFalse(seen.add("class=\"a\"".getBytes(StandardCharsets.US_ASCII), 0, page.length));
    }
}
