package fr.gouv.diplomatie.daect.programme.assets;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A set of names read from pages' bytes, which makes a {@code String} only of a name it does not hold yet: a
 * page has hundreds of tags, the site thousands of pages, and a new string for every name read was most of the
 * vocabulary scan's time. Lookups by bytes go through an open-addressing table of the names held.
 */
final class NameSet {

    private final Set<String> names = new HashSet<>();
    /** The names held, by slot, and the bytes of each (ASCII; null for another name): compared byte for byte. */
    private String[] table = new String[256];
    private byte[][] bytesOf = new byte[256][];

    /**
     * The name in {@code bytes[from, to)}, added if new: ASCII, lower-cased if asked; a name with other bytes is
     * decoded as UTF-8 (no selector of the DSFR names one, so it is never looked up by bytes).
     */
    String add(byte[] bytes, int from, int to, boolean lowerCase) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b < 0) {
                String name = new String(bytes, from, to - from, StandardCharsets.UTF_8);
                return add(lowerCase ? name.toLowerCase(Locale.ROOT) : name);
            }
            hash = 31 * hash + fold(b, lowerCase);
        }
        int mask = table.length - 1;
        for (int slot = spread(hash) & mask; table[slot] != null; slot = (slot + 1) & mask) {
            if (table[slot].hashCode() == hash && sameName(bytesOf[slot], bytes, from, to, lowerCase)) {
                return table[slot];
            }
        }
        char[] chars = new char[to - from];
        for (int i = from; i < to; i++) {
            chars[i - from] = (char) fold(bytes[i], lowerCase);
        }
        return add(new String(chars));
    }

    String add(String name) {
        if (names.add(name)) {
            if (2 * names.size() > table.length) {
                String[] old = table;
                table = new String[old.length * 2];
                bytesOf = new byte[table.length][];
                for (String held : old) {
                    if (held != null) {
                        insert(held);
                    }
                }
            }
            insert(name);
        }
        return name;
    }

    void addAll(NameSet other) {
        other.names.forEach(this::add);
    }

    boolean contains(String name) {
        return names.contains(name);
    }

    Stream<String> stream() {
        return names.stream();
    }

    private void insert(String name) {
        int mask = table.length - 1;
        int slot = spread(name.hashCode()) & mask;
        while (table[slot] != null) {
            slot = (slot + 1) & mask;
        }
        table[slot] = name;
        bytesOf[slot] = name.chars().allMatch(c -> c < 0x80) ? name.getBytes(StandardCharsets.US_ASCII) : null;
    }

    private static boolean sameName(byte[] name, byte[] bytes, int from, int to, boolean lowerCase) {
        if (name == null || name.length != to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (name[i - from] != fold(bytes[i], lowerCase)) {
                return false;
            }
        }
        return true;
    }

    private static int fold(byte b, boolean lowerCase) {
        return lowerCase && b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
