package org.cspstat.report;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cspstat.format.Column;
import org.cspstat.format.Table;

/**
 * One table of the evidence pack, in two forms: formatted for people (the page and the
 * summary) and plain values for {@code tables/<name>.csv}. Every renderer for people (HTML,
 * Markdown, Word) shows {@link #displayNames()} and {@link #displayRows()}, which round any number
 * column of the display table to what matters, so a new section's table never prints
 * {@code 534.3333333333334}; machine outputs (CSV, JSON, spreadsheets) use {@link #data()}.
 * Both tables are immutable {@link Table}s, so no reader of a pack can change it.
 *
 * @param name the file stem, such as {@code change-by-category}
 * @param caption the caption shown above the table
 * @param display the table formatted for people
 * @param data the same rows as plain values, for CSV
 * @param detail true for a table of detail (monthly figures, long lists) that the Word document
 *     and the summary put in an appendix and the page folds away (not printed)
 */
public record ReportTable(String name, String caption, Table display, Table data, boolean detail) {
    /** Tables with more rows than this are detail unless said otherwise. */
    public static final int DETAIL_ROWS = 25;

    /**
     * A table that is detail when it has more than {@value #DETAIL_ROWS} rows.
     *
     * @param name the file stem
     * @param caption the caption
     * @param display the table formatted for people
     * @param data the plain values
     */
    public ReportTable(String name, String caption, Table display, Table data) {
        this(name, caption, display, data, display.rowCount() > DETAIL_ROWS);
    }

    /**
     * Validates the table.
     *
     * @param name the file stem
     * @param caption the caption
     * @param display the table formatted for people
     * @param data the plain values
     * @param detail true for a table of detail
     */
    public ReportTable {
        ChartData.checkName(name);
        requireNonNull(caption, "caption must not be null");
        requireNonNull(display, "display must not be null");
        requireNonNull(data, "data must not be null");
    }

    /** @return the display table's columns that carry something: a yes/no column that is all no is left out */
    public List<String> displayNames() {
        return shown().stream().map(Column::name).toList();
    }

    /** @return the display table's cells for people, row by row, in the order of {@link #displayNames()} */
    public List<List<String>> displayRows() {
        List<Column> columns = shown();
        List<List<String>> rows = new ArrayList<>(display.rowCount());
        for (int r = 0; r < display.rowCount(); r++) {
            List<String> row = new ArrayList<>(columns.size());
            for (Column c : columns) {
                row.add(cell(c, r));
            }
            rows.add(List.copyOf(row));
        }
        return List.copyOf(rows);
    }

    private List<Column> shown() {
        List<Column> out = new ArrayList<>();
        for (Column c : display.columns()) {
            if (c.kind() == Column.Kind.FLAG && c.countTrue() == 0) {
                continue;
            }
            out.add(c);
        }
        return out;
    }

    /**
     * One cell as people read it: whole numbers with thousands separators, other numbers to one
     * decimal place (two significant figures below 1), yes/no for a flag, text as it is.
     *
     * @param column the column
     * @param row the row
     * @return the text, empty when the value is missing
     */
    public static String cell(Column column, int row) {
        if (column.isMissing(row)) {
            return "";
        }
        if (column.kind() == Column.Kind.FLAG) {
            return column.isTrue(row) ? "yes" : "";
        }
        if (column.isNumeric()) {
            return number(column.number(row));
        }
        return column.text(row);
    }

    /**
     * A number as people read it: {@code 1,234}, {@code 534.3}, {@code 0.042}.
     *
     * @param v the number
     * @return its text; empty when not finite
     */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        if (Math.abs(v) >= 1) {
            return String.format(Locale.ROOT, "%,.1f", v);
        }
        return new BigDecimal(v).round(new MathContext(2)).stripTrailingZeros().toPlainString();
    }
}
