package org.cspstat.count;

import java.util.Arrays;

/**
 * Counts by (category, month, area) held densely: one {@code int[]} per (category, month) that
 * has data, indexed by area id plus one (0 for rows without an area). A count costs 4 bytes
 * whether it is zero or not, and nothing per row, so memory is bounded by
 * {@code 4 bytes x categories x months x areas} (about 70 MB for 36 months of every LSOA in
 * England and Wales), never by rows: a hash map of cells costs 12 to 24 bytes per non-zero cell,
 * and national data fills about two thirds of the cells. Adding is an array increment in a row
 * that stays in cache, where a hash map takes a cache miss per row.
 *
 * <p>Not thread-safe: each loading thread fills its own, merged at the end.
 */
final class AreaCounts {
    /** Per slot: the row key {@code category << 20 | month}, 0 when empty. */
    private int[] keys = new int[64];
    private int[][] rows = new int[64][];
    private int size;
    /**
     * A direct-mapped cache of rows by (category, month mod 64), tagged with the month: a hit is
     * two array loads and one test, with no hashing. The one test covers a new month, a new row
     * and a row too short for a new area, so it is taken often from the start and the JIT does
     * not compile it away (a branch never taken while profiling is compiled as a trap, and
     * undoing that costs a recompilation at each change of month).
     */
    private static final int CACHE_MONTH_BITS = 6;
    private static final int[] EMPTY = new int[0];
    private final int[][] cacheRows = new int[Keys.MAX_CATEGORIES << CACHE_MONTH_BITS][];
    private final int[] cacheMonths = new int[Keys.MAX_CATEGORIES << CACHE_MONTH_BITS];
    /** The length of a new row: the number of areas known so far, plus one, so rows rarely grow. */
    private final java.util.function.IntSupplier rowLength;

    /** @param rowLength gives the length of a new row (at least 1) */
    AreaCounts(java.util.function.IntSupplier rowLength) {
        this.rowLength = rowLength;
        clearCache();
    }

    private void clearCache() {
        Arrays.fill(cacheRows, EMPTY);
        Arrays.fill(cacheMonths, -1);
    }

    /** Adds {@code delta} to a cell; {@code place} is an area id plus one. */
    void add(int category, int month, int place, int delta) {
        int c = (category << CACHE_MONTH_BITS) | (month & ((1 << CACHE_MONTH_BITS) - 1));
        int[] row = cacheRows[c];
        if ((cacheMonths[c] != month) | (place >= row.length)) {
            row = cache(category, month, place, c);
        }
        row[place] += delta;
    }

    private int[] cache(int category, int month, int place, int c) {
        int key = (category << 20) | month;
        int[] row = row(key);
        if (place >= row.length) {
            row = grow(key, place);
        }
        cacheRows[c] = row;
        cacheMonths[c] = month;
        return row;
    }

    /** @return the count of a cell, 0 when none */
    int get(int category, int month, int place) {
        int slot = find((category << 20) | month);
        if (slot < 0) {
            return 0;
        }
        int[] row = rows[slot];
        return place < row.length ? row[place] : 0;
    }

    /**
     * Adds every count of another, which must not be used afterwards: a row this one lacks is
     * taken over, not copied (the pieces of a file, and the files of different threads, mostly
     * hold different months, so merging is nearly free).
     */
    void addAll(AreaCounts other) {
        clearCache(); // rows may be replaced below
        for (int i = 0; i < other.keys.length; i++) {
            int[] src = other.rows[i];
            if (src == null) {
                continue;
            }
            int key = other.keys[i];
            if (find(key) < 0) {
                if ((size + 1) * 2 > keys.length) {
                    rehash();
                }
                insert(key, src);
                size++;
                continue;
            }
            int[] dst = row(key);
            if (dst.length < src.length) {
                dst = grow(key, src.length - 1);
            }
            for (int p = 0; p < src.length; p++) {
                dst[p] += src[p];
            }
        }
    }

    /** Visits every non-zero cell with its packed key ({@link Keys#pack}). */
    void forEach(LongIntMap.Entry visitor) {
        for (int i = 0; i < keys.length; i++) {
            int[] row = rows[i];
            if (row == null) {
                continue;
            }
            int category = keys[i] >>> 20;
            int month = keys[i] & 0xFFFFF;
            for (int p = 0; p < row.length; p++) {
                if (row[p] != 0) {
                    visitor.accept(Keys.pack(category, month, p), row[p]);
                }
            }
        }
    }

    /** Receives one (category, month) row: its counts indexed by area id plus one. */
    interface RowVisitor {
        void accept(int category, int month, int[] row);
    }

    /** Visits every (category, month) row, in no particular order; the rows must not be changed. */
    void forEachRow(RowVisitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (rows[i] != null) {
                visitor.accept(keys[i] >>> 20, keys[i] & 0xFFFFF, rows[i]);
            }
        }
    }

    /** @return the number of non-zero cells */
    int size() {
        int[] n = new int[1];
        forEach((k, c) -> n[0]++);
        return n[0];
    }

    /** @return the row of a key, created empty when absent */
    private int[] row(int key) {
        int slot = find(key);
        if (slot < 0) {
            if ((size + 1) * 2 > keys.length) {
                rehash();
            }
            slot = insert(key, new int[Math.max(1, rowLength.getAsInt())]);
            size++;
        }
        return rows[slot];
    }

    private int[] grow(int key, int place) {
        int slot = find(key);
        int[] row = rows[slot];
        rows[slot] = Arrays.copyOf(row, Math.max(place + 1, row.length + (row.length >> 1)));
        return rows[slot];
    }

    private int find(int key) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (rows[i] != null) {
            if (keys[i] == key) {
                return i;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    private int insert(int key, int[] row) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (rows[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        rows[i] = row;
        return i;
    }

    private void rehash() {
        int[] oldKeys = keys;
        int[][] oldRows = rows;
        keys = new int[oldKeys.length * 2];
        rows = new int[oldKeys.length * 2][];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldRows[i] != null) {
                insert(oldKeys[i], oldRows[i]);
            }
        }
    }

    private static int slot(int key, int mask) {
        int h = key * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
