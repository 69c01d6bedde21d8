package org.cspstat.io;

import org.cspstat.count.internal.PartialCounts;
import org.cspstat.count.internal.Building;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.cspstat.count.CountStoreBuilder;

/**
 * Plans the reading of one police.uk file on disk with the {@link FastReader}: as one task, or,
 * when there are fewer files than threads, as one task per thread, each reading a byte range that
 * starts and ends at a line boundary.
 *
 * <p>One task counts into its thread's counter; if the fast path stops at a line it cannot read
 * alone, FastCSV reads the rest of the file from that line, so nothing is read twice. The pieces
 * of a split file each count into a builder and account of their own (with their own dictionary
 * ids and byte caches); the last piece to finish merges the accounts in file order (shifting
 * reject line numbers, and finding Crime IDs repeated across pieces), then the builder absorbs
 * the pieces' builders in file order, so areas, their names and snap points get ids as reading
 * the file in order gives them. If any piece stopped, the pieces are thrown away, leaving no
 * trace, and the whole file is read again by the plain path (see the guard in {@link FastReader}).
 *
 * <p>Strict mode and de-duplication depend on file order, so such files are never split; zip
 * entries, other exports, and files whose header is not plain (a quote, a stray carriage return,
 * a problem to report) go to the plain path.
 */
final class SplitFile {
    /** Files smaller than this are not split: the pieces would cost more than they save. */
    static final long MIN_SPLIT_BYTES = 8L << 20;
    private static final int HEADER_PROBE = 64 * 1024;

    private final InputSource source;
    private final java.nio.file.Path path;
    private final LoadOptions options;
    private final CountStoreBuilder builder;
    private final Consumer<Tally> done;
    private final long dataStart;
    private final Supplier<FastReader.Caches> caches;

    private SplitFile(InputSource source, java.nio.file.Path path, LoadOptions options, CountStoreBuilder builder,
            Consumer<Tally> done, long dataStart, Supplier<FastReader.Caches> caches) {
        this.caches = caches;
        this.source = source;
        this.path = path;
        this.options = options;
        this.builder = builder;
        this.done = done;
        this.dataStart = dataStart;
    }

    /**
     * Plans the tasks that read a source with the fast path.
     *
     * @param pieces how many threads may share the file
     * @param partials the reading thread's counter
     * @param caches the reading thread's byte-to-id caches
     * @param done receives the file's account when it has been read
     * @return the tasks, or an empty list when the source must be read by the plain path
     */
    static List<Runnable> tasks(InputSource source, LoadOptions options, CountStoreBuilder builder, int pieces,
            Supplier<PartialCounts> partials, Supplier<FastReader.Caches> caches, Consumer<Tally> done) {
        return tasks(source, options, builder, pieces, MIN_SPLIT_BYTES, partials, caches, done);
    }

    /** As above, splitting files from {@code minSplitBytes} (tests split small files). */
    static List<Runnable> tasks(InputSource source, LoadOptions options, CountStoreBuilder builder, int pieces,
            long minSplitBytes, Supplier<PartialCounts> partials, Supplier<FastReader.Caches> caches,
            Consumer<Tally> done) {
        if (options.mapping() != null || !(source instanceof Inputs.FileSource file)) {
            return List.of();
        }
        long dataStart;
        try (FileChannel ch = FileChannel.open(file.path(), StandardOpenOption.READ)) {
            dataStart = headerEnd(ch);
            if (dataStart < 0) {
                return List.of();
            }
            SplitFile plan = new SplitFile(source, file.path(), options, builder, done, dataStart, caches);
            long size = ch.size();
            boolean split = pieces > 1 && !options.strict() && !options.dedupe() && size >= minSplitBytes;
            if (!split) {
                return List.of(() -> plan.whole(partials.get()));
            }
            List<Long> bounds = new ArrayList<>();
            bounds.add(dataStart);
            for (int k = 1; k < pieces; k++) {
                long b = nextLineStart(ch, dataStart + (size - dataStart) * k / pieces);
                if (b > bounds.get(bounds.size() - 1) && b < size) {
                    bounds.add(b);
                }
            }
            bounds.add(size);
            return plan.pieces(bounds, partials);
        } catch (IOException e) {
            return List.of(); // the plain path reports it
        }
    }

    /** @return the byte after the header line when the header is plain and usable here, else -1 */
    private static long headerEnd(FileChannel ch) throws IOException {
        ByteBuffer probe = ByteBuffer.allocate(HEADER_PROBE);
        while (probe.hasRemaining() && ch.read(probe, probe.position()) > 0) {
            // fill
        }
        byte[] b = probe.array();
        int n = probe.position();
        int nl = 0;
        while (nl < n && b[nl] != '\n') {
            nl++;
        }
        if (nl == n || nl == 0) {
            return -1;
        }
        int end = b[nl - 1] == '\r' ? nl - 1 : nl;
        boolean utf8Bom = n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
        if (end <= (utf8Bom ? 3 : 0)) {
            return -1; // an empty first line (after a byte-order mark): the plain path skips it (found by fuzzing)
        }
        if ((b[0] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFF) {
            return -1; // a UTF-16 or UTF-32 byte-order mark: the fast path reads UTF-8 only
        }
        for (int i = 0; i < end; i++) {
            if (b[i] == '"' || b[i] == '\r' || b[i] == 0) { // a NUL: UTF-16 without a mark, or not text
                return -1;
            }
        }
        return end == 0 ? -1 : nl + 1;
    }

    /** @return the header record, parsed by FastCSV as the plain path parses it, or null when there is none */
    private CsvRecord header(FileChannel ch) throws IOException {
        ByteBuffer head = ByteBuffer.allocate((int) dataStart);
        while (head.hasRemaining() && ch.read(head, head.position()) > 0) {
            // fill
        }
        try (CsvReader<CsvRecord> csv = CsvRowReader.csvBuilder().detectBomHeader(true)
                .ofCsvRecord(new java.io.ByteArrayInputStream(head.array()), StandardCharsets.UTF_8)) {
            Iterator<CsvRecord> it = csv.iterator();
            return it.hasNext() ? it.next() : null; // null: let the plain path read and report the file
        }
    }

    private static long nextLineStart(FileChannel ch, long from) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        long pos = from;
        while (true) {
            buf.clear();
            int n = ch.read(buf, pos);
            if (n <= 0) {
                return ch.size();
            }
            for (int i = 0; i < n; i++) {
                if (buf.get(i) == '\n') {
                    return pos + i + 1;
                }
            }
            pos += n;
        }
    }

    /** Reads the whole file in this task; hands over to FastCSV at a line the fast path cannot read. */
    private void whole(PartialCounts partial) {
        Tally tally = new Tally(source.root());
        RowCounter counter = new RowCounter(builder, partial, options, tally);
        PoliceUkReader reader = new PoliceUkReader(options);
        String file = source.name();
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            CsvRecord head = header(ch);
            if (head == null || head.getFieldCount() > FastReader.MAX_FIELDS || reader.checkHeader(head, file) != null) {
                reader.read(source, counter); // the plain path reports the header's problem
                counter.finish();
                done.accept(tally);
                return;
            }
            FastReader fast = new FastReader(reader, counter, options, file, head.getFieldCount(), 1, caches.get());
            if (!fast.read(ch, dataStart, ch.size())) {
                long offset = fast.stopLine() - 1;
                try (InputStream in = Channels.newInputStream(ch.position(fast.stopByte()));
                     CsvReader<CsvRecord> csv = CsvRowReader.csvBuilder().ofCsvRecord(in, StandardCharsets.UTF_8)) {
                    Iterator<CsvRecord> it = csv.iterator();
                    reader.records(it, file, head.getFieldCount(), offset, counter);
                } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
                    // FastCSV counted lines from the hand-over line: the file's line is offset further
                    reader.unparsable(source, e, offset, counter);
                }
            }
        } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
            reader.unparsable(source, e, 0, counter);
        } catch (java.io.UncheckedIOException e) {
            throw CsvRowReader.ioProblem(file, e.getCause());
        } catch (IOException e) {
            throw CsvRowReader.ioProblem(file, e);
        }
        counter.finish();
        done.accept(tally);
    }

    /** One task per byte range; the last to finish merges, or reads the file again if any stopped. */
    private List<Runnable> pieces(List<Long> bounds, Supplier<PartialCounts> partials) {
        int n = bounds.size() - 1;
        Tally[] tallies = new Tally[n];
        RowCounter[] counters = new RowCounter[n];
        CountStoreBuilder[] counts = new CountStoreBuilder[n];
        long[] lines = new long[n];
        boolean[] stopped = new boolean[n];
        AtomicInteger left = new AtomicInteger(n);
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            tasks.add(() -> {
                tallies[k] = new Tally(source.root());
                // a builder of the piece's own, absorbed in file order only if every piece is read
                counts[k] = new CountStoreBuilder(builder.positions(), builder.areas());
                counters[k] = new RowCounter(counts[k], Building.newPartial(counts[k]), options, tallies[k]);
                PoliceUkReader reader = new PoliceUkReader(options);
                try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
                    CsvRecord head = header(ch);
                    if (head.getFieldCount() > FastReader.MAX_FIELDS || reader.checkHeader(head, source.name()) != null) {
                        stopped[k] = true;
                    } else {
                        // line numbers count from the piece's first line; merge() shifts them
                        // caches of the piece's own too: they hold the piece builder's ids
                        FastReader fast = new FastReader(reader, counters[k], options, source.name(),
                                head.getFieldCount(), 0, new FastReader.Caches());
                        stopped[k] = !fast.read(ch, bounds.get(k), bounds.get(k + 1));
                        lines[k] = fast.lines();
                        if (!stopped[k]) {
                            counters[k].ids().sort(); // on this piece's thread, so the pieces sort in parallel
                        }

                    }
                } catch (IOException e) {
                    throw CsvRowReader.ioProblem(source.name(), e);
                }
                if (left.decrementAndGet() == 0) {
                    finish(tallies, counters, counts, lines, stopped, partials);
                }
            });
        }
        return tasks;
    }

    private void finish(Tally[] tallies, RowCounter[] counters, CountStoreBuilder[] counts, long[] lines,
            boolean[] stopped, Supplier<PartialCounts> partials) {
        for (boolean s : stopped) {
            if (s) {
                // the assumption does not hold for this file: read it again, in order, by the plain path
                Tally tally = new Tally(source.root());
                RowCounter counter = new RowCounter(builder, partials.get(), options, tally);
                new PoliceUkReader(options).read(source, counter);
                counter.finish();
                done.accept(tally);
                return;
            }
        }
        Tally tally = new Tally(source.root());
        long offset = 1; // the header line
        List<IdLog> ids = new ArrayList<>();
        for (int k = 0; k < tallies.length; k++) {
            tally.add(tallies[k], offset);
            offset += lines[k];
            ids.add(counters[k].ids());
            Building.absorb(builder, counts[k]);
        }
        tally.duplicateIds += IdLog.repeats(ids);
        done.accept(tally);
    }
}
