package org.cspstat.io;

import java.util.Arrays;
import java.util.List;

/**
 * The Crime ID hashes ({@link LongSet#hash}) of one file, or of one piece of a file, for counting
 * repeated IDs when nothing depends on the order they repeat in (no de-duplication): appending is
 * a sequential write, and sorting at the end finds the repeats, where a hash set would take a
 * cache miss per row. The pieces of a split file each {@linkplain #sort sort} their own log on
 * their own thread; {@link #repeats} then only merges the sorted logs.
 * Memory: 8 bytes per row with a Crime ID while the file is read, twice that while sorting.
 */
final class IdLog {
    private static final int BUCKET_BITS = 16;
    /** Below this many hashes a plain sort is quicker than the buckets. */
    private static final int SMALL = 1 << 14;

    /** Small at first: a zip of 100,000 one-row entries makes 100,000 of these. */
    private long[] hashes = new long[16];
    private int size;
    private boolean sorted = true;

    void add(long hash) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        hashes[size++] = hash;
        sorted = false;
    }

    /**
     * Sorts the log, as unsigned numbers: the hashes are spread into 65,536 buckets by their top
     * bits (they are uniform, so buckets hold a handful each) and each bucket is sorted alone, two
     * passes over the data instead of a full sort.
     */
    void sort() {
        if (sorted) {
            return;
        }
        if (size < SMALL) {
            // a small log (one of many small files, such as a zip of 100,000 entries): the 65,536
            // buckets would cost more than the sort; flipping the sign bit makes signed order unsigned
            for (int i = 0; i < size; i++) {
                hashes[i] ^= Long.MIN_VALUE;
            }
            Arrays.sort(hashes, 0, size);
            for (int i = 0; i < size; i++) {
                hashes[i] ^= Long.MIN_VALUE;
            }
            sorted = true;
            return;
        }
        int[] starts = new int[(1 << BUCKET_BITS) + 1];
        for (int i = 0; i < size; i++) {
            starts[(int) (hashes[i] >>> (64 - BUCKET_BITS)) + 1]++;
        }
        for (int b = 1; b < starts.length; b++) {
            starts[b] += starts[b - 1];
        }
        long[] spread = new long[Math.max(size, 1)];
        int[] next = Arrays.copyOf(starts, starts.length - 1);
        for (int i = 0; i < size; i++) {
            long h = hashes[i];
            spread[next[(int) (h >>> (64 - BUCKET_BITS))]++] = h;
        }
        for (int b = 0; b + 1 < starts.length; b++) {
            if (starts[b + 1] - starts[b] > 1) {
                Arrays.sort(spread, starts[b], starts[b + 1]); // one bucket: same top bits, so same sign
            }
        }
        hashes = spread;
        sorted = true;
    }

    /**
     * Counts the rows whose Crime ID an earlier row of the same file had (rows with an ID less
     * distinct IDs), over the logs of all the pieces of one file, sorting any log not yet sorted.
     *
     * @param logs the logs of one file's pieces
     * @return the repeated rows
     */
    static long repeats(List<IdLog> logs) {
        long total = 0;
        for (IdLog log : logs) {
            log.sort();
            total += log.size;
        }
        // merge the sorted logs, counting distinct values (unsigned order, as sort() leaves them)
        int[] at = new int[logs.size()];
        long distinct = 0;
        boolean any = false;
        long last = 0;
        while (true) {
            int min = -1;
            long value = 0;
            for (int k = 0; k < at.length; k++) {
                IdLog log = logs.get(k);
                if (at[k] < log.size && (min < 0 || Long.compareUnsigned(log.hashes[at[k]], value) < 0)) {
                    min = k;
                    value = log.hashes[at[k]];
                }
            }
            if (min < 0) {
                break;
            }
            // take the whole run of this value from the chosen log
            IdLog log = logs.get(min);
            while (at[min] < log.size && log.hashes[at[min]] == value) {
                at[min]++;
            }
            if (!any || value != last) {
                distinct++;
                any = true;
                last = value;
            }
        }
        return total - distinct;
    }
}
