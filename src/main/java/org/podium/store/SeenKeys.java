package org.podium.store;

import java.util.function.ToLongFunction;

/**
 * The addresses an import has sent so far, each as a 64-bit hash of its key with the line that
 * gave it: sixteen bytes an address, so a million fit in 32 MB where strings would take over
 * 100 MB. A hash that is new is a key that is new, for certain; a hash seen before is the same
 * key almost always, and the one who asks settles the rare other case exactly.
 */
final class SeenKeys {
    private final ToLongFunction<String> hash;
    /** Pairs of a hash (0 for an empty slot, so a hash of 0 is kept as 1) and its line, side by side in memory. */
    private long[] slots = new long[2 << 12];
    private int size;

    SeenKeys() {
        this(SeenKeys::hash);
    }

    /** With another hash: a test's, to make keys collide. */
    SeenKeys(ToLongFunction<String> hash) {
        this.hash = hash;
    }

    /**
     * Remembers the key's hash with {@code line} and returns -1 when the hash is new; else
     * returns the line of the first key with that hash and changes nothing.
     */
    long putIfAbsent(String key, long line) {
        long h = hash.applyAsLong(key);
        if (h == 0) {
            h = 1;
        }
        int i = slot(slots, h);
        if (slots[i] != 0) {
            return slots[i + 1];
        }
        slots[i] = h;
        slots[i + 1] = line;
        if (++size > slots.length / 8 * 3) {
            grow();
        }
        return -1;
    }

    private static int slot(long[] slots, long hash) {
        int mask = slots.length / 2 - 1;
        int i = (int) hash & mask;
        while (slots[2 * i] != 0 && slots[2 * i] != hash) {
            i = (i + 1) & mask;
        }
        return 2 * i;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (int j = 0; j < old.length; j += 2) {
            if (old[j] != 0) {
                int i = slot(slots, old[j]);
                slots[i] = old[j];
                slots[i + 1] = old[j + 1];
            }
        }
    }

    /** FNV-1a over the key's characters, then MurmurHash3's finaliser, so the low bits spread well. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
