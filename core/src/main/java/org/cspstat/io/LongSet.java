package org.cspstat.io;

/** An open-addressing set of non-zero {@code long} hashes, for spotting repeated Crime IDs cheaply. */
final class LongSet {
    private long[] slots = new long[1024];
    private int size;

    /** @return true when the value was added, false when it was already present */
    boolean add(long value) {
        long v = value == 0 ? 1 : value;
        int mask = slots.length - 1;
        int i = (int) (v ^ (v >>> 29)) & mask;
        while (slots[i] != 0) {
            if (slots[i] == v) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = v;
        if (++size * 2 > slots.length) {
            long[] old = slots;
            slots = new long[old.length * 2];
            size = 0;
            for (long o : old) {
                if (o != 0) {
                    add(o);
                }
            }
        }
        return true;
    }

    private static final long PRIME = 0x100000001b3L;
    private static final long SEED = 0xcbf29ce484222325L;

    /**
     * 64-bit hash of a string's characters: FNV-1a in four interleaved lanes (characters 0, 4, 8…
     * in the first, 1, 5, 9… in the second, and so on), so a 64-character Crime ID costs 16
     * dependent multiplications instead of 64. {@link #hashAscii} gives the same value from bytes.
     */
    static long hash(CharSequence s) {
        int n = s.length();
        long h0 = SEED;
        long h1 = SEED + 1;
        long h2 = SEED + 2;
        long h3 = SEED + 3;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            h0 = (h0 ^ s.charAt(i)) * PRIME;
            h1 = (h1 ^ s.charAt(i + 1)) * PRIME;
            h2 = (h2 ^ s.charAt(i + 2)) * PRIME;
            h3 = (h3 ^ s.charAt(i + 3)) * PRIME;
        }
        for (; i < n; i++) {
            h0 = (h0 ^ s.charAt(i)) * PRIME;
        }
        return combine(h0, h1, h2, h3, n);
    }

    /** {@link #hash} of the characters of {@code b[from..to)}, which must all be ASCII. */
    static long hashAscii(byte[] b, int from, int to) {
        long h0 = SEED;
        long h1 = SEED + 1;
        long h2 = SEED + 2;
        long h3 = SEED + 3;
        int i = from;
        for (; i + 4 <= to; i += 4) {
            h0 = (h0 ^ b[i]) * PRIME;
            h1 = (h1 ^ b[i + 1]) * PRIME;
            h2 = (h2 ^ b[i + 2]) * PRIME;
            h3 = (h3 ^ b[i + 3]) * PRIME;
        }
        for (; i < to; i++) {
            h0 = (h0 ^ b[i]) * PRIME;
        }
        return combine(h0, h1, h2, h3, to - from);
    }

    private static long combine(long h0, long h1, long h2, long h3, int n) {
        long h = h0 ^ Long.rotateLeft(h1, 16) ^ Long.rotateLeft(h2, 32) ^ Long.rotateLeft(h3, 48) ^ n;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }
}
