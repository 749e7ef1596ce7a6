package org.podium.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The suppression list of an export held in memory as the bytes SQLite stores, in an
 * open-addressing table looked up with a piece of a row without copying it: a probe of the
 * list's index for every row cost SQLite more than reading the row. Read-only once made, so
 * both reading threads share it.
 */
final class SuppressedKeys {
    private final byte[][] slots;
    private final int mask;

    private SuppressedKeys(List<byte[]> keys) {
        int size = Integer.highestOneBit(Math.max(4, keys.size() * 2 - 1)) << 1;
        slots = new byte[size][];
        mask = size - 1;
        for (byte[] key : keys) {
            int i = hash(key, 0, key.length) & mask;
            while (slots[i] != null) {
                i = (i + 1) & mask;
            }
            slots[i] = key;
        }
    }

    /** The list as the snapshot of {@code c} holds it. */
    static SuppressedKeys read(Connection c) throws SQLException {
        List<byte[]> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(ExportSql.suppressed()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.add(rs.getBytes(1));
            }
        }
        return new SuppressedKeys(keys);
    }

    /** Whether the list holds exactly the bytes {@code row[from, to)}. */
    boolean holds(byte[] row, int from, int to) {
        for (int i = hash(row, from, to) & mask; slots[i] != null; i = (i + 1) & mask) {
            if (Arrays.equals(slots[i], 0, slots[i].length, row, from, to)) {
                return true;
            }
        }
        return false;
    }

    private static int hash(byte[] bytes, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + bytes[i];
        }
        return h ^ (h >>> 16);
    }
}
