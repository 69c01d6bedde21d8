package org.cspstat.hotspot;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cspstat.compare.AreaLevel;
import org.cspstat.compare.CategoryGroups;
import org.cspstat.compare.Comparison;
import org.cspstat.compare.ComparisonResult;
import org.cspstat.compare.ComparisonRow;
import org.cspstat.compare.Grouping;
import org.cspstat.compare.Issue;
import org.cspstat.count.CountStore;
import org.cspstat.count.SnapPoint;
import org.cspstat.geo.NamedPlaces;
import org.cspstat.io.Dataset;
import org.cspstat.period.FinancialYear;
import org.cspstat.period.Period;

/**
 * Hotspots for one issue and period, from a dataset loaded with positions: the area ranking
 * (through the {@link Comparison} engine, by LSOA, ward or named place), the concentration of
 * incidents across those areas, and the grid Gi* map with each cell's emerging class over a run
 * of periods ending with the period analysed.
 *
 * <p><b>The run of periods</b> for emerging classes: by default quarters (financial-year
 * quarters, the last one the last complete quarter up to the period's end: a partial quarter is
 * not a quarter) when at least {@link EmergingHotspots#MIN_PERIODS} of them have data, otherwise
 * months; at most 12
 * periods, and never reaching back across a month without data. With fewer than
 * {@link EmergingHotspots#MIN_PERIODS} periods the map has no emerging classes and the report
 * says why. Incidents without coordinates are counted in {@link HotspotReport#withoutLocation()}
 * and left off the map, never placed at 0,0.
 */
public final class HotspotAnalysis {
    /** How long each period of the emerging run is. */
    public enum Step {
        /** Quarters when there are enough of them, else months. */
        AUTO,
        /** Financial-year quarters. */
        QUARTER,
        /** Calendar months. */
        MONTH
    }

    private static final int MAX_PERIODS = 12;

    private final Dataset data;
    private String issue = CategoryGroups.ALL_CRIME;
    private Period current;
    private Period previous;
    private double cellSize = Grid.DEFAULT_CELL_SIZE;
    private AreaLevel level = AreaLevel.LSOA;
    private NamedPlaces places;
    private CategoryGroups groups = CategoryGroups.builtIn();
    private Step step = Step.AUTO;
    private boolean allowGaps;
    private org.cspstat.geo.Boundary boundary;
    private int permutations;
    private long seed = HotspotMap.DEFAULT_SEED;

    /** The reason of the {@link org.cspstat.error.DataException} thrown when the period has nothing to map. */
    public static final String NO_COORDINATES = "no incidents with coordinates";

    private HotspotAnalysis(Dataset data) {
        this.data = requireNonNull(data, "data must not be null");
        if (!data.counts().hasPositions()) {
            throw new org.cspstat.error.ConfigurationException(org.cspstat.error.ConfigurationException.POSITIONS,
                    "hotspots need the data loaded with positions");
        }
    }

    /**
     * @param data a dataset loaded with positions
     * @return an analysis to configure and {@link #run()}
     */
    public static HotspotAnalysis of(Dataset data) {
        return new HotspotAnalysis(data);
    }

    /**
     * @param name the category or group to map (default {@code All crime})
     * @return this analysis
     */
    public HotspotAnalysis issue(String name) {
        this.issue = requireNonNull(name, "name must not be null");
        return this;
    }

    /**
     * @param period the period to map; default the latest financial year to date
     * @return this analysis
     */
    public HotspotAnalysis current(Period period) {
        this.current = period;
        return this;
    }

    /**
     * @param period the period the ranking compares with; default a year earlier
     * @return this analysis
     */
    public HotspotAnalysis previous(Period period) {
        this.previous = period;
        return this;
    }

    /**
     * @param metres the grid's cell side (default {@link Grid#DEFAULT_CELL_SIZE})
     * @return this analysis
     */
    public HotspotAnalysis cellSize(double metres) {
        this.cellSize = metres;
        return this;
    }

    /**
     * @param level the area level of the ranking (default LSOA)
     * @return this analysis
     */
    public HotspotAnalysis areaLevel(AreaLevel level) {
        this.level = requireNonNull(level, "level must not be null");
        return this;
    }

    /**
     * @param places named places to rank instead of the data's areas, or null
     * @return this analysis
     */
    public HotspotAnalysis places(NamedPlaces places) {
        this.places = places;
        return this;
    }

    /**
     * @param groups the partnership's category groups
     * @return this analysis
     */
    public HotspotAnalysis groups(CategoryGroups groups) {
        this.groups = requireNonNull(groups, "groups must not be null");
        return this;
    }

    /**
     * @param step the length of the emerging run's periods (default AUTO)
     * @return this analysis
     */
    public HotspotAnalysis step(Step step) {
        this.step = requireNonNull(step, "step must not be null");
        return this;
    }

    /**
     * @param allow true to rank even when a period includes months without data
     * @return this analysis
     */
    public HotspotAnalysis allowGaps(boolean allow) {
        this.allowGaps = allow;
        return this;
    }

    /**
     * @param area the study area's outline (the grid keeps the cells overlapping it), or null for
     *     the default rule: the cells holding at least one of the data's map points
     * @return this analysis
     */
    public HotspotAnalysis boundary(org.cspstat.geo.Boundary area) {
        this.boundary = area;
        return this;
    }

    /**
     * @param count the permutations for the Gi* p-values, at least 99, or 0 for the default
     *     ({@link HotspotMap#SMALL_AREA_PERMUTATIONS} up to {@link HotspotMap#SMALL_AREA_CELLS}
     *     cells, else {@link HotspotMap#DEFAULT_PERMUTATIONS})
     * @return this analysis
     */
    public HotspotAnalysis permutations(int count) {
        this.permutations = count;
        return this;
    }

    /**
     * @param value the seed of the permutations (default {@link HotspotMap#DEFAULT_SEED})
     * @return this analysis
     */
    public HotspotAnalysis seed(long value) {
        this.seed = value;
        return this;
    }

    /**
     * Says why there is nothing to map, and what to do: the category has no incidents in the
     * period (naming the categories that do), or its incidents have no coordinates.
     */
    private static String nothingToMap(CountStore store, Period now, long total) {
        if (total > 0) {
            return String.format(java.util.Locale.ROOT, "its %,d incidents in the period have no longitude and"
                    + " latitude, so there is nothing to map (police.uk rows without a location, or an export"
                    + " whose mapping names no coordinate columns); rank the areas by their counts (a comparison by area) instead",
                    total);
        }
        List<String> busiest = new java.util.ArrayList<>();
        long[] counts = new long[store.categories().size()];
        for (int c = 0; c < counts.length; c++) {
            for (YearMonth m : now.months()) {
                counts[c] += store.hasData(m) ? store.total(c, m) : 0;
            }
        }
        java.util.stream.IntStream.range(0, counts.length).boxed().filter(c -> counts[c] > 0)
                .sorted((a, b) -> Long.compare(counts[b], counts[a])).limit(5)
                .forEach(c -> busiest.add(store.categories().get(c).name() + " (" + counts[c] + ")"));
        return busiest.isEmpty()
                ? "the data have no incidents at all in this period; choose a period inside the data"
                : "there are no incidents of this category in the period; the data have "
                        + String.join(", ", busiest) + ": choose one of those as the category";
    }

    /**
     * Runs the analysis.
     *
     * @return the ranking, concentration and map
     * @throws org.cspstat.error.DataException when a period includes months without data and gaps
     *     are not allowed, or when there is nothing to map
     */
    public HotspotReport run() {
        CountStore store = data.counts();
        Period now = current != null ? current : Comparison.latestYearToDate(store);
        Period before = previous != null ? previous : now.minusYears(1);
        ComparisonResult ranking = Comparison.of(data).current(now).previous(before).by(Grouping.AREA)
                .areaLevel(level).places(places).groups(groups).issues(List.of(issue)).allowGaps(allowGaps).run();
        Issue chosen = groups.resolve(store, List.of(issue)).get(0);
        Set<Integer> categories = new HashSet<>();
        for (int c : chosen.categories()) {
            categories.add(c);
        }
        List<Period> run = emergingRun(store, now);
        String note = "";
        HotspotResult map;
        List<PointCount> focus = points(store, categories, List.of(now)).get(0);
        long mapped = focus.stream().mapToLong(PointCount::count).sum();
        long total = 0;
        for (YearMonth m : now.months()) {
            for (int c : categories) {
                total += store.total(c, m);
            }
        }
        if (focus.isEmpty()) {
            throw org.cspstat.error.DataException.of(issue + " in " + now.label(), NO_COORDINATES + ": "
                    + nothingToMap(store, now, total));
        }
        boolean emerging = run.size() >= EmergingHotspots.MIN_PERIODS;
        List<List<PointCount>> runPoints = emerging ? points(store, categories, run) : List.of();
        List<List<PointCount>> mappedPoints = new java.util.ArrayList<>(runPoints);
        mappedPoints.add(focus);
        double size = HotspotMap.cellSizeFor(mappedPoints, cellSize);
        if (size != cellSize) {
            note = String.format(java.util.Locale.ROOT, "cells of %,.0f m, not %,.0f m: a %,.0f m grid over this "
                    + "area would have %,d cells, more than the %,d a map is laid on", size, cellSize, cellSize,
                    HotspotMap.cells(mappedPoints, cellSize), HotspotMap.MAX_CELLS);
        }
        StudyArea area;
        if (boundary != null) {
            area = StudyArea.boundary(boundary);
        } else {
            List<org.cspstat.geo.EastingNorthing> snap = new ArrayList<>();
            for (SnapPoint p : store.points()) {
                snap.add(org.cspstat.geo.BritishNationalGrid.toGrid(p.lon(), p.lat()));
            }
            area = StudyArea.mapPoints(snap);
        }
        HotspotMap.Options options = new HotspotMap.Options(area, permutations, seed);
        if (emerging) {
            map = HotspotMap.withEmerging(runPoints, focus, size, options);
        } else {
            map = HotspotMap.of(focus, size, options);
            note = (note.isEmpty() ? "" : note + "; ") + "no emerging classes: only " + run.size()
                    + " consecutive periods with data end with " + now.label() + " (at least "
                    + EmergingHotspots.MIN_PERIODS + " are needed)";
        }
        return new HotspotReport(chosen.name(), now, before, ranking, concentration(ranking, store), map, run,
                total - mapped, note);
    }

    private Concentration concentration(ComparisonResult ranking, CountStore store) {
        List<Long> counts = new ArrayList<>();
        for (ComparisonRow r : ranking.rows()) {
            counts.add(r.current());
        }
        int areas = places != null ? places.places().size()
                : (int) java.util.Arrays.stream(level.map(store.areas(), data.lookup())).distinct().count();
        while (counts.size() < areas) {
            counts.add(0L);
        }
        return Concentration.of(counts.stream().mapToLong(Long::longValue).toArray());
    }

    /** The run of periods for emerging classes, ending with the period's last month. */
    private List<Period> emergingRun(CountStore store, Period now) {
        List<Period> quarters = run(store, now.to(), true);
        if (step == Step.QUARTER || step == Step.AUTO && quarters.size() >= EmergingHotspots.MIN_PERIODS) {
            return quarters;
        }
        return run(store, now.to(), false);
    }

    private static List<Period> run(CountStore store, YearMonth end, boolean quarters) {
        List<Period> out = new ArrayList<>();
        YearMonth last = end;
        if (quarters) {
            // a partial last quarter is not a quarter: the run ends with the last complete one
            FinancialYear fy = FinancialYear.containing(end);
            Period quarter = fy.quarter(FinancialYear.quarterOf(end));
            if (!quarter.to().equals(end)) {
                last = quarter.from().minusMonths(1);
            }
        }
        while (out.size() < MAX_PERIODS) {
            YearMonth first = last;
            if (quarters) {
                FinancialYear fy = FinancialYear.containing(last);
                first = fy.quarter(FinancialYear.quarterOf(last)).from();
            }
            Period p = Period.of(first, last);
            if (!p.months().stream().allMatch(store::hasData)) {
                break;
            }
            out.add(0, p);
            last = first.minusMonths(1);
        }
        return out;
    }

    private static List<List<PointCount>> points(CountStore store, Set<Integer> categories, List<Period> periods) {
        List<Map<Integer, Long>> sums = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            sums.add(new LinkedHashMap<>());
        }
        store.forEachPointCount((category, month, point, count) -> {
            if (!categories.contains(category)) {
                return;
            }
            for (int i = 0; i < periods.size(); i++) {
                if (periods.get(i).contains(month)) {
                    sums.get(i).merge(point, count, Long::sum);
                }
            }
        });
        List<List<PointCount>> out = new ArrayList<>();
        for (Map<Integer, Long> s : sums) {
            List<PointCount> list = new ArrayList<>();
            s.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                SnapPoint p = store.points().get(e.getKey());
                String lsoa = p.area() < 0 ? "" : store.areas().get(p.area()).label();
                list.add(new PointCount(p.lon(), p.lat(), e.getValue(), p.location(), lsoa));
            });
            out.add(list);
        }
        return out;
    }
}
