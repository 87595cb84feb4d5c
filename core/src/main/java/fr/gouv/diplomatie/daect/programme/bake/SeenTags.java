package fr.gouv.diplomatie.daect.programme.bake;

import java.util.Arrays;

/**
 * The start tags a reader has already been told of, by their bytes, for {@link StartTags#read(byte[], int, int,
 * StartTags.Reader, SeenTags)}. Holds at most {@link #CAPACITY} tags, the first ones met: the tags that recur are
 * met early (the header on the first page), while those unique to a page (its links, its dates) would only fill
 * memory. Not thread-safe: one per reader.
 */
public final class SeenTags {

    static final int CAPACITY = 1 << 14;

    private int[] hashes = new int[256];
    private byte[][] tags = new byte[256][];
    private int size;

    /** Whether {@code html[from, to)} is a tag not seen yet (then held, if there is room). */
    boolean add(byte[] html, int from, int to) {
        int hash = 1;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + html[i];
        }
        int mask = tags.length - 1;
        int slot = spread(hash) & mask;
        for (; tags[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && Arrays.equals(tags[slot], 0, tags[slot].length, html, from, to)) {
                return false;
            }
        }
        if (size < CAPACITY) {
            hashes[slot] = hash;
            tags[slot] = Arrays.copyOfRange(html, from, to);
            if (2 * ++size > tags.length) {
                grow();
            }
        }
        return true;
    }

    private void grow() {
        int[] oldHashes = hashes;
        byte[][] oldTags = tags;
        hashes = new int[2 * oldTags.length];
        tags = new byte[2 * oldTags.length][];
        int mask = tags.length - 1;
        for (int i = 0; i < oldTags.length; i++) {
            if (oldTags[i] != null) {
                int slot = spread(oldHashes[i]) & mask;
                while (tags[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = oldHashes[i];
                tags[slot] = oldTags[i];
            }
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
