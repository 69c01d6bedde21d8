package org.cspstat.risk;

import org.cspstat.io.internal.ConfigFiles;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cspstat.error.DataException;

/**
 * Reads the small configuration CSVs of this package the same way: UTF-8 with or without a
 * byte-order mark, {@code #} comment lines and rows whose fields are all blank skipped (both
 * are common in files saved from a spreadsheet), fields trimmed, a header row whose names are
 * normalised by {@link #key(String)}. A later row may not have more non-blank fields than the
 * header; a shorter row is padded with blank fields (a spreadsheet drops trailing blanks).
 */
final class ConfigCsv {

    /** A data row with its 1-based line number. */
    record Row(long line, List<String> fields) {
        Row {
            fields = List.copyOf(fields);
        }

        String field(int index) {
            return fields.get(index);
        }
    }

    /** The header (normalised names, in order) and the data rows of one file. */
    record Table(String source, long headerLine, List<String> columns, List<Row> rows) {
        Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        /** @return the index of each column name */
        Map<String, Integer> index() {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                index.put(columns.get(i), i);
            }
            return index;
        }

        /** Fails naming the first required column the header lacks. */
        void require(List<String> required) {
            for (String column : required) {
                if (!columns.contains(column)) {
                    throw new DataException(source, headerLine, "missing column '" + column + "'");
                }
            }
        }
    }

    private ConfigCsv() {
    }

    /** @return a column or setting name in its canonical form: trimmed, lower case, spaces and hyphens as underscores */
    static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    /** @return a dimension key in prose: underscores as spaces */
    static String label(String key) {
        return key.replace('_', ' ');
    }

    static Table read(Path path) {
        String source = path.toString();
        String text = ConfigFiles.readText(path, ConfigFiles.SMALL, "configuration file");
        return read(source, new java.io.StringReader(text));
    }

    static Table read(String source, Reader reader) {
        List<String> header = null;
        long headerLine = 0;
        List<Row> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .commentStrategy(CommentStrategy.SKIP)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(reader)) {
            for (CsvRecord record : csv) {
                List<String> fields = trimmed(record.getFields(), header == null);
                if (fields.isEmpty()) {
                    continue;
                }
                long line = record.getStartingLineNumber();
                if (header == null) {
                    header = header(source, line, fields);
                    headerLine = line;
                } else {
                    if (fields.size() > header.size()) {
                        throw new DataException(source, line, "found " + fields.size()
                                + " fields but the header has " + header.size());
                    }
                    List<String> padded = new ArrayList<>(fields);
                    while (padded.size() < header.size()) {
                        padded.add("");
                    }
                    rows.add(new Row(line, padded));
                }
            }
        } catch (CsvParseException | UncheckedIOException e) {
            throw new DataException(source, 0, "not a readable CSV file (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new DataException(source, 0, "cannot read the file (" + e.getClass().getSimpleName() + ")", e);
        }
        if (header == null) {
            throw new DataException(source, 0, "empty file: expected a header row");
        }
        return new Table(source, headerLine, header, rows);
    }

    private static List<String> header(String source, long line, List<String> fields) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            String name = key(fields.get(i));
            if (name.isEmpty()) {
                throw new DataException(source, line, "column " + (i + 1) + " has no name");
            }
            if (names.contains(name)) {
                throw new DataException(source, line, "duplicate column '" + name + "'");
            }
            names.add(name);
        }
        return names;
    }

    /** Trims fields, drops trailing blank ones (all of them for a blank row) and a leading BOM. */
    private static List<String> trimmed(List<String> raw, boolean first) {
        List<String> fields = new ArrayList<>(raw.size());
        for (String field : raw) {
            fields.add(field.strip());
        }
        if (first && !fields.isEmpty() && fields.get(0).startsWith("\uFEFF")) {
            fields.set(0, fields.get(0).substring(1).strip());
        }
        int end = fields.size();
        while (end > 0 && fields.get(end - 1).isEmpty()) {
            end--;
        }
        return fields.subList(0, end);
    }

    /**
     * Parses a score: a whole number from 1 to 5.
     *
     * @throws DataException naming the column when the text is not a whole number or is out of range
     */
    static int score(String source, long line, String column, String text) {
        if (text.isEmpty()) {
            throw new DataException(source, line, "column '" + column + "': missing score");
        }
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new DataException(source, line, "column '" + column
                    + "': expected a whole number from 1 to 5 but was '" + text + "'");
        }
        if (value < 1 || value > 5) {
            throw new DataException(source, line, "column '" + column + "': score " + value + " is outside 1 to 5");
        }
        return value;
    }
}
