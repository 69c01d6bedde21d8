package org.cspstat.io;

import java.util.Arrays;
import java.util.List;

/**
 * The Crime ID hashes ({@link LongSet#hash}) of one file, for counting repeated IDs when nothing
 * depends on the order they repeat in (no de-duplication): appending is a sequential write, and
 * one pass at the end finds the repeats, where a hash set would take a cache miss per row.
 * Memory: 8 bytes per row with a Crime ID while the file is read, twice that while counting.
 */
final class IdLog {
    private static final int BUCKET_BITS = 16;

    private long[] hashes = new long[1024];
    private int size;

    void add(long hash) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        hashes[size++] = hash;
    }

    /**
     * Counts the rows whose Crime ID an earlier row of the same file had (rows with an ID less
     * distinct IDs), over the logs of all the pieces of one file. The hashes are spread into
     * 65,536 buckets by their top bits (the hashes are uniform, so buckets hold a handful each),
     * and each bucket is sorted alone: two passes over the data instead of a full sort.
     *
     * @param logs the logs of one file's pieces
     * @return the repeated rows
     */
    static long repeats(List<IdLog> logs) {
        int total = 0;
        int[] starts = new int[(1 << BUCKET_BITS) + 1];
        for (IdLog log : logs) {
            total += log.size;
            for (int i = 0; i < log.size; i++) {
                starts[(int) (log.hashes[i] >>> (64 - BUCKET_BITS)) + 1]++;
            }
        }
        for (int b = 1; b < starts.length; b++) {
            starts[b] += starts[b - 1];
        }
        long[] spread = new long[total];
        int[] next = Arrays.copyOf(starts, starts.length - 1);
        for (IdLog log : logs) {
            for (int i = 0; i < log.size; i++) {
                long h = log.hashes[i];
                spread[next[(int) (h >>> (64 - BUCKET_BITS))]++] = h;
            }
        }
        long repeats = 0;
        for (int b = 0; b + 1 < starts.length; b++) {
            int from = starts[b];
            int to = starts[b + 1];
            if (to - from > 1) {
                Arrays.sort(spread, from, to);
                for (int i = from + 1; i < to; i++) {
                    if (spread[i] == spread[i - 1]) {
                        repeats++;
                    }
                }
            }
        }
        return repeats;
    }
}
