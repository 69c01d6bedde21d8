package org.cspstat.count;

/**
 * An open-addressing hash map from non-zero {@code long} keys to {@code int} counts, with no
 * boxing and no per-entry objects: the count store's cells are packed into one {@code long}
 * each, so memory grows with distinct keys (about 24 bytes each at the worst load), never with rows.
 *
 * <p>Not thread-safe: each loading thread fills its own map, and the maps are merged at the end.
 */
final class LongIntMap {
    private static final long EMPTY = 0L;

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap() {
        this(1 << 10);
    }

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    /** Adds {@code delta} to the count of {@code key}, which must not be 0. */
    void add(long key, int delta) {
        int slot = slot(key);
        while (true) {
            long k = keys[slot];
            if (k == key) {
                values[slot] += delta;
                return;
            }
            if (k == EMPTY) {
                keys[slot] = key;
                values[slot] = delta;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Returns the count of {@code key}, 0 when absent. */
    int get(long key) {
        int slot = slot(key);
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return values[slot];
            }
            if (k == EMPTY) {
                return 0;
            }
            slot = (slot + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    void addAll(LongIntMap other) {
        for (int i = 0; i < other.keys.length; i++) {
            if (other.keys[i] != EMPTY) {
                add(other.keys[i], other.values[i]);
            }
        }
    }

    void forEach(Entry visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visitor.accept(keys[i], values[i]);
            }
        }
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                add(oldKeys[i], oldValues[i]);
            }
        }
    }

    /** Receives one key and its count. */
    @FunctionalInterface
    interface Entry {
        void accept(long key, int count);
    }
}
