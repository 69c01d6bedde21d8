package org.cspstat.hotspot;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import org.cspstat.compare.ComparisonResult;
import org.cspstat.compare.ComparisonRow;
import org.cspstat.period.Period;

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

    /** @return the hot and emerging cells (hot, or emerging and not cold), hottest first */
    public List<HotspotCell> hotCells() {
        return map.cells().stream()
                .filter(c -> c.hot() || c.emerging() != null && c.emerging() != EmergingClass.NONE && !c.emerging().toString().endsWith("cold"))
                .sorted(Comparator.comparingDouble(HotspotCell::z).reversed()).toList();
    }
}
