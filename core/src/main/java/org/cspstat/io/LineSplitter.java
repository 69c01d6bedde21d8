package org.cspstat.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Splits one line of bytes into fields in place, for the {@link FastReader}: {@link #plain} for
 * the usual line (commas and a line feed, no quote, no carriage return), eight bytes at a time;
 * {@link #careful} field by field for the rest. Field {@code k} is {@code b[starts[k]..ends[k])}
 * (inside the quotes, for a quoted field); only the first {@link #MAX_FIELDS} are recorded, but
 * all are counted. Not thread-safe: one per reader.
 */
final class LineSplitter {
    /** Fields recorded per line; files with more columns go to the plain path. */
    static final int MAX_FIELDS = 64;

    /** Where each field starts. */
    final int[] starts = new int[MAX_FIELDS];
    /** Where each field ends (exclusive). */
    final int[] ends = new int[MAX_FIELDS];

    /** Set by the tokenizers: where the fields ended (the line ending, when the line is simple). */
    int end;
    /** Set by {@link #careful}: false when the line needs FastCSV. */
    boolean carefulSimple;

    /**
     * The careful tokenizer, field by field, for lines with quotes or carriage returns (and lines
     * near the buffer's end): a quoted field is taken when it is closed on the line by a quote
     * followed by a comma or the line's end; anything else makes the line not simple.
     *
     * @return the number of fields, with {@link #end} and {@link #carefulSimple} set
     */
    int careful(byte[] b, int p, int limit) {
        int n = 0;
        int i = p;
        carefulSimple = true;
        while (true) {
            if (i < limit && b[i] == '"') {
                int q = i + 1;
                while (q < limit && b[q] != '"' && b[q] != '\n' && b[q] != '\r') {
                    q++;
                }
                int after = q + 1;
                if (q >= limit || b[q] != '"'
                        || (after < limit && b[after] != ',' && b[after] != '\n' && b[after] != '\r')) {
                    carefulSimple = false; // a quote left open, an escaped quote, or text after the closing quote
                    break;
                }
                if (n < MAX_FIELDS) {
                    starts[n] = i + 1;
                    ends[n] = q;
                }
                i = after;
            } else {
                int q = special(b, i, limit);
                if (q < limit && b[q] == '"') {
                    carefulSimple = false; // a quote inside an unquoted field
                    break;
                }
                if (n < MAX_FIELDS) {
                    starts[n] = i;
                    ends[n] = q;
                }
                i = q;
            }
            n++;
            if (i >= limit || b[i] != ',') {
                break;
            }
            i++;
        }
        end = i;
        return n;
    }

    private static final long COMMAS = 0x2C2C2C2C2C2C2C2CL;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;
    private static final long BELOW_STOPS = 0x0E0E0E0E0E0E0E0EL;

    /**
     * The quick tokenizer, for the usual line: commas and a line feed, no quote, no control
     * character below 0x0E. Reads eight bytes at a time and takes every comma in a word from its
     * bit mask.
     *
     * @return the number of fields, with {@link #end} at the line feed; or -1 when the line
     *     has a quote, a carriage return or another such control character, or ends too near the
     *     buffer's end (then use {@link #careful})
     */
    int plain(byte[] b, int p, int limit) {
        int n = 0;
        int start = p;
        for (int i = p; i + 8 <= limit; i += 8) {
            long w = (long) LONGS.get(b, i);
            long commas = exactZero(w ^ COMMAS);
            // a stop is a quote or any control character below 0x0E (a line feed, a carriage return,
            // or a tab and the like, which careful() then reads): the "has less" test flags the
            // first such byte exactly, and costs three operations where three exact tests cost fifteen
            long stops = ((w - BELOW_STOPS) & ~w & HIGHS) | exactZero(w ^ QUOTES);
            if (stops != 0) {
                commas &= (stops & -stops) - 1; // only the commas before the first stop
            }
            while (commas != 0) {
                int at = i + (Long.numberOfTrailingZeros(commas) >>> 3);
                if (n < MAX_FIELDS) {
                    starts[n] = start;
                    ends[n] = at;
                }
                n++;
                start = at + 1;
                commas &= commas - 1;
            }
            if (stops != 0) {
                int at = i + (Long.numberOfTrailingZeros(stops) >>> 3);
                if (b[at] != '\n') {
                    return -1;
                }
                if (n < MAX_FIELDS) {
                    starts[n] = start;
                    ends[n] = at;
                }
                end = at;
                return n + 1;
            }
        }
        return -1;
    }

    /** The high bit of each byte of {@code x} that is zero, exactly (no borrow between bytes). */
    private static long exactZero(long x) {
        return ~(((x & LOWS) + LOWS) | x | LOWS);
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /**
     * Finds the first comma, line feed, carriage return or quote in {@code b[i..limit)}, eight
     * bytes at a time (SWAR: a byte equal to c is a zero byte of {@code word ^ c*ONES}; the lowest
     * flagged byte of {@code (x - ONES) & ~x & HIGHS} is always a true zero byte).
     *
     * @return its index, or {@code limit}
     */
    private static int special(byte[] b, int i, int limit) {
        while (i + 8 <= limit) {
            long w = (long) LONGS.get(b, i);
            long m = zero(w ^ 0x2C2C2C2C2C2C2C2CL) | zero(w ^ 0x0A0A0A0A0A0A0A0AL) | zero(w ^ 0x0D0D0D0D0D0D0D0DL)
                    | zero(w ^ 0x2222222222222222L);
            if (m != 0) {
                return i + (Long.numberOfTrailingZeros(m) >>> 3);
            }
            i += 8;
        }
        while (i < limit) {
            byte c = b[i];
            if (c == ',' || c == '\n' || c == '\r' || c == '"') {
                return i;
            }
            i++;
        }
        return limit;
    }

    private static long zero(long x) {
        return (x - ONES) & ~x & HIGHS;
    }
}
