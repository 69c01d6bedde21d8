package org.cspstat.io;

import org.cspstat.error.DataException;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * The part every incident reader shares: opens a source as a stream (UTF-8 with or without BOM,
 * or a given charset; LF or CRLF; RFC 4180 quotes), finds columns by header name, and checks
 * each record's shape before a subclass reads its values. Shape problems reject the row with
 * its line: wrong field count, an over-long field, or a record that runs over several lines
 * (almost always an unbalanced quote).
 */
abstract class CsvRowReader {
    /** FastCSV's own buffer; fields longer than {@link ReadLimits#maxFieldLength()} are rejected well before. */
    private static final int MAX_BUFFER = 16 * 1024 * 1024;
    /** How FastCSV 4 starts its message for a record past {@link #MAX_BUFFER}. */
    private static final String FASTCSV_BUFFER_FULL = "The maximum buffer size of";
    /** The reason given for a record past {@link #MAX_BUFFER}, on every path. */
    static final String RECORD_TOO_LONG = "a record longer than 16 MiB (16,777,216 characters), the limit for one"
            + " record: a file with no line breaks, or a quote opened and never closed";

    protected final LoadOptions options;

    protected CsvRowReader(LoadOptions options) {
        this.options = options;
    }

    /** @return the charset to decode with */
    protected abstract Charset charset();

    /**
     * Checks the header and remembers the columns needed.
     *
     * @return null when usable, else the reason the file cannot be read
     */
    protected abstract String header(Map<String, Integer> columns, String file);

    /** Reads one well-shaped record. */
    protected abstract void row(CsvRecord record, String file, long line, RowCounter counter);

    /**
     * Reads every row of a source into the counter.
     *
     * @throws DataException in strict mode at the first bad row, or when the source cannot be read
     */
    final void read(InputSource source, RowCounter counter) {
        String file = source.name();
        try (InputStream in = source.open();
             CsvReader<CsvRecord> csv = csvBuilder().detectBomHeader(true).ofCsvRecord(in, charset())) {
            Iterator<CsvRecord> it = csv.iterator();
            if (!it.hasNext()) {
                fileProblem(file, 0, "empty file: no header and no rows", 0, counter);
                return;
            }
            CsvRecord head = it.next();
            Map<String, Integer> columns = columns(head);
            // A NUL in the header means UTF-16 without a byte-order mark, or not text at all:
            // say so rather than "missing column".
            String problem = columns.keySet().stream().anyMatch(c -> c.indexOf('\0') >= 0)
                    ? "the header contains NUL characters: this is UTF-16 without a byte-order mark, or not a"
                            + " text file; save it as UTF-8 CSV"
                    : header(columns, file);
            if (problem != null) {
                long rows = 0;
                try {
                    while (it.hasNext()) {
                        it.next();
                        rows++;
                    }
                } catch (CsvParseException e) {
                    // the whole file is rejected anyway: count the lines the parser could not reach
                    rows += UnparsableRest.rowsFrom(source, UnparsableRest.line(rootMessage(e), 2));
                }
                fileProblem(file, head.getStartingLineNumber(), problem, rows, counter);
                return;
            }
            records(it, file, head.getFieldCount(), 0, counter);
        } catch (CsvParseException e) {
            unparsable(source, e, 0, counter);
        } catch (UncheckedIOException e) {
            throw ioProblem(file, e.getCause());
        } catch (IOException e) {
            throw ioProblem(file, e);
        }
    }

    /**
     * Handles a record the parser cannot go past (a character after a closing quote, binary data,
     * a field past its buffer), the same way on every path. Strict: stop with the record's line.
     * Lenient: reject the rest of this file, counted line by line, and go on with the other files
     * (see {@link UnparsableRest}).
     *
     * @param lineOffset lines before the line the parser started at (0 when it started at the top)
     * @throws DataException in strict mode, or when the rest of the file cannot be counted
     */
    final void unparsable(InputSource source, CsvParseException e, long lineOffset, RowCounter counter) {
        String file = source.name();
        long parserLine = UnparsableRest.line(rootMessage(e), 0);
        long line = parserLine > 0 ? parserLine + lineOffset : 0;
        boolean tooLong = rootMessage(e).startsWith(FASTCSV_BUFFER_FULL);
        String reason = tooLong ? RECORD_TOO_LONG : "cannot be parsed as CSV: " + UnparsableRest.reason(rootMessage(e));
        if (options.strict()) {
            throw new DataException(file, line, reason, e);
        }
        try {
            counter.tally().rejectAll(file, Math.max(line, 1), tooLong ? "record too long" : "unparsable CSV",
                    reason + "; the rest of the file is not read", UnparsableRest.rowsFrom(source, line));
        } catch (IOException again) {
            throw ioProblem(file, again);
        }
    }

    /** The reader settings every path shares (the fast path parses odd lines with the same rules). */
    static CsvReader.CsvReaderBuilder csvBuilder() {
        return CsvReader.builder()
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowUnclosedQuote(true)
                .skipEmptyLines(true)
                .maxBufferSize(MAX_BUFFER);
    }

    /** Maps each normalised header name to its column; a name that occurs twice maps to -1. */
    static Map<String, Integer> columns(CsvRecord head) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < head.getFieldCount(); i++) {
            String name = normalise(head.getField(i));
            if (columns.putIfAbsent(name, i) != null) {
                columns.put(name, -1);
            }
        }
        return columns;
    }

    /**
     * Checks the header for the fast path in {@link FastReader}, which reads the rows itself.
     *
     * @return null when usable, else the reason
     */
    final String checkHeader(CsvRecord head, String file) {
        return header(columns(head), file);
    }

    /**
     * Reads records after the header; {@code lineOffset} is added to FastCSV's line numbers when
     * the stream starts part-way into the file (the fast path handing over to this one).
     */
    final void records(Iterator<CsvRecord> it, String file, int expected, long lineOffset, RowCounter counter) {
        int maxField = options.limits().maxFieldLength();
        while (it.hasNext()) {
            CsvRecord r = it.next();
            record(r, file, r.getStartingLineNumber() + lineOffset, expected, maxField, counter);
        }
    }

    /** Checks one record's shape, then reads it: the plain path for one record. */
    final void record(CsvRecord r, String file, long line, int expected, int maxField, RowCounter counter) {
        counter.read();
        String shape = shape(r, expected, maxField, line);
        if (shape != null) {
            counter.reject(file, line, shape.substring(0, shape.indexOf('|')), shape.substring(shape.indexOf('|') + 1));
            return;
        }
        row(r, file, line, counter);
    }

    static DataException ioProblem(String file, IOException e) {
        if (e instanceof LimitedInputStream.LimitExceededException) {
            return DataException.of(file, e.getMessage());
        }
        return new DataException(file, 0, "cannot be read: " + e.getMessage(), e);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Returns "kind|reason" for a badly shaped record, or null. */
    private static String shape(CsvRecord r, int expected, int maxField, long line) {
        int n = r.getFieldCount();
        for (int i = 0; i < n; i++) {
            String f = r.getField(i);
            if (f.length() > maxField) {
                return "field too long|field " + (i + 1) + " is longer than " + maxField + " characters";
            }
        }
        for (int i = 0; i < n; i++) {
            String f = r.getField(i);
            if (f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                long end = line + f.stripTrailing().chars().filter(c -> c == '\n').count();
                return "unbalanced quote|unbalanced quote: the record runs from line " + line + " to line " + end;
            }
        }
        if (n != expected) {
            return (n < expected ? "too few fields" : "too many fields") + "|expected " + expected
                    + " fields but found " + n;
        }
        return null;
    }

    private void fileProblem(String file, long line, String reason, long rows, RowCounter counter) {
        if (options.strict()) {
            throw new DataException(file, line, reason);
        }
        counter.tally().rejectAll(file, Math.max(line, 1), "unreadable file", reason, rows);
    }

    /** Header names are matched trimmed and without regard to case. */
    static String normalise(String header) {
        return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Checks that a required column is present once.
     *
     * @return null when it is, else the reason
     */
    static String require(Map<String, Integer> columns, String name) {
        Integer i = columns.get(normalise(name));
        if (i == null) {
            return "missing column '" + name + "' in the header";
        }
        if (i < 0) {
            return "duplicate column '" + name + "' in the header";
        }
        return null;
    }

    /** @return the index of an optional column, -1 when absent; a duplicate counts as absent */
    static int optional(Map<String, Integer> columns, String name) {
        Integer i = columns.get(normalise(name));
        return i == null ? -1 : i;
    }

    /** @return the field, or "" when the column is absent */
    static String field(CsvRecord r, int column) {
        return column < 0 || column >= r.getFieldCount() ? "" : r.getField(column);
    }
}
