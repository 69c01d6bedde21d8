package org.cspstat.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cspstat.format.Column;
import org.cspstat.format.Table;

/**
 * Disclosure control for published tables ({@code --suppress N}): a count from 1 to N−1 at area
 * or location level is shown as {@code <N}, and every value worked out from it in the same row
 * (change, percent change, share, rate ratio and its interval, p-value, rate) is left empty, so
 * the count cannot be recovered by subtraction. Zero is shown (it discloses nobody), and totals
 * (categories, the district, peers) are never suppressed.
 *
 * <p>The tables at area or location level are named in {@link #AREA_TABLES}. In the plain-value
 * form (CSV, spreadsheets) a suppressed count is the text {@code <N} (as in disclosure-controlled
 * official statistics), and a value worked out from it an empty cell.
 */
public final class Disclosure {
    /** The pack's tables at area or location level, by file stem. */
    public static final Set<String> AREA_TABLES = Set.of("change-by-area", "largest-increases", "hot-cells",
            "repeat-locations", "outcomes-by-area");

    /** Plain-value columns holding counts (compared without regard to case). */
    static final Set<String> COUNT_COLUMNS = Set.of("current", "previous", "count", "crimes", "incidents");

    /** Display columns holding counts, besides those whose numbers match a plain count column. */
    static final Set<String> COUNT_HEADINGS = Set.of("count", "crimes", "incidents");

    /** Tables whose other numbers do not reveal a cell's count (Gi* z uses the neighbours too). */
    static final Set<String> NO_DERIVED = Set.of("hot-cells");

    private static final Pattern LEADING_COUNT = Pattern.compile("^\\s*([0-9][0-9,]*)(?![0-9.])");

    private Disclosure() {
    }

    /**
     * Suppresses the pack's area and location tables.
     *
     * @param pack the pack
     * @param threshold N: counts from 1 to N−1 are shown as {@code <N}; 0 or 1 suppress nothing
     * @return the pack with its area and location tables suppressed (the same pack when the
     *     threshold is below 2)
     * @throws IllegalArgumentException when the threshold is negative
     */
    public static ReportPack suppress(ReportPack pack, int threshold) {
        if (threshold < 0) {
            throw new IllegalArgumentException("the suppression threshold must not be negative");
        }
        if (threshold < 2) {
            return pack;
        }
        List<ReportSection> sections = new ArrayList<>();
        for (ReportSection s : pack.sections()) {
            List<ReportTable> tables = s.tables().stream()
                    .map(t -> AREA_TABLES.contains(t.name()) ? suppress(t, threshold) : t).toList();
            List<String> points = s.id().equals("areas")
                    ? s.points().stream().map(p -> point(p, threshold)).toList() : s.points();
            if (s.id().equals(CaveatSection.ID)) {
                points = new ArrayList<>(points);
                points.add(String.format(Locale.ROOT, "Disclosure control: counts from 1 to %d for an area or a location "
                        + "are shown as %s, and what would reveal them (change, percent change, share, rate ratio) is "
                        + "left out; totals for categories and the whole area are not suppressed.", threshold - 1,
                        mark(threshold)));
            }
            List<ChartData> charts = s.charts().stream().map(c -> c instanceof BarChartData b
                    && b.name().equals(AreaSection.CHART) ? bars(b, threshold) : c).toList();
            sections.add(new ReportSection(s.id(), s.heading(), s.paragraphs(), points, charts, tables));
        }
        return new ReportPack(pack.title(), pack.area(), pack.source(), pack.current(), pack.previous(),
                pack.headlines(), sections);
    }

    /**
     * Suppresses one table, both its display and its plain-value forms.
     *
     * @param table the table
     * @param threshold N
     * @return the suppressed table
     */
    public static ReportTable suppress(ReportTable table, int threshold) {
        boolean derived = !NO_DERIVED.contains(table.name());
        Table data = table.data();
        List<Integer> dataCounts = new ArrayList<>();
        for (int c = 0; c < data.columnCount(); c++) {
            if (isCountColumn(table.name(), data.column(c).name(), c)) {
                dataCounts.add(c);
            }
        }
        Table display = table.display();
        List<Integer> displayCounts = new ArrayList<>();
        for (int c = 0; c < display.columnCount(); c++) {
            Column column = display.column(c);
            String heading = column.name().strip().toLowerCase(Locale.ROOT);
            if (COUNT_HEADINGS.contains(heading)
                    || !heading.equals("rank") && matchesACount(column, data, dataCounts)) {
                displayCounts.add(c);
            }
        }
        return new ReportTable(table.name(), table.caption(),
                rewrite(display, displayCounts, derived, threshold, true),
                rewrite(data, dataCounts, derived, threshold, false), table.detail());
    }

    /**
     * Suppresses a table for people whose plain values are given as cells (the text output of
     * {@code compare --by area}): its count columns are those whose numbers are a plain count
     * column's, row by row.
     *
     * @param display the table for people
     * @param names the plain values' column names
     * @param rows the plain values, row by row in the display table's order
     * @param threshold N
     * @return the display table suppressed
     */
    public static Table suppressDisplay(Table display, List<String> names, List<List<String>> rows, int threshold) {
        if (threshold < 2) {
            return display;
        }
        return suppress(new ReportTable("change-by-area", "", display, SimpleTables.of("data", names, rows)),
                threshold).display();
    }

    /**
     * Suppresses a table for people given as cells, with its plain values (the text output of
     * {@code locations}).
     *
     * @param displayNames the headings for people
     * @param display the cells for people
     * @param names the plain values' column names
     * @param rows the plain values, row by row in the same order
     * @param threshold N
     * @return the cells for people suppressed
     */
    public static List<List<String>> suppressDisplayRows(List<String> displayNames, List<List<String>> display,
            List<String> names, List<List<String>> rows, int threshold) {
        if (threshold < 2) {
            return display;
        }
        return suppress(new ReportTable("repeat-locations", "", SimpleTables.of("display", displayNames, display),
                SimpleTables.of("data", names, rows)), threshold).displayRows();
    }

    /**
     * Suppresses rows of plain values given as cells (the CSV of {@code compare --by area}): a
     * count from 1 to N−1 in a count column ({@link #COUNT_COLUMNS}) becomes {@code <N}, and a
     * value worked out from it in the same row (change, percent change, rate ratio, p, rates) is
     * left empty.
     *
     * @param names the column names
     * @param rows the rows
     * @param threshold N
     * @return the rows suppressed (the same list when the threshold is below 2)
     */
    public static List<List<String>> suppressRows(List<String> names, List<List<String>> rows, int threshold) {
        if (threshold < 2) {
            return rows;
        }
        List<List<String>> out = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            boolean hidden = false;
            List<String> copy = new ArrayList<>(row);
            for (int c = 0; c < names.size() && c < row.size(); c++) {
                if (isCountColumn("", names.get(c), c)) {
                    Long v = leadingCount(row.get(c));
                    if (v != null && suppressed(v, threshold)) {
                        copy.set(c, mark(threshold));
                        hidden = true;
                    }
                }
            }
            if (hidden) {
                for (int c = 0; c < names.size() && c < row.size(); c++) {
                    if (!isCountColumn("", names.get(c), c) && isDerived(names.get(c))) {
                        copy.set(c, "");
                    }
                }
            }
            out.add(copy);
        }
        return out;
    }

    /**
     * @param name a plain-value column name
     * @return true for a count column that suppression applies to
     */
    public static boolean isCount(String name) {
        return isCountColumn("", name, 1);
    }

    /**
     * @param name a plain-value column name or a heading
     * @return true for a value worked out from a row's counts (change, percent change, share, rate
     *     ratio, p, rates), left out when a count of the row is suppressed
     */
    public static boolean revealsCounts(String name) {
        return isDerived(name);
    }

    /**
     * @param count a count
     * @param threshold N
     * @return true when the count is from 1 to N−1 and so is shown as {@code <N}
     */
    public static boolean suppressed(long count, int threshold) {
        return count >= 1 && count < threshold;
    }

    /**
     * @param threshold N
     * @return the text a suppressed count is shown as, {@code <N}
     */
    public static String mark(int threshold) {
        return "<" + threshold;
    }

    /** The busiest areas' bars: a bar of 1 to N−1 is not drawn, and its area's label says {@code <N}. */
    static BarChartData bars(BarChartData b, int threshold) {
        List<String> categories = new ArrayList<>(b.categories());
        List<BarSeries> series = new ArrayList<>();
        for (BarSeries s : b.series()) {
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < s.values().size(); i++) {
                double v = s.values().get(i);
                if (v >= 1 && v < threshold && v == Math.rint(v)) {
                    values.add(Double.NaN);
                    if (!categories.get(i).endsWith(")")) {
                        categories.set(i, categories.get(i) + " (" + mark(threshold) + ")");
                    }
                } else {
                    values.add(v);
                }
            }
            series.add(new BarSeries(s.label(), values, s.tone()));
        }
        return new BarChartData(b.name(), b.title(), b.xLabel(), b.yLabel(), categories, series, b.overlap(),
                b.source(), b.description());
    }

    private static final Pattern AREA_COUNTS = Pattern.compile("([0-9][0-9,]*) in .*? against ([0-9][0-9,]*) in ");
    private static final Pattern VERDICT = Pattern.compile("significant (increase|decrease|rise|fall)");

    /** An area's sentence with its counts, or without them (the verdict alone) when one is suppressed. */
    static String point(String point, int threshold) {
        Matcher m = AREA_COUNTS.matcher(point);
        if (!m.find()) {
            return point;
        }
        long now = Long.parseLong(m.group(1).replace(",", ""));
        long before = Long.parseLong(m.group(2).replace(",", ""));
        if (!suppressed(now, threshold) && !suppressed(before, threshold)) {
            return point;
        }
        String head = point.substring(0, m.start()).strip();
        Matcher v = VERDICT.matcher(point);
        return head + " " + (v.find() ? v.group() : "change") + " (counts under " + threshold + " not shown).";
    }

    private static boolean isCountColumn(String table, String name, int index) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (table.equals("outcomes-by-area")) {
            return index > 0 && !n.endsWith("_share");
        }
        return COUNT_COLUMNS.contains(n);
    }

    /** Plain-value columns and display headings of values worked out from a row's counts. */
    static boolean isDerived(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return n.equals("change") || n.contains("change") || n.contains("share") || n.startsWith("rate")
                || n.equals("pvalue") || n.equals("padjusted") || n.equals("zscore") || n.startsWith("p (")
                || n.equals("p") || n.contains("per 1,000") || n.contains("per1000") || n.contains("perlsoa")
                || n.contains("per lsoa");
    }

    /** @return true when each row's leading number in the display column equals a plain count column's */
    private static boolean matchesACount(Column column, Table data, List<Integer> dataCounts) {
        if (column.size() == 0 || column.size() != data.rowCount()) {
            return false;
        }
        for (int c : dataCounts) {
            boolean all = true;
            for (int r = 0; r < column.size() && all; r++) {
                Long shown = leadingCount(ReportTable.cell(column, r));
                Long value = leadingCount(plain(data.column(c), r));
                all = shown != null && shown.equals(value);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static Long leadingCount(String text) {
        Matcher m = LEADING_COUNT.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            return Long.parseLong(m.group(1).replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String plain(Column column, int row) {
        return column.text(row);
    }

    private static Table rewrite(Table t, List<Integer> counts, boolean derived, int threshold, boolean display) {
        if (counts.isEmpty()) {
            return t;
        }
        boolean[] rowSuppressed = new boolean[t.rowCount()];
        boolean[][] cellSuppressed = new boolean[t.columnCount()][t.rowCount()];
        for (int c : counts) {
            Column column = t.column(c);
            for (int r = 0; r < t.rowCount(); r++) {
                Long v = leadingCount(display ? ReportTable.cell(column, r) : plain(column, r));
                if (v != null && suppressed(v, threshold)) {
                    cellSuppressed[c][r] = true;
                    rowSuppressed[r] = true;
                }
            }
        }
        List<Column> out = new ArrayList<>();
        for (int c = 0; c < t.columnCount(); c++) {
            Column column = t.column(c);
            boolean isCount = counts.contains(c);
            boolean isDerived = derived && !isCount && isDerived(column.name());
            if (!isCount && !isDerived || column.kind() == Column.Kind.FLAG) {
                out.add(column);
                continue;
            }
            List<String> cells = new ArrayList<>(t.rowCount());
            for (int r = 0; r < t.rowCount(); r++) {
                if (isCount && cellSuppressed[c][r]) {
                    cells.add(mark(threshold));
                } else if (isDerived && rowSuppressed[r]) {
                    cells.add("");
                } else {
                    cells.add(display ? ReportTable.cell(column, r) : plain(column, r));
                }
            }
            out.add(Column.text(column.name(), cells));
        }
        return new Table(t.name(), out);
    }
}
