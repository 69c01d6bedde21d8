package org.cspstat.format;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Renders a {@link Table} as aligned text, CSV or Markdown, the same way for every
 * command. CSV cells that a spreadsheet would execute (starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return: OWASP's CSV-injection guidance) are
 * neutralised with a leading apostrophe, except cells that are plain numbers, which are left
 * unchanged so {@code -5.4} stays a number.
 */
public enum TableFormat {
    /** Aligned columns for a terminal; numbers right-aligned. */
    TEXT,
    /** RFC 4180 CSV with a header row, safe to open in a spreadsheet. */
    CSV,
    /** A GitHub-flavoured Markdown table. */
    MD;

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?%?");

    /**
     * Parses {@code text}, {@code csv} or {@code md}.
     *
     * @param text the name
     * @return the format
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static TableFormat parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + text + "': expected text, csv or md", e);
        }
    }

    /**
     * Renders a table.
     *
     * @param table the table; cells are shown as {@link Column#text(int)} gives them, missing values empty
     * @return the text, ending with a newline
     */
    public String render(Table table) {
        return render(table.columnNames(), table.cells());
    }

    /**
     * Renders cells already formatted, as {@link #render(Table)} renders a table's.
     *
     * @param names the column names
     * @param rows the cells of each row, in column order
     * @return the text, ending with a newline
     */
    public String render(List<String> names, List<List<String>> rows) {
        return switch (this) {
            case CSV -> csv(names, rows);
            case MD -> markdown(names, rows);
            case TEXT -> text(names, rows);
        };
    }

    /**
     * A double in plain decimal, as Tablesaw's double columns printed it (so CSV files did not
     * change when cspstat stopped using Tablesaw): never an exponent, no trailing zeros
     * ({@code 2.0} is {@code 2}, {@code 1.0E-5} is {@code 0.00001}); empty when not finite, as a
     * missing value.
     *
     * @param value the number
     * @return its text
     */
    public static String plainNumber(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0" : "0";
        }
        String shortest = Double.toString(value);
        if (shortest.indexOf('E') < 0) {
            // from 10^-3 to 10^7 Double.toString is already plain, with ".0" for a whole number
            return shortest.endsWith(".0") ? shortest.substring(0, shortest.length() - 2) : shortest;
        }
        return new java.math.BigDecimal(shortest).stripTrailingZeros().toPlainString();
    }

    /**
     * Makes a CSV cell safe to open in a spreadsheet.
     *
     * @param cell the cell text
     * @return the cell, prefixed with an apostrophe when a spreadsheet would run it as a formula
     */
    public static String safeCsvCell(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return formula && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }

    private static String csv(List<String> names, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out)) {
            w.writeRecord(names.stream().map(TableFormat::safeCsvCell).toList());
            for (List<String> row : rows) {
                w.writeRecord(row.stream().map(TableFormat::safeCsvCell).toList());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String markdown(List<String> names, List<List<String>> rows) {
        StringBuilder s = new StringBuilder("| ");
        s.append(String.join(" | ", names.stream().map(TableFormat::mdCell).toList())).append(" |\n|");
        for (int i = 0; i < names.size(); i++) {
            s.append(i == 0 ? " --- |" : " ---: |");
        }
        s.append('\n');
        for (List<String> row : rows) {
            s.append("| ").append(String.join(" | ", row.stream().map(TableFormat::mdCell).toList())).append(" |\n");
        }
        return s.toString();
    }

    private static String mdCell(String cell) {
        return MarkdownText.cell(cell);
    }

    /**
     * A cell as a terminal or a Markdown file can show it: line breaks and tabs become spaces, and
     * every other control character (C0, DEL, C1, the Unicode line and paragraph separators) a
     * question mark, so text from a data file cannot move the cursor, clear the screen or break
     * the table.
     *
     * @param cell the cell text
     * @return the cell on one line, with no control characters
     */
    public static String printable(String cell) {
        return CONTROL.matcher(BREAKS.matcher(cell).replaceAll(" ")).replaceAll("?");
    }

    private static final Pattern BREAKS = Pattern.compile("[\\r\\n\\t]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u0080-\\u009F\\u2028\\u2029]");

    private static String text(List<String> names, List<List<String>> rows) {
        int[] width = new int[names.size()];
        boolean[] numeric = new boolean[names.size()];
        for (int i = 0; i < names.size(); i++) {
            width[i] = names.get(i).length();
            numeric[i] = !rows.isEmpty();
            for (List<String> row : rows) {
                String cell = printable(row.get(i));
                width[i] = Math.max(width[i], cell.codePointCount(0, cell.length()));
                if (!cell.isEmpty() && !NUMBER.matcher(cell.replace(",", "")).matches()) {
                    numeric[i] = false;
                }
            }
        }
        StringBuilder s = new StringBuilder();
        appendRow(s, names, width, new boolean[names.size()]);
        for (int i = 0; i < names.size(); i++) {
            s.append("-".repeat(width[i])).append(i + 1 < names.size() ? "  " : "\n");
        }
        for (List<String> row : rows) {
            appendRow(s, row, width, numeric);
        }
        return s.toString();
    }

    private static void appendRow(StringBuilder s, List<String> cells, int[] width, boolean[] right) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = printable(cells.get(i));
            String pad = " ".repeat(width[i] - cell.codePointCount(0, cell.length()));
            s.append(right[i] ? pad + cell : cell + (i + 1 < cells.size() ? pad : ""));
            if (i + 1 < cells.size()) {
                s.append("  ");
            }
        }
        s.append('\n');
    }
}
