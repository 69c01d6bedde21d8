package org.cspstat.report;

import static java.util.Objects.requireNonNull;

import tech.tablesaw.api.Table;

/**
 * One table of the evidence pack, in two forms: formatted for people (the page and the
 * summary) and plain values for {@code tables/<name>.csv}.
 *
 * @param name the file stem, such as {@code change-by-category}
 * @param caption the caption shown above the table
 * @param display the table formatted for people
 * @param data the same rows as plain values, for CSV
 */
public record ReportTable(String name, String caption, Table display, Table data) {
    /**
     * Validates the table.
     *
     * @param name the file stem
     * @param caption the caption
     * @param display the table formatted for people
     * @param data the plain values
     */
    public ReportTable {
        ChartData.checkName(name);
        requireNonNull(caption, "caption must not be null");
        requireNonNull(display, "display must not be null");
        requireNonNull(data, "data must not be null");
    }
}
