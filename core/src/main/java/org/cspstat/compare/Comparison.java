package org.cspstat.compare;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cspstat.count.CountStore;
import org.cspstat.error.DataException;
import org.cspstat.io.Dataset;
import org.cspstat.model.Area;
import org.cspstat.period.Period;
import org.cspstat.stats.Change;
import org.cspstat.stats.MultipleComparisons;
import org.cspstat.stats.RateRatioTest;
import org.cspstat.stats.Verdict;

/**
 * The one comparison engine: current against previous period, by category, by area or both,
 * with exact rate-ratio tests adjusted across the table. Hotspot ranking and the risk matrix use
 * it too.
 *
 * <pre>{@code
 * ComparisonResult r = Comparison.of(dataset)
 *         .current(Period.parse("2017/18:Q1-Q3"))   // previous defaults to a year earlier
 *         .run();
 * r.rows().forEach(row -> System.out.println(row.category() + " " + row.percentChange()));
 * }</pre>
 *
 * <p><b>Exposure.</b> Each period's exposure is its number of months with data, so the rate
 * ratio is a ratio of monthly rates; for two periods of equal length without gaps it is simply
 * current / previous. <b>Gaps.</b> A period that includes a month without data (a gap, or beyond
 * the data) is refused with a {@link DataException} naming the months, unless gaps are allowed,
 * when the rows carry a warning and the exposure counts only months with data.
 */
public final class Comparison {
    /** Tables with at least this many rows compute their tests on every core. */
    private static final int PARALLEL_ROWS = 256;

    private final Dataset data;
    private Period current;
    private Period previous;
    private Grouping grouping = Grouping.CATEGORY;
    private AreaLevel level = AreaLevel.LSOA;
    private CategoryGroups groups = CategoryGroups.builtIn();
    private MultipleComparisons adjustment = MultipleComparisons.HOLM;
    private double alpha = 0.05;
    private boolean allowGaps;
    private List<String> issues = List.of();
    private org.cspstat.geo.NamedPlaces places;
    private Population population;
    /** The codes of the data's areas that make up each area row, for summing residents. */
    private final Map<String, List<String>> residentsOf = new HashMap<>();

    private Comparison(Dataset data) {
        this.data = requireNonNull(data, "data must not be null");
    }

    /**
     * Starts a comparison of a loaded dataset.
     *
     * @param data the loaded data
     * @return a comparison to configure and {@link #run()}
     */
    public static Comparison of(Dataset data) {
        return new Comparison(data);
    }

    /**
     * The default current period of reports: the latest financial year to date in the data
     * (April to the last month with data), compared by default with the same months a year before.
     *
     * @param store the counts
     * @return the period
     * @throws DataException when the store has no months
     */
    public static Period latestYearToDate(CountStore store) {
        if (store.months().isEmpty()) {
            throw DataException.of("data", "no months with data");
        }
        YearMonth last = store.months().last();
        return org.cspstat.period.FinancialYear.containing(last).yearToDate(last);
    }

    /**
     * @param period the current period; required
     * @return this comparison
     */
    public Comparison current(Period period) {
        this.current = requireNonNull(period, "period must not be null");
        return this;
    }

    /**
     * @param period the previous period; default: the current period's months one year earlier
     * @return this comparison
     */
    public Comparison previous(Period period) {
        this.previous = period;
        return this;
    }

    /**
     * @param grouping rows by category (default), by area, or both
     * @return this comparison
     */
    public Comparison by(Grouping grouping) {
        this.grouping = requireNonNull(grouping, "grouping must not be null");
        return this;
    }

    /**
     * @param level the area level for area rows (default LSOA)
     * @return this comparison
     */
    public Comparison areaLevel(AreaLevel level) {
        this.level = requireNonNull(level, "level must not be null");
        return this;
    }

    /**
     * Makes area rows the partnership's named places instead of the data's areas. Places may
     * overlap, so an incident can count in several; incidents are placed by position (loaded
     * with positions), or by LSOA for places given as LSOA lists.
     *
     * @param places the named places, or null for the data's areas
     * @return this comparison
     */
    public Comparison places(org.cspstat.geo.NamedPlaces places) {
        this.places = places;
        return this;
    }

    /**
     * Uses residents as exposure: each row's exposure becomes residents × months with data, and
     * rows carry rates per 1,000 residents a year. For one area over two periods this leaves the
     * rate ratio and p-value as they were (the residents cancel); it makes rates comparable
     * between areas. Rows by category use the file's total residents.
     *
     * @param population residents by area code, or null for months alone
     * @return this comparison
     */
    public Comparison population(Population population) {
        this.population = population;
        return this;
    }

    /**
     * @param groups the partnership's category groups (default: built-in groups only)
     * @return this comparison
     */
    public Comparison groups(CategoryGroups groups) {
        this.groups = requireNonNull(groups, "groups must not be null");
        return this;
    }

    /**
     * @param names the issues to keep (for area rows, default {@code All crime}); empty for all
     * @return this comparison
     */
    public Comparison issues(List<String> names) {
        this.issues = List.copyOf(names);
        return this;
    }

    /**
     * @param method how p-values are adjusted across the table (default Holm)
     * @return this comparison
     */
    public Comparison adjustment(MultipleComparisons method) {
        this.adjustment = requireNonNull(method, "method must not be null");
        return this;
    }

    /**
     * @param level the significance level for verdicts (default 0.05)
     * @return this comparison
     */
    public Comparison alpha(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1");
        }
        this.alpha = level;
        return this;
    }

    /**
     * @param allow true to compare periods that include months without data, with a warning
     * @return this comparison
     */
    public Comparison allowGaps(boolean allow) {
        this.allowGaps = allow;
        return this;
    }

    /** Names a period the data can compare, for the error when the one asked for cannot be. */
    private static String comparable(CountStore store) {
        if (store.months().isEmpty()) {
            return "";
        }
        return org.cspstat.period.ComparablePeriod.latest(store.months().last(), store::hasData)
                .map(p -> ": the data can compare " + p.label() + " with a year earlier (--period "
                        + org.cspstat.period.ComparablePeriod.spelling(p) + ")")
                .orElse("");
    }

    /**
     * Runs the comparison.
     *
     * @return the rows, in table order
     * @throws DataException when a period includes months without data and gaps are not allowed
     * @throws IllegalArgumentException when an issue name is unknown or a lookup is missing
     */
    public ComparisonResult run() {
        if (current == null) {
            throw new IllegalStateException("set the current period first");
        }
        Period prev = previous != null ? previous : current.minusYears(1);
        CountStore store = data.counts();
        List<YearMonth> missing = missing(store, current, prev);
        String warning = "";
        if (!missing.isEmpty()) {
            String listed = describe(store, missing);
            if (!allowGaps) {
                throw DataException.of(current.label() + " vs " + prev.label(),
                        "the periods include months without data: " + listed
                                + "; a missing month is not a zero" + comparable(store)
                                + "; or use --allow-gaps to compare anyway");
            }
            warning = "months without data: " + listed;
        }
        double t1 = months(store, current);
        double t2 = months(store, prev);
        List<Issue> chosen = groups.resolve(store,
                issues.isEmpty() && grouping == Grouping.AREA ? List.of(CategoryGroups.ALL_CRIME) : issues);
        List<long[]> counts = new ArrayList<>();
        List<String[]> labels = new ArrayList<>();
        residentsOf.clear();
        if (grouping == Grouping.CATEGORY) {
            for (Issue issue : chosen) {
                counts.add(new long[] {total(store, issue, current), total(store, issue, prev)});
                labels.add(new String[] {issue.name(), null, null});
            }
        } else {
            areaCounts(store, chosen, prev, counts, labels);
        }
        double[] p = new double[counts.size()];
        long[] residents = new long[counts.size()];
        for (int i = 0; i < counts.size(); i++) {
            residents[i] = population == null ? 0 : labels.get(i)[2] == null ? population.total()
                    : population.residents(labels.get(i)[2], residentsOf.getOrDefault(labels.get(i)[2], List.of()));
        }
        // each row's exact test is independent of the others: a national table of ~35,000 LSOAs
        // spends seconds in the Clopper-Pearson quantiles, so large tables use every core
        java.util.stream.IntStream rowsToTest = java.util.stream.IntStream.range(0, counts.size());
        List<Change> changes = (counts.size() >= PARALLEL_ROWS ? rowsToTest.parallel() : rowsToTest)
                .mapToObj(i -> {
                    double persons = residents[i] > 0 ? residents[i] : 1;
                    return new Change(RateRatioTest.of(counts.get(i)[0], t1 * persons, counts.get(i)[1], t2 * persons));
                }).toList();
        for (int i = 0; i < changes.size(); i++) {
            p[i] = changes.get(i).comparison().pValue();
        }
        double[] adjusted = adjustment.adjust(p);
        List<ComparisonRow> rows = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            rows.add(new ComparisonRow(labels.get(i)[0], labels.get(i)[1], labels.get(i)[2], c, adjusted[i],
                    Verdict.of(c.comparison().rateRatio(), adjusted[i], alpha), warning, residents[i]));
        }
        return new ComparisonResult(current, prev, grouping, level, adjustment, alpha, rows, data.source());
    }

    private void areaCounts(CountStore store, List<Issue> chosen, Period prev, List<long[]> counts,
            List<String[]> labels) {
        Map<Area, Integer> areaIndex = new LinkedHashMap<>();
        int[][] groupsOf;
        if (places != null) {
            if (!store.hasPositions()) {
                throw new IllegalStateException("named places need the data loaded with positions");
            }
            for (var place : places.places()) {
                areaIndex.put(new Area(place.name(), place.name()), areaIndex.size());
            }
            List<String> names = places.places().stream().map(p -> p.name()).toList();
            groupsOf = new int[store.points().size()][];
            for (int i = 0; i < groupsOf.length; i++) {
                var point = store.points().get(i);
                String lsoa = point.area() < 0 ? "" : store.areas().get(point.area()).code();
                groupsOf[i] = places.containing(point.lon(), point.lat(), lsoa).stream()
                        .mapToInt(names::indexOf).toArray();
            }
        } else {
            store.requireAreas();
            Area[] areaOf = level.map(store.areas(), data.lookup());
            groupsOf = new int[areaOf.length][];
            for (int i = 0; i < areaOf.length; i++) {
                groupsOf[i] = new int[] {areaIndex.computeIfAbsent(areaOf[i], a -> areaIndex.size())};
                residentsOf.computeIfAbsent(areaOf[i].code(), k -> new ArrayList<>()).add(store.areas().get(i).code());
            }
        }
        int categoriesCount = store.categories().size();
        List<List<Integer>> issuesOfCategory = new ArrayList<>();
        for (int c = 0; c < categoriesCount; c++) {
            issuesOfCategory.add(new ArrayList<>());
        }
        for (int i = 0; i < chosen.size(); i++) {
            for (int c : chosen.get(i).categories()) {
                issuesOfCategory.get(c).add(i);
            }
        }
        long[][][] sums = new long[chosen.size()][areaIndex.size()][2];
        org.cspstat.count.CountVisitor visitor = (category, month, place, count) -> {
            if (place < 0) {
                return;
            }
            int period = current.contains(month) ? 0 : prev.contains(month) ? 1 : -1;
            if (period < 0) {
                return;
            }
            for (int issue : issuesOfCategory.get(category)) {
                for (int group : groupsOf[place]) {
                    sums[issue][group][period] += count;
                }
            }
        };
        if (places != null) {
            store.forEachPointCount(visitor);
        } else {
            store.forEachCount(visitor);
        }
        List<Area> areas = new ArrayList<>(areaIndex.keySet());
        for (int i = 0; i < chosen.size(); i++) {
            List<Integer> order = new ArrayList<>();
            for (int a = 0; a < areas.size(); a++) {
                if (sums[i][a][0] + sums[i][a][1] > 0) {
                    order.add(a);
                }
            }
            long[][] s = sums[i];
            order.sort((x, y) -> s[x][0] != s[y][0] ? Long.compare(s[y][0], s[x][0])
                    : areas.get(x).label().compareTo(areas.get(y).label()));
            for (int a : order) {
                counts.add(s[a]);
                labels.add(new String[] {chosen.get(i).name(), areas.get(a).label(), areas.get(a).code()});
            }
        }
    }

    private static long total(CountStore store, Issue issue, Period period) {
        long sum = 0;
        for (YearMonth m : period.months()) {
            for (int c : issue.categories()) {
                sum += store.total(c, m);
            }
        }
        return sum;
    }

    private static double months(CountStore store, Period period) {
        long n = period.months().stream().filter(store::hasData).count();
        return Math.max(n, 1);
    }

    private static List<YearMonth> missing(CountStore store, Period a, Period b) {
        List<YearMonth> out = new ArrayList<>();
        for (Period p : List.of(b, a)) {
            for (YearMonth m : p.months()) {
                if (!store.hasData(m) && !out.contains(m)) {
                    out.add(m);
                }
            }
        }
        out.sort(null);
        return out;
    }

    private static String describe(CountStore store, List<YearMonth> missing) {
        Map<String, List<String>> byKind = new HashMap<>();
        for (YearMonth m : missing) {
            String kind = store.gaps().contains(m) ? "gap"
                    : store.months().isEmpty() || m.isBefore(store.months().first()) ? "before the data"
                    : m.isAfter(store.months().last()) ? "after the data" : "gap";
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(m.toString());
        }
        List<String> parts = new ArrayList<>();
        for (String kind : List.of("gap", "before the data", "after the data")) {
            if (byKind.containsKey(kind)) {
                parts.add(String.join(", ", byKind.get(kind)) + " (" + kind + ")");
            }
        }
        String range = store.months().isEmpty() ? "" : "; the data covers " + store.months().first()
                + " to " + store.months().last();
        return String.join("; ", parts) + range;
    }
}
