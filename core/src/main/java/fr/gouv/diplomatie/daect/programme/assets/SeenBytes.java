package fr.gouv.diplomatie.daect.programme.assets;

import java.util.Arrays;

/**
 * The byte sequences already met, looked up straight from the page's bytes: a {@code HashSet<String>} needed a new
 * string for each of the millions of attributes of a large site (a copy, its hash, then mostly thrown away), a third
 * of the vocabulary's time at 5,000 sessions. Exact (bytes compared, not only hashes). Not thread-safe.
 */
final class SeenBytes {

    private byte[][] keys = new byte[1024][];
    private int[] hashes = new int[1024];
    private int size;

    /** Whether {@code bytes[from, to)} was not met before; it is remembered from now on. */
    boolean add(byte[] bytes, int from, int to) {
        int hash = hash(bytes, from, to);
        int mask = keys.length - 1;
        int slot = hash & mask;
        for (byte[] key = keys[slot]; key != null; key = keys[slot]) {
            if (hashes[slot] == hash && Arrays.equals(key, 0, key.length, bytes, from, to)) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = Arrays.copyOfRange(bytes, from, to);
        hashes[slot] = hash;
        if (++size * 2 > keys.length) {
            grow();
        }
        return true;
    }

    int size() {
        return size;
    }

    private static int hash(byte[] bytes, int from, int to) {
        int hash = 1;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + bytes[i];
        }
        // Spread the high bits over the low ones, which pick the slot.
        return hash ^ (hash >>> 16);
    }

    private void grow() {
        byte[][] oldKeys = keys;
        int[] oldHashes = hashes;
        keys = new byte[oldKeys.length * 2][];
        hashes = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = oldHashes[i] & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }
}
