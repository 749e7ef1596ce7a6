package org.podium.service.importing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A set of normalised addresses, each with a line number: the addresses a file has given, or
 * an event already has. A million addresses as strings in a hash set would take over 100 MB;
 * here each costs its UTF-8 bytes plus about 18, packed into large arrays, and the answer is
 * exact.
 */
final class AddressLines {
    private static final int CHUNK_BITS = 20;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int MAX_KEY = 0xFFFF;

    private final List<byte[]> chunks = new ArrayList<>();
    private byte[] chunk = new byte[0];
    private int used;
    /** Where each key's bytes start, plus one; 0 is an empty slot. */
    private int[] slots = new int[1 << 12];
    private int[] hashes = new int[slots.length];
    private int[] lines = new int[slots.length];
    private int size;

    /**
     * Remembers the key with {@code line} and returns -1, or, if it is already there, returns
     * its line and changes nothing.
     */
    long putIfAbsent(String key, long line) {
        byte[] bytes = bytes(key);
        int hash = mix(java.util.Arrays.hashCode(bytes));
        int i = slot(bytes, hash);
        if (slots[i] != 0) {
            return lines[i];
        }
        slots[i] = store(bytes) + 1;
        hashes[i] = hash;
        lines[i] = (int) Math.min(line, Integer.MAX_VALUE);
        if (++size > slots.length / 4 * 3) {
            grow();
        }
        return -1;
    }

    /** The key's line, or -1 if it is not there. */
    long get(String key) {
        byte[] bytes = bytes(key);
        int i = slot(bytes, mix(java.util.Arrays.hashCode(bytes)));
        return slots[i] == 0 ? -1 : lines[i];
    }

    /** Sets the line of a key that is there; returns false, changing nothing, if it is not. */
    boolean replace(String key, long line) {
        byte[] bytes = bytes(key);
        int i = slot(bytes, mix(java.util.Arrays.hashCode(bytes)));
        if (slots[i] == 0) {
            return false;
        }
        lines[i] = (int) Math.min(line, Integer.MAX_VALUE);
        return true;
    }

    private static byte[] bytes(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_KEY) {
            throw new IllegalArgumentException("an address of " + bytes.length + " bytes");
        }
        return bytes;
    }

    /** The slot holding the key, or the empty slot where it would go. */
    private int slot(byte[] bytes, int hash) {
        int mask = slots.length - 1;
        int i = hash & mask;
        while (slots[i] != 0 && !(hashes[i] == hash && sameAt(slots[i] - 1, bytes))) {
            i = (i + 1) & mask;
        }
        return i;
    }

    int size() {
        return size;
    }

    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    /** Copies the key into the current chunk as two length bytes then the bytes; returns its position. */
    private int store(byte[] bytes) {
        if (used + bytes.length + 2 > chunk.length) {
            if (chunks.size() >= (1 << (31 - CHUNK_BITS)) - 1) {
                throw new IllegalStateException("too many addresses to compare in one file");
            }
            chunk = new byte[CHUNK];
            chunks.add(chunk);
            used = 0;
        }
        int position = ((chunks.size() - 1) << CHUNK_BITS) | used;
        chunk[used] = (byte) (bytes.length >>> 8);
        chunk[used + 1] = (byte) bytes.length;
        System.arraycopy(bytes, 0, chunk, used + 2, bytes.length);
        used += bytes.length + 2;
        return position;
    }

    private boolean sameAt(int position, byte[] bytes) {
        byte[] in = chunks.get(position >>> CHUNK_BITS);
        int at = position & (CHUNK - 1);
        int length = ((in[at] & 0xFF) << 8) | (in[at + 1] & 0xFF);
        return length == bytes.length && java.util.Arrays.equals(in, at + 2, at + 2 + length, bytes, 0, length);
    }

    private void grow() {
        int[] oldSlots = slots;
        int[] oldHashes = hashes;
        int[] oldLines = lines;
        slots = new int[oldSlots.length * 2];
        hashes = new int[slots.length];
        lines = new int[slots.length];
        int mask = slots.length - 1;
        for (int j = 0; j < oldSlots.length; j++) {
            if (oldSlots[j] == 0) {
                continue;
            }
            int i = oldHashes[j] & mask;
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            slots[i] = oldSlots[j];
            hashes[i] = oldHashes[j];
            lines[i] = oldLines[j];
        }
    }
}
