package org.cspstat.io;

import java.util.Arrays;
import java.util.List;

/**
 * The Crime ID hashes ({@link LongSet#hash}) of one file, for counting repeated IDs when nothing
 * depends on the order they repeat in (no de-duplication): appending is a sequential write, and
 * one sort at the end finds the repeats, where a hash set would take a cache miss per row.
 * Memory: 8 bytes per row with a Crime ID (a hash set needs 16 to 32).
 */
final class IdLog {
    private long[] hashes = new long[1024];
    private int size;
    private boolean sorted;

    void add(long hash) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        hashes[size++] = hash;
        sorted = false;
    }

    /** Sorts the log in place, so the pieces of a split file can each sort theirs in parallel. */
    void sort() {
        if (!sorted) {
            Arrays.sort(hashes, 0, size);
            sorted = true;
        }
    }

    /**
     * Counts the rows whose Crime ID an earlier row of the same file had: rows with an ID less
     * distinct IDs, over the logs of all the pieces of one file.
     *
     * @param logs the logs of one file's pieces
     * @return the repeated rows
     */
    static long repeats(List<IdLog> logs) {
        long[] all = null;
        int n = 0;
        for (IdLog log : logs) {
            log.sort();
            if (all == null) {
                all = Arrays.copyOf(log.hashes, log.size);
                n = log.size;
            } else {
                all = merge(all, n, log.hashes, log.size);
                n = all.length;
            }
        }
        long repeats = 0;
        for (int i = 1; i < n; i++) {
            if (all[i] == all[i - 1]) {
                repeats++;
            }
        }
        return repeats;
    }

    private static long[] merge(long[] a, int na, long[] b, int nb) {
        long[] out = new long[na + nb];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < na && j < nb) {
            out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
        }
        while (i < na) {
            out[k++] = a[i++];
        }
        while (j < nb) {
            out[k++] = b[j++];
        }
        return out;
    }
}
