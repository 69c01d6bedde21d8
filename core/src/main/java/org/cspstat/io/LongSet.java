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

    /** 64-bit FNV-1a hash of a string's characters. */
    static long hash(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
