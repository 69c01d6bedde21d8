package org.cspstat.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Iterator;

/**
 * The fast path for police.uk street files: reads a byte range of a file line by line, splits
 * each line into fields in place, and counts a well-formed row straight from the bytes, with no
 * String, record or array per row. A month is read from its bytes as an index; crime types and
 * LSOAs are looked up by their bytes in small per-reader caches ({@link ByteKeyMap},
 * {@link PackedCodes}) that hold the id the plain path gave them.
 *
 * <p><b>Same results as the plain path.</b> A row is read here only when every check the plain
 * path makes ({@link CsvRowReader#record}, {@link PoliceUkReader#row}) is sure to pass: the
 * expected field count, no field longer than the limit, a {@code YYYY-MM} month, a known crime
 * type, coordinates of the form {@code -?digits[.digits]} in range (their value, at most 15
 * digits, is computed exactly as {@link Double#parseDouble} would), and a Crime ID of printable
 * ASCII. Any other line is parsed alone by FastCSV with the plain path's settings and handed to
 * the plain path, so rejects and their messages are identical.
 *
 * <p><b>Assumption, and its guard.</b> police.uk fields never contain line breaks, so a line is a
 * record. Every line is checked: when one would run on to the next line (a quote left open at its
 * end) or holds a carriage return that is not part of a CRLF ending, {@link #read} stops before
 * that line and returns false; the caller then reads the rest (or the whole file, when it was
 * split between threads) with the plain path. Because every line of every piece is checked, a
 * piece that starts inside a quoted field is always caught: the line before it is left open.
 */
final class FastReader {
    static final int MAX_FIELDS = LineSplitter.MAX_FIELDS;
    /**
     * The longest line read here: 16 MiB, as the plain path's parser buffer (the buffer grows by
     * doubling, so it peaks at 24 MiB). A longer line goes to the plain path, which rejects it as a
     * record over the limit.
     */
    static final int MAX_LINE = 16 * 1024 * 1024;

    private final PoliceUkReader reader;
    private final RowCounter counter;
    private final String file;
    private final int expected;
    private final int maxField;
    private final long lineBase;
    /** True when rows can be counted by resolved ids: no positions, no polygons, no de-duplication. */
    private final boolean resolved;
    private final ByteKeyMap types;
    private final ByteKeyMap areas;
    /** With no area selection an area's id depends on its code alone, looked up packed in {@link #codes}. */
    private final boolean allAreas;
    /** With no area selection and no areas kept, a row's area is not looked up at all. */
    private final boolean noAreas;
    private final PackedCodes codes;

    /**
     * The lookups from bytes to ids, kept by a reading thread from file to file of one load: the
     * ids they hold (categories, areas) are the load's, whichever file found them.
     */
    static final class Caches {
        private final ByteKeyMap types = new ByteKeyMap();
        private final ByteKeyMap areas = new ByteKeyMap();
        private final PackedCodes codes = new PackedCodes();
    }

    private final LineSplitter split = new LineSplitter();
    private final int[] starts = split.starts;
    private final int[] ends = split.ends;
    private double lonValue;
    private double latValue;

    /** Newlines read so far: the number of complete lines. */
    private long lines;
    private long stopByte = -1;

    /**
     * @param reader a police.uk reader whose header has been checked (it holds the columns)
     * @param lineBase the file's line number just before the range (1 after the header line)
     * @param caches the reading thread's caches, for this load only
     */
    FastReader(PoliceUkReader reader, RowCounter counter, LoadOptions options, String file, int expected,
            long lineBase, Caches caches) {
        this.types = caches.types;
        this.areas = caches.areas;
        this.codes = caches.codes;
        counter.tally().indexMonths();
        this.reader = reader;
        this.counter = counter;
        this.file = file;
        this.expected = expected;
        this.maxField = options.limits().maxFieldLength();
        this.lineBase = lineBase;
        this.allAreas = options.selection().isAll();
        this.noAreas = allAreas && !options.areas();
        this.resolved = !options.positions() && options.assigner() == null && !options.dedupe();
    }

    /** @return the complete lines read (newlines seen) */
    long lines() {
        return lines;
    }

    /** @return the byte where reading stopped when {@link #read} returned false */
    long stopByte() {
        return stopByte;
    }

    /** @return the file's line number of the line where reading stopped */
    long stopLine() {
        return lineBase + lines + 1;
    }

    /**
     * Reads the lines in {@code [from, to)}; {@code from} is a line start and {@code to} the end
     * of the file or a line start.
     *
     * @return true when the whole range was read; false when it stopped at a line this path
     *     cannot read alone ({@link #stopByte()}, {@link #stopLine()})
     * @throws IOException when the file cannot be read
     */
    boolean read(FileChannel channel, long from, long to) throws IOException {
        byte[] buf = new byte[(int) Math.min(1 << 20, Math.max(16, to - from))];
        int len = 0;
        long pos = from;
        long bufStart = from;
        while (true) {
            while (len < buf.length && pos < to) {
                int n = channel.read(ByteBuffer.wrap(buf, len, (int) Math.min(buf.length - len, to - pos)), pos);
                if (n < 0) {
                    to = pos;
                    break;
                }
                pos += n;
                len += n;
            }
            boolean last = pos >= to;
            int limit = last ? len : lastLineEnd(buf, len);
            if (limit == 0 && !last) {
                if (buf.length >= MAX_LINE) {
                    stopByte = bufStart;
                    return false;
                }
                buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                continue;
            }
            int p = 0;
            while (p < limit) {
                int next = line(buf, p, limit);
                if (next < 0) {
                    stopByte = bufStart + p;
                    return false;
                }
                p = next;
            }
            System.arraycopy(buf, limit, buf, 0, len - limit);
            len -= limit;
            bufStart += limit;
            if (last && len == 0) {
                return true;
            }
        }
    }

    private static int lastLineEnd(byte[] b, int len) {
        for (int i = len - 1; i >= 0; i--) {
            if (b[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }

    /** Reads the line at {@code p}; returns the next line's start, or -1 to stop before this line. */
    private int line(byte[] b, int p, int limit) {
        int n = split.plain(b, p, limit);
        boolean simple = true;
        if (n < 0) {
            n = split.careful(b, p, limit);
            simple = split.carefulSimple;
        }
        int i = split.end;
        // find the end of the line: i is at a line ending when simple, anywhere on the line otherwise
        int nl = i;
        while (nl < limit && b[nl] != '\n') {
            nl++;
        }
        int contentEnd = nl > p && b[nl - 1] == '\r' ? nl - 1 : nl;
        for (int k = simple ? i : p; k < contentEnd; k++) {
            if (b[k] == '\r') {
                return -1; // a carriage return that is not a CRLF ending: FastCSV would break the line here
            }
        }
        if (simple && i != contentEnd) {
            return -1; // cannot happen for a simple line; stop rather than guess
        }
        long line = lineBase + lines + 1;
        int next = nl < limit ? nl + 1 : limit;
        if (contentEnd == p) {
            if (nl < limit) {
                lines++;
            }
            return next; // an empty line, skipped as FastCSV skips it
        }
        if (!simple || n != expected || !fast(b, n, contentEnd - p, line)) {
            CsvRecord r = parseAlone(b, p, contentEnd);
            if (r == null) {
                return -1;
            }
            reader.record(r, file, line, expected, maxField, counter);
        }
        if (nl < limit) {
            lines++;
        }
        return next;
    }

    /**
     * Parses one line with FastCSV; null when the record would run on past the line, or when
     * FastCSV cannot parse it (the plain path then reads from this line and reports it).
     */
    private static CsvRecord parseAlone(byte[] b, int from, int to) {
        String text = new String(b, from, to - from, StandardCharsets.UTF_8) + "\nx";
        try (CsvReader<CsvRecord> csv = CsvRowReader.csvBuilder().ofCsvRecord(text)) {
            Iterator<CsvRecord> it = csv.iterator();
            CsvRecord r = it.next();
            for (int i = 0; i < r.getFieldCount(); i++) {
                if (r.getField(i).indexOf('\n') >= 0) {
                    return null;
                }
            }
            return r;
        } catch (CsvParseException e) {
            return null;
        } catch (IOException e) {
            throw new IllegalStateException(e); // reading from a String
        }
    }

    /** Counts a row whose checks all pass; returns false, having done nothing, otherwise. */
    private boolean fast(byte[] b, int n, int length, long line) {
        if (length > maxField && longestField(n) > maxField) {
            return false; // no field can be longer than the line
        }
        int month = ByteFields.monthIndex(b, starts[reader.month], ends[reader.month]);
        if (month < 0) {
            return false;
        }
        int ts = starts[reader.type];
        int te = ends[reader.type];
        int category = types.get(b, ts, te, te, te);
        if (category == ByteKeyMap.ABSENT) {
            category = newCategory(b, ts, te);
        }
        if (category < 0) {
            return false;
        }
        int los = start(reader.lon);
        int loe = end(reader.lon);
        int las = start(reader.lat);
        int lae = end(reader.lat);
        boolean located = los != loe || las != lae;
        if (located && (!coordinates(b, los, loe, las, lae))) {
            return false;
        }
        int is = start(reader.id);
        int ie = end(reader.id);
        if (!ByteFields.printableAscii(b, is, ie)) {
            return false; // spaces to strip, or not ASCII: the plain path decides
        }
        long hash = is == ie ? 0 : LongSet.hashAscii(b, is, ie); // LongSet.hash of the same characters
        counter.read();
        counter.seenIn(month);
        int cs = start(reader.lsoaCode);
        int ce = end(reader.lsoaCode);
        int ns = start(reader.lsoaName);
        int ne = end(reader.lsoaName);
        if (resolved) {
            int area;
            if (noAreas) {
                area = -1; // every row is in the area and none is kept: no lookup
            } else {
                int packed = allAreas ? PackedCodes.pack(b, cs, ce) : 0;
                area = packed != 0 ? codes.get(packed) : areas.get(b, cs, ce, ns, ne);
                if (area == ByteKeyMap.ABSENT) {
                    area = newArea(b, cs, ce, ns, ne, packed);
                }
            }
            counter.acceptResolved(is != ie, hash, month, category, located, area);
        } else {
            counter.accept(file, line, text(b, is, ie), YearMonth.of(month / 12, month % 12 + 1), new int[] {category},
                    located ? lonValue : Double.NaN, located ? latValue : Double.NaN,
                    text(b, start(reader.location), end(reader.location)), text(b, cs, ce).strip(),
                    text(b, ns, ne).strip());
        }
        return true;
    }

    // the loops and the rare paths of fast(), kept out of it so the JIT compiles it small and soon

    private int longestField(int n) {
        int longest = 0;
        for (int k = 0; k < n && k < MAX_FIELDS; k++) {
            longest = Math.max(longest, ends[k] - starts[k]);
        }
        return longest;
    }

    private int newCategory(byte[] b, int ts, int te) {
        int category = reader.category(new String(b, ts, te - ts, StandardCharsets.UTF_8), counter);
        if (category >= 0) {
            // only real crime types are remembered: distinct unknown texts in a hostile file must not
            // grow the cache with the file (they go to the plain path, which rejects them)
            types.put(b, ts, te, te, te, category);
        }
        return category;
    }

    private int newArea(byte[] b, int cs, int ce, int ns, int ne, int packed) {
        int area = counter.areaOf(text(b, cs, ce).strip(), text(b, ns, ne).strip());
        if (packed != 0) {
            codes.put(packed, area);
        } else {
            areas.put(b, cs, ce, ns, ne, area);
        }
        return area;
    }

    private int start(int column) {
        return column < 0 ? 0 : starts[column];
    }

    private int end(int column) {
        return column < 0 ? 0 : ends[column];
    }

    private static String text(byte[] b, int from, int to) {
        return from == to ? "" : new String(b, from, to - from, StandardCharsets.UTF_8);
    }

    /** Parses both coordinates into lonValue and latValue; false to let the plain path decide. */
    private boolean coordinates(byte[] b, int los, int loe, int las, int lae) {
        if (los == loe || las == lae) {
            return false;
        }
        double lon = ByteFields.number(b, los, loe);
        double lat = ByteFields.number(b, las, lae);
        if (!(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) {
            return false; // also NaN: not of the simple form
        }
        lonValue = lon;
        latValue = lat;
        return true;
    }

}
