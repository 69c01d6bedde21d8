package org.cspstat.compare;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cspstat.count.CountStore;
import org.cspstat.error.ConfigurationException;
import org.cspstat.error.DataException;
import org.cspstat.error.GapException;
import org.cspstat.io.Dataset;
import org.cspstat.model.Area;
import org.cspstat.period.Period;
import org.cspstat.stats.Change;
import org.cspstat.stats.MultipleComparisons;
import org.cspstat.stats.RateComparison;
import org.cspstat.stats.RateRatioTest;
import org.cspstat.stats.RateTest;
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
 * <p><b>Months compared.</b> Month {@code i} of the current period is paired with month
 * {@code i} of the previous one (the same calendar month a year earlier, by default); each
 * period's exposure is its number of months compared, so the rate ratio is a ratio of monthly
 * rates. <b>Gaps.</b> A period with no month of data is refused ({@link DataException}) whatever
 * the flags. A period that includes a month without data (a gap, or beyond the data) is refused
 * with a {@link GapException} naming the months, unless gaps are allowed: then only the calendar
 * months with data in both periods are compared (like with like), and the result names them
 * ({@link ComparisonResult#monthsCurrent()}). Periods of different lengths are compared as
 * monthly rates over their months with data, unpaired.
 *
 * <p><b>Tests.</b> Each row's {@link RateTest} allows for over-dispersion estimated from its
 * monthly counts; p-values are adjusted within two families (headlines and categories), rows
 * with no incidents and rows repeating another's data are not tested, and each interval is at its
 * family's adjusted level, so a row is significant exactly when its interval excludes 1.
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
                .map(p -> ": the data can compare " + p.label() + " with a year earlier (period "
                        + org.cspstat.period.ComparablePeriod.spelling(p) + ")")
                .orElse("");
    }

    /**
     * Runs the comparison.
     *
     * @return the rows, in table order
     * @throws GapException when a period includes months without data and gaps are not allowed
     * @throws ConfigurationException when a lookup is missing or the data lack what the grouping needs
     * @throws IllegalArgumentException when an issue name is unknown
     */
    public ComparisonResult run() {
        if (current == null) {
            throw new IllegalStateException("set the current period first");
        }
        Period prev = previous != null ? previous : current.minusYears(1);
        CountStore store = data.counts();
        String pair = current.label() + " vs " + prev.label();
        for (Period p : List.of(current, prev)) {
            if (p.months().stream().noneMatch(store::hasData)) {
                // a period without a single month of data has nothing to compare, whatever the flags
                throw DataException.of(pair, (p == current ? "the current period " : "the previous period ")
                        + p.label() + " has no months with data" + range(store)
                        + "; a missing month is not a zero, so there is nothing to compare");
            }
        }
        List<YearMonth> missing = missing(store, current, prev);
        String gaps = "";
        if (!missing.isEmpty()) {
            String listed = describe(store, missing);
            if (!allowGaps) {
                throw new GapException(current.label() + " vs " + prev.label(), missing,
                        "the periods include months without data: " + listed
                                + "; a missing month is not a zero" + comparable(store));
            }
            gaps = "months without data: " + listed;
        }
        // like with like: with periods of the same length, month i of one is compared with month i
        // of the other (the same calendar month a year apart) only when both have data
        List<YearMonth> cm = current.months();
        List<YearMonth> pm = prev.months();
        boolean paired = cm.size() == pm.size();
        List<YearMonth> usedCurrent = new ArrayList<>();
        List<YearMonth> usedPrevious = new ArrayList<>();
        if (paired) {
            for (int i = 0; i < cm.size(); i++) {
                if (store.hasData(cm.get(i)) && store.hasData(pm.get(i))) {
                    usedCurrent.add(cm.get(i));
                    usedPrevious.add(pm.get(i));
                }
            }
            if (usedCurrent.isEmpty()) {
                throw DataException.of(pair, "no calendar month has data in both periods" + range(store)
                        + "; a missing month is not a zero, so there is nothing to compare");
            }
        } else {
            cm.stream().filter(store::hasData).forEach(usedCurrent::add);
            pm.stream().filter(store::hasData).forEach(usedPrevious::add);
        }
        String gapWarning = gaps.isEmpty() ? "" : gaps + (paired ? "; compared only the calendar months with data in both periods ("
                    + ComparisonResult.monthList(usedCurrent) + " against " + ComparisonResult.monthList(usedPrevious) + ")"
                    : "; compared monthly rates over the months with data");
        int k1 = usedCurrent.size();
        Map<YearMonth, int[]> slots = new HashMap<>();
        for (int i = 0; i < usedCurrent.size(); i++) {
            addSlot(slots, usedCurrent.get(i), i);
        }
        for (int i = 0; i < usedPrevious.size(); i++) {
            addSlot(slots, usedPrevious.get(i), k1 + i);
        }
        int width = k1 + usedPrevious.size();
        List<Issue> chosen = groups.resolve(store,
                issues.isEmpty() && grouping == Grouping.AREA ? List.of(CategoryGroups.ALL_CRIME) : issues);
        List<long[]> monthly = new ArrayList<>();
        List<String[]> labels = new ArrayList<>();
        List<Issue> issueOf = new ArrayList<>();
        residentsOf.clear();
        if (grouping == Grouping.CATEGORY) {
            for (Issue issue : chosen) {
                long[] m = new long[width];
                slots.forEach((month, at) -> {
                    for (int c : issue.categories()) {
                        long n = store.total(c, month);
                        for (int slot : at) {
                            m[slot] += n;
                        }
                    }
                });
                monthly.add(m);
                labels.add(new String[] {issue.name(), null, null});
                issueOf.add(issue);
            }
        } else {
            areaCounts(store, chosen, slots, k1, width, monthly, labels, issueOf);
        }
        int n = monthly.size();
        long[] residents = new long[n];
        for (int i = 0; i < n; i++) {
            residents[i] = population == null ? 0 : labels.get(i)[2] == null ? population.total()
                    : population.residents(labels.get(i)[2], residentsOf.getOrDefault(labels.get(i)[2], List.of()));
        }
        // without a population file, ward and district rows (made of LSOAs) carry their number of
        // LSOAs, for counts per LSOA: a proxy for residents, never a rate per resident
        int[] lsoas = new int[n];
        boolean proxy = population == null && places == null && grouping != Grouping.CATEGORY && level != AreaLevel.LSOA;
        if (proxy) {
            for (int i = 0; i < n; i++) {
                String code = labels.get(i)[2];
                if (code != null && !code.equals(AreaLevel.NOT_IN_LOOKUP.code())) {
                    lsoas[i] = residentsOf.getOrDefault(code, List.of()).size();
                }
            }
        }
        String populationNote = "";
        if (population != null && grouping != Grouping.CATEGORY && !labels.isEmpty()) {
            List<String> unlisted = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                if (residents[i] == 0) {
                    unlisted.add(labels.get(i)[2] == null ? labels.get(i)[0] : labels.get(i)[2]);
                }
            }
            if (unlisted.size() == labels.size()) {
                throw org.cspstat.error.DataException.of(population.source(), "lists none of the " + labels.size()
                        + " areas compared (such as " + unlisted.get(0) + "): check that it gives codes at the "
                        + "area level compared, so no rate per resident could be given");
            }
            if (!unlisted.isEmpty()) {
                String shown = String.join(", ", unlisted.subList(0, Math.min(5, unlisted.size())))
                        + (unlisted.size() > 5 ? " and " + (unlisted.size() - 5) + " more" : "");
                String note = population.source() + " lacks " + unlisted.size() + " of the " + labels.size()
                        + " areas (" + shown + "): their rates are per month only";
                populationNote = note;
            }
        }
        final String warning = populationNote.isEmpty() ? gapWarning
                : gapWarning.isEmpty() ? populationNote : gapWarning + "; " + populationNote;
        RateTest[] tests = new RateTest[n];
        double[] pv = new double[n];
        // each row's test is independent of the others: large tables (a national table has ~35,000
        // LSOAs) use every core
        java.util.stream.IntStream each = java.util.stream.IntStream.range(0, n);
        (n >= PARALLEL_ROWS ? each.parallel() : each).forEach(i -> {
            long[] m = monthly.get(i);
            tests[i] = RateTest.of(java.util.Arrays.copyOfRange(m, 0, k1), java.util.Arrays.copyOfRange(m, k1, width),
                    paired, residents[i] > 0 ? residents[i] : 1);
            pv[i] = tests[i].isEmpty() ? Double.NaN : tests[i].pValue();
        });
        // a row summing the same categories (in the same area) as an earlier row is the same data:
        // it is tested once, with the earlier row
        int[] sameAs = new int[n];
        Map<String, Integer> firstOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int[] ids = issueOf.get(i).categories();
            java.util.Arrays.sort(ids);
            String key = java.util.Arrays.toString(ids) + "|" + labels.get(i)[2];
            sameAs[i] = ids.length == 0 ? -1 : firstOf.getOrDefault(key, -1);
            firstOf.putIfAbsent(key, i);
        }
        // two families, adjusted separately: the headline rows (built-in and user groups) and the
        // categories; rows with no incidents and duplicates are not tested
        double[] pAdjusted = new double[n];
        double[] levels = new double[n];
        java.util.Arrays.fill(pAdjusted, Double.NaN);
        java.util.Arrays.fill(levels, Double.NaN);
        List<ComparisonResult.Family> families = new ArrayList<>();
        for (String family : List.of(ComparisonResult.HEADLINES, ComparisonResult.CATEGORIES)) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (familyOf(issueOf.get(i)).equals(family) && sameAs[i] < 0 && !tests[i].isEmpty()) {
                    members.add(i);
                }
            }
            if (members.isEmpty()) {
                continue;
            }
            double[] p = members.stream().mapToDouble(i -> pv[i]).toArray();
            double[] adjusted = adjustment.adjust(p);
            double familyLevel = adjustment.intervalLevel(p, alpha);
            for (int j = 0; j < members.size(); j++) {
                pAdjusted[members.get(j)] = adjusted[j];
                levels[members.get(j)] = familyLevel;
            }
            families.add(new ComparisonResult.Family(family, members.size(), familyLevel));
        }
        // each row's exact interval is independent of the others: a national table of ~35,000 LSOAs
        // spends seconds in the Clopper-Pearson quantiles, so large tables use every core
        java.util.stream.IntStream rowsToTest = java.util.stream.IntStream.range(0, n);
        List<ComparisonRow> rows = (n >= PARALLEL_ROWS ? rowsToTest.parallel() : rowsToTest).mapToObj(i -> {
            RateTest t = tests[i];
            int origin = sameAs[i] >= 0 ? sameAs[i] : i;
            double rowLevel = Double.isNaN(levels[origin]) ? RateRatioTest.DEFAULT_CONFIDENCE_LEVEL : levels[origin];
            RateComparison exact = RateRatioTest.of(t.a(), t.t1(), t.b(), t.t2(), rowLevel);
            double[] interval = t.isEmpty() ? new double[] {Double.NaN, Double.NaN} : t.interval(rowLevel, exact);
            Verdict verdict = t.isEmpty() ? Verdict.NO_INCIDENTS : Verdict.of(t.rateRatio(), pAdjusted[origin], alpha);
            return new ComparisonRow(labels.get(i)[0], labels.get(i)[1], labels.get(i)[2], new Change(exact), t,
                    familyOf(issueOf.get(i)), pv[origin], pAdjusted[origin],
                    interval[0], interval[1], t.isEmpty() ? Double.NaN : rowLevel, verdict,
                    sameAs[i] >= 0 ? labels.get(sameAs[i])[0] : "", warning, residents[i], lsoas[i]);
        }).toList();
        return new ComparisonResult(current, prev, grouping, level, adjustment, alpha, rows, data.source(),
                usedCurrent, usedPrevious, families, notes(usedCurrent.size(), paired, warning,
                        java.util.Arrays.stream(lsoas).anyMatch(x -> x > 0)));
    }

    /** The notes shown above the table: short comparisons and like-with-like choices. */
    private static List<String> notes(int months, boolean paired, String warning, boolean perLsoa) {
        List<String> out = new ArrayList<>();
        if (months < 12) {
            out.add("This comparison rests on " + months + (months == 1 ? " month" : " months")
                    + " (fewer than 12): a short period says little about the year, and its month-to-month"
                    + " variation is estimated from few months; treat the verdicts as indicative.");
        }
        if (!paired) {
            out.add("The periods differ in length, so monthly rates are compared (exposure in months shown),"
                    + " without pairing calendar months: the season is not controlled for.");
        }
        if (!warning.isEmpty()) {
            out.add("Warning: " + warning + ".");
        }
        if (perLsoa) {
            out.add(ComparisonResult.PER_LSOA_NOTE);
        }
        return out;
    }

    /** @return the family an issue's rows are adjusted in */
    private static String familyOf(Issue issue) {
        return issue.kind() == Issue.Kind.CATEGORY ? ComparisonResult.CATEGORIES : ComparisonResult.HEADLINES;
    }

    private static void addSlot(Map<YearMonth, int[]> slots, YearMonth month, int slot) {
        int[] old = slots.get(month);
        int[] now = old == null ? new int[] {slot} : java.util.Arrays.copyOf(old, old.length + 1);
        now[now.length - 1] = slot;
        slots.put(month, now);
    }

    private static String range(CountStore store) {
        return store.months().isEmpty() ? "" : " (the data covers " + store.months().first() + " to "
                + store.months().last() + ")";
    }

    private void areaCounts(CountStore store, List<Issue> chosen, Map<YearMonth, int[]> slots, int k1, int width,
            List<long[]> monthly, List<String[]> labels, List<Issue> issueOf) {
        Map<Area, Integer> areaIndex = new LinkedHashMap<>();
        int[][] groupsOf;
        if (places != null) {
            if (!store.hasPositions()) {
                throw new ConfigurationException(ConfigurationException.POSITIONS,
                        "named places need the data loaded with positions");
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
        // monthly counts of the compared months, allocated for the (issue, area) pairs with incidents
        long[][][] sums = new long[chosen.size()][areaIndex.size()][];
        org.cspstat.count.CountVisitor visitor = (category, month, place, count) -> {
            if (place < 0) {
                return;
            }
            int[] at = slots.get(month);
            if (at == null) {
                return;
            }
            for (int issue : issuesOfCategory.get(category)) {
                for (int group : groupsOf[place]) {
                    long[] m = sums[issue][group];
                    if (m == null) {
                        m = new long[width + 1];
                        sums[issue][group] = m;
                    }
                    for (int slot : at) {
                        m[slot] += count;
                    }
                    m[width] += count;
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
            long[][] s = sums[i];
            long[] now = new long[areas.size()];
            for (int a = 0; a < areas.size(); a++) {
                if (s[a] != null) {
                    for (int slot = 0; slot < k1; slot++) {
                        now[a] += s[a][slot];
                    }
                }
            }
            List<Integer> order = new ArrayList<>();
            for (int a = 0; a < areas.size(); a++) {
                if (s[a] != null && s[a][width] > 0) {
                    order.add(a);
                }
            }
            order.sort((x, y) -> now[x] != now[y] ? Long.compare(now[y], now[x])
                    : areas.get(x).label().compareTo(areas.get(y).label()));
            for (int a : order) {
                monthly.add(java.util.Arrays.copyOf(s[a], width));
                labels.add(new String[] {chosen.get(i).name(), areas.get(a).label(), areas.get(a).code()});
                issueOf.add(chosen.get(i));
            }
        }
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
