package org.cspstat.io;

/**
 * The fast path's cache of area ids by LSOA code, for loads without an area selection (where the
 * id depends on the code alone): a code of the usual form, a capital letter and eight digits
 * ({@code E01001804}), packs exactly into 32 bits, kept with its id in one {@code long} slot, so a
 * lookup is one probe of a primitive array (one cache miss at most) instead of a byte-by-byte
 * comparison. Not thread-safe: one per reading thread.
 */
final class PackedCodes {
    private long[] slots = new long[1 << 12];
    private int size;

    /** @return the code {@code b[s..e)} packed into a non-zero int, or 0 when it is not of the usual form */
    static int pack(byte[] b, int s, int e) {
        if (e - s != 9 || b[s] < 'A' || b[s] > 'Z') {
            return 0;
        }
        int digits = 0;
        for (int i = s + 1; i < e; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return 0;
            }
            digits = digits * 10 + d;
        }
        return ((b[s] - 'A' + 1) << 27) | digits; // 5 bits of letter, 27 bits of digits (10^8 < 2^27)
    }

    /** @return the id of a packed code, or {@link ByteKeyMap#ABSENT} */
    int get(int key) {
        int mask = slots.length - 1;
        int i = slot(key, mask);
        while (true) {
            long s = slots[i];
            if ((int) (s >>> 32) == key) {
                return (int) s;
            }
            if (s == 0) {
                return ByteKeyMap.ABSENT;
            }
            i = (i + 1) & mask;
        }
    }

    /** Stores the id of a packed code that is absent. */
    void put(int key, int value) {
        if ((size + 1) * 2 > slots.length) {
            long[] old = slots;
            slots = new long[old.length * 2];
            size = 0;
            for (long s : old) {
                if (s != 0) {
                    put((int) (s >>> 32), (int) s);
                }
            }
        }
        int mask = slots.length - 1;
        int i = slot(key, mask);
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = ((long) key << 32) | (value & 0xFFFFFFFFL);
        size++;
    }

    private static int slot(int key, int mask) {
        int h = key * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
