package org.cspstat.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reading the fields the {@link FastReader} needs straight from their UTF-8 bytes, each exactly
 * as the plain path would read the same text, or declining (so the plain path decides): a month
 * as an index, a coordinate as a double, a Crime ID checked for printable ASCII.
 */
final class ByteFields {
    private static final double[] POWERS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15};
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long BELOW_PRINTABLE = 0x2121212121212121L;

    private ByteFields() {
    }

    /** True when every byte is printable ASCII, 0x21 to 0x7E; eight bytes at a time. */
    static boolean printableAscii(byte[] b, int from, int to) {
        long bad = 0;
        int k = from;
        for (; k + 8 <= to; k += 8) {
            long w = (long) LONGS.get(b, k);
            // a byte above 0x7E: its high bit is set, or adding one sets it (a carry out of a byte
            // can only come from 0xFF, itself flagged); a byte below 0x21: the classic "has less" test
            bad |= (w | (w + ONES) | ((w - BELOW_PRINTABLE) & ~w)) & HIGHS;
        }
        if (bad != 0) {
            return false;
        }
        for (; k < to; k++) {
            if (b[k] <= ' ' || b[k] >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    /**
     * A {@code YYYY-MM} month from 1900-01 to 2100-12 (the years every reader accepts, within the
     * months {@link Tally} counts by index),
     * as {@code year * 12 + month - 1}; -1 for anything else, to let the plain path decide. The
     * checks are combined into one test, so valid months take no branch.
     */
    static int monthIndex(byte[] b, int s, int e) {
        if (e - s != 7) {
            return -1;
        }
        int y0 = b[s] - '0';
        int y1 = b[s + 1] - '0';
        int y2 = b[s + 2] - '0';
        int y3 = b[s + 3] - '0';
        int m0 = b[s + 5] - '0';
        int m1 = b[s + 6] - '0';
        // a digit d is in 0..9 exactly when neither d nor 9 - d is negative
        int signs = y0 | (9 - y0) | y1 | (9 - y1) | y2 | (9 - y2) | y3 | (9 - y3) | m0 | (9 - m0) | m1 | (9 - m1);
        int year = ((y0 * 10 + y1) * 10 + y2) * 10 + y3;
        int month = m0 * 10 + m1;
        boolean ok = signs >= 0 & b[s + 4] == '-' & year >= Values.MIN_YEAR & year <= Values.MAX_YEAR & month >= 1 & month <= 12;
        return ok ? year * 12 + month - 1 : -1;
    }

    /**
     * {@code -?digits[.digits]} with at most 15 digits, computed as digits / 10^decimals: both are
     * exact doubles, so the one division is correctly rounded, the same double
     * {@link Double#parseDouble} gives. NaN for any other form.
     */
    static double number(byte[] b, int s, int e) {
        boolean negative = b[s] == '-';
        int k = negative ? s + 1 : s;
        long mantissa = 0;
        int digits = 0;
        int decimals = -1;
        for (; k < e; k++) {
            byte c = b[k];
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + c - '0';
                digits++;
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0 || digits > 15 || decimals == 0 || (decimals < 0 && b[e - 1] == '.')) {
            return Double.NaN;
        }
        if (negative ? k == s + 1 || b[s + 1] == '.' : b[s] == '.') {
            return Double.NaN;
        }
        double v = decimals > 0 ? mantissa / POWERS[decimals] : mantissa;
        return negative ? -v : v;
    }
}
