package org.cspstat.hotspot;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cspstat.compare.ComparisonResult;
import org.cspstat.compare.ComparisonRow;
import org.cspstat.period.Period;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What {@link HotspotAnalysis} finds for one issue and period.
 *
 * @param issue the category or group mapped
 * @param current the period mapped and ranked
 * @param previous the period the ranking compares with
 * @param ranking the areas (or named places), current against previous, by current count
 * @param concentration how concentrated the issue is across those areas
 * @param map the grid Gi* map with emerging classes (when the run was long enough)
 * @param emergingPeriods the run of periods the emerging classes come from
 * @param withoutLocation incidents of the period without coordinates, left off the map
 * @param note what the reader should know about the map (larger cells than asked for, no emerging
 *     classes and why), or empty
 */
public record HotspotReport(String issue, Period current, Period previous, ComparisonResult ranking,
        Concentration concentration, HotspotResult map, List<Period> emergingPeriods, long withoutLocation,
        String note) {
    // validates the components
    public HotspotReport {
        requireNonNull(issue, "issue must not be null");
        requireNonNull(ranking, "ranking must not be null");
        requireNonNull(map, "map must not be null");
        emergingPeriods = List.copyOf(emergingPeriods);
        requireNonNull(note, "note must not be null");
    }

    /** @return the total of the ranking's current counts */
    public long total() {
        return ranking.rows().stream().mapToLong(ComparisonRow::current).sum();
    }

    /**
     * The top areas by current count, by increase (absolute change) or by share.
     *
     * @param n how many areas
     * @param byChange true to rank by increase, false by count (share ranks as count does)
     * @return the rows
     */
    public List<ComparisonRow> top(int n, boolean byChange) {
        Comparator<ComparisonRow> order = byChange
                ? Comparator.comparingLong((ComparisonRow r) -> r.change().change()).reversed()
                : Comparator.comparingLong(ComparisonRow::current).reversed();
        return ranking.rows().stream().sorted(order.thenComparing(ComparisonRow::area)).limit(n).toList();
    }

    /**
     * @param n how many areas
     * @param byChange true to rank by increase
     * @return the top areas for people: area, counts, change, share of the issue, verdict
     */
    public Table topTable(int n, boolean byChange) {
        List<ComparisonRow> rows = top(n, byChange);
        long total = Math.max(total(), 1);
        Table t = Table.create(issue + (byChange ? ": largest increases" : ": highest counts"));
        t.addColumns(
                StringColumn.create("Area", rows.stream().map(ComparisonRow::area)),
                StringColumn.create(ranking.currentHeading(), rows.stream().map(r -> String.format(Locale.ROOT, "%,d", r.current()))),
                StringColumn.create(ranking.previousHeading(), rows.stream().map(r -> String.format(Locale.ROOT, "%,d", r.previous()))),
                StringColumn.create("Change", rows.stream().map(r -> String.format(Locale.ROOT, "%+,d", r.change().change()))),
                StringColumn.create("% change", rows.stream().map(ComparisonResult::percent)),
                StringColumn.create("Share", rows.stream().map(r -> String.format(Locale.ROOT, "%.1f%%",
                        100.0 * r.current() / total))),
                StringColumn.create("Verdict", rows.stream().map(r -> r.verdict().words())));
        return t;
    }

    /** @return the hot and emerging cells for people, hottest first */
    public Table hotCellsTable() {
        List<HotspotCell> hot = map.cells().stream()
                .filter(c -> c.hot() || c.emerging() != null && c.emerging() != EmergingClass.NONE && !c.emerging().toString().endsWith("cold"))
                .sorted(Comparator.comparingDouble(HotspotCell::z).reversed()).toList();
        Table t = Table.create("hot cells");
        t.addColumns(
                StringColumn.create("Cell (row,col)", hot.stream().map(c -> c.row() + "," + c.col())),
                StringColumn.create("Count", hot.stream().map(c -> Long.toString(c.count()))),
                StringColumn.create("Gi* z", hot.stream().map(c -> String.format(Locale.ROOT, "%.2f", c.z()))),
                StringColumn.create("p (BH)", hot.stream().map(c -> ComparisonResult.p(c.pAdjusted()))),
                StringColumn.create("Class", hot.stream().map(c -> (c.hot() ? "hot" : "not significant")
                        + (c.emerging() == null ? "" : ", " + c.emerging()))),
                StringColumn.create("Commonest location", hot.stream().map(c -> c.location() == null ? "" : c.location())),
                StringColumn.create("LSOA", hot.stream().map(c -> c.lsoa() == null ? "" : c.lsoa())));
        return t;
    }
}
