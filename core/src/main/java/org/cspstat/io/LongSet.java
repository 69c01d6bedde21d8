package org.cspstat.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** An open-addressing set of non-zero {@code long} hashes, for spotting repeated Crime IDs cheaply. */
final class LongSet {
    /** Small at first: a zip of 100,000 one-row entries makes 100,000 of these. */
    private long[] slots = new long[16];
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

    private static final long SEED = 0xcbf29ce484222325L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /**
     * 64-bit hash of a string's characters, eight at a time: the low bytes of eight characters
     * make one word (little-endian), mixed in with a multiplication, and the high bytes (zero for
     * ASCII) are folded in at the end. So a 64-character Crime ID costs nine multiplications, and
     * {@link #hashAscii} gives the same value straight from the bytes of an ASCII field.
     */
    static long hash(CharSequence s) {
        int n = s.length();
        long h = SEED;
        long high = 0;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            long w = 0;
            for (int k = 0; k < 8; k++) {
                char c = s.charAt(i + k);
                w |= (long) (c & 0xFF) << (8 * k);
                high = high * 31 + (c >>> 8);
            }
            h = mix(h, w);
        }
        long w = 0;
        for (int k = 0; i < n; i++, k++) {
            char c = s.charAt(i);
            w |= (long) (c & 0xFF) << (8 * k);
            high = high * 31 + (c >>> 8);
        }
        return finish(mix(h, w) ^ high * 0x9E3779B97F4A7C15L, n);
    }

    /** {@link #hash} of the characters of {@code b[from..to)}, which must all be ASCII. */
    static long hashAscii(byte[] b, int from, int to) {
        long h = SEED;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            h = mix(h, (long) LONGS.get(b, i));
        }
        long w = 0;
        for (int k = 0; i < to; i++, k++) {
            w |= (long) (b[i] & 0xFF) << (8 * k);
        }
        return finish(mix(h, w), to - from);
    }

    private static long mix(long h, long w) {
        long x = (h ^ w) * 0x9E3779B97F4A7C15L;
        return x ^ (x >>> 29);
    }

    private static long finish(long h, int n) {
        long x = (h ^ n) * 0xff51afd7ed558ccdL;
        return x ^ (x >>> 33);
    }
}
