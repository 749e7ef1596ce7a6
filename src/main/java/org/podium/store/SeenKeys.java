package org.podium.store;

import java.util.function.ToLongFunction;

/**
 * The addresses an import has sent so far, each as a 64-bit hash of its key with the line that
 * gave it: twelve bytes an address, so a million fit in 24 MB where strings would take over
 * 100 MB. A hash that is new is a key that is new, for certain; a hash seen before is the same
 * key almost always, and the one who asks settles the rare other case exactly.
 */
final class SeenKeys {
    private final ToLongFunction<String> hash;
    private long[] hashes = new long[1 << 12];
    private int[] lines = new int[hashes.length];
    private boolean[] used = new boolean[hashes.length];
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
        int i = slot(h);
        if (used[i]) {
            return lines[i];
        }
        used[i] = true;
        hashes[i] = h;
        lines[i] = (int) Math.min(line, Integer.MAX_VALUE);
        if (++size > hashes.length / 4 * 3) {
            grow();
        }
        return -1;
    }

    private int slot(long hash) {
        int mask = hashes.length - 1;
        int i = (int) hash & mask;
        while (used[i] && hashes[i] != hash) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldLines = lines;
        boolean[] oldUsed = used;
        hashes = new long[oldHashes.length * 2];
        lines = new int[hashes.length];
        used = new boolean[hashes.length];
        for (int j = 0; j < oldHashes.length; j++) {
            if (oldUsed[j]) {
                int i = slot(oldHashes[j]);
                used[i] = true;
                hashes[i] = oldHashes[j];
                lines[i] = oldLines[j];
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
