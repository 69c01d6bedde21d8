package org.cspstat.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A small open-addressing map from byte spans (a field's raw UTF-8 bytes) to {@code int} values,
 * so the fast reader turns a crime type, a month or an LSOA code and name into its dictionary id
 * without making a String per row. Keys are copied on insert and compared byte by byte on lookup,
 * so a hit is exact. Not thread-safe: one per reading thread.
 */
final class ByteKeyMap {
    /** Returned by {@link #get} for an absent key. */
    static final int ABSENT = Integer.MIN_VALUE;

    private byte[][] keys = new byte[64][];
    private int[] values = new int[64];
    /** Per slot: the length of the key's first part. */
    private int[] splits = new int[64];
    private int size;

    /** Returns the value of the bytes {@code a[from..to)} followed by {@code b[bFrom..bTo)}, or {@link #ABSENT}. */
    int get(byte[] a, int from, int to, int bFrom, int bTo) {
        int mask = keys.length - 1;
        int i = hash(a, from, to, bFrom, bTo) & mask;
        while (true) {
            byte[] k = keys[i];
            if (k == null) {
                return ABSENT;
            }
            if (splits[i] == to - from && matches(k, a, from, to, bFrom, bTo)) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
    }

    /** Stores a value for the bytes {@code a[from..to)} followed by {@code a[bFrom..bTo)}. */
    void put(byte[] a, int from, int to, int bFrom, int bTo, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        // the first part, one unused byte, then the second part; the split is kept in splits[]
        byte[] key = new byte[(to - from) + 1 + (bTo - bFrom)];
        System.arraycopy(a, from, key, 0, to - from);
        System.arraycopy(a, bFrom, key, to - from + 1, bTo - bFrom);
        insert(key, to - from, value);
        size++;
    }

    private void insert(byte[] key, int split, int value) {
        int mask = keys.length - 1;
        int i = hash(key, 0, split, split + 1, key.length) & mask;
        while (keys[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        splits[i] = split;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        int[] oldValues = values;
        int[] oldSplits = splits;
        keys = new byte[oldKeys.length * 2][];
        values = new int[oldKeys.length * 2];
        splits = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldSplits[i], oldValues[i]);
            }
        }
    }

    private static boolean matches(byte[] k, byte[] a, int from, int to, int bFrom, int bTo) {
        int n = to - from;
        if (k.length != n + 1 + (bTo - bFrom)) {
            return false;
        }
        // keys are short (a month, a crime type, an LSOA code and name): compare eight bytes at a time
        return same(k, 0, a, from, n) && same(k, n + 1, a, bFrom, bTo - bFrom);
    }

    private static boolean same(byte[] x, int xFrom, byte[] y, int yFrom, int n) {
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            if ((long) LONGS.get(x, xFrom + i) != (long) LONGS.get(y, yFrom + i)) {
                return false;
            }
        }
        for (; i < n; i++) {
            if (x[xFrom + i] != y[yFrom + i]) {
                return false;
            }
        }
        return true;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /**
     * A hash of every byte of both parts, eight at a time (lookups still compare every byte). An
     * earlier hash of the length and the first and last eight bytes alone sent keys that differ
     * only in the middle (LSOA-like codes) to one slot: 40,000 such rows took 130 s instead of 5.
     */
    private static int hash(byte[] a, int from, int to, int bFrom, int bTo) {
        long h = part(a, from, to) * 0x9E3779B97F4A7C15L ^ part(a, bFrom, bTo);
        h *= 0xff51afd7ed558ccdL;
        return (int) (h ^ (h >>> 32));
    }

    private static long part(byte[] a, int from, int to) {
        long x = to - from;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            x = Long.rotateLeft((x ^ (long) LONGS.get(a, i)) * 0xc2b2ae3d27d4eb4fL, 29);
        }
        long tail = 0;
        for (; i < to; i++) {
            tail = (tail << 8) | (a[i] & 0xFF);
        }
        return (x ^ tail) * 0x9E3779B97F4A7C15L;
    }
}
