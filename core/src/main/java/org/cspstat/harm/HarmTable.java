package org.cspstat.harm;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cspstat.compare.CategoryGroups;
import org.cspstat.compare.Issue;
import org.cspstat.count.CountStore;
import org.cspstat.format.TableFormat;
import org.cspstat.period.Period;

/**
 * Harm-weighted totals of each issue: the incidents of each member category times its harm weight
 * (days), summed, in the current and the previous period, with the harm-weighted change and its
 * 95% interval.
 *
 * <p>Counts are taken as independent Poisson counts, so a weighted total {@code H = Σ w·N} has
 * variance {@code Σ w²·N}. The change in days, with the previous total scaled to the current
 * period's length {@code k = Lnow / Lbefore}, is {@code D = Hnow − k·Hbefore} with standard error
 * {@code √(Σ w²·Nnow + k²·Σ w²·Nbefore)}; the ratio of monthly harm {@code R = Hnow / (k·Hbefore)}
 * has the interval {@code exp(ln R ± 1.96·√(Σ w²·Nnow / Hnow² + Σ w²·Nbefore / Hbefore²))} (delta
 * method). Issues whose categories have no weight (ASB, flags, council categories) have no harm.
 *
 * @param current the current period
 * @param previous the previous period
 * @param weights the weights used
 * @param rows one row per issue with harm, in table order
 */
public record HarmTable(Period current, Period previous, HarmWeights weights, List<Row> rows) {
    private static final double Z = 1.959963984540054;

    // copies the rows.
    public HarmTable {
        requireNonNull(current, "current must not be null");
        requireNonNull(previous, "previous must not be null");
        rows = List.copyOf(rows);
    }

    /**
     * One issue's harm.
     *
     * @param issue the issue
     * @param countNow incidents in the current period (weighted categories only)
     * @param countBefore incidents in the previous period (weighted categories only)
     * @param harmNow harm days in the current period
     * @param harmBefore harm days in the previous period
     * @param change {@code harmNow − k·harmBefore}
     * @param changeLow lower 95% limit of the change
     * @param changeHigh upper 95% limit of the change
     * @param ratio monthly harm now over before
     * @param ratioLow lower 95% limit of the ratio
     * @param ratioHigh upper 95% limit of the ratio
     */
    public record Row(String issue, long countNow, long countBefore, double harmNow, double harmBefore, double change,
            double changeLow, double changeHigh, double ratio, double ratioLow, double ratioHigh) {
        /** @return the percentage change of monthly harm, NaN when undefined */
        public double percentChange() {
            return 100 * (ratio - 1);
        }
    }

    /**
     * Weighs the issues of a store.
     *
     * @param store the counts
     * @param groups the groups (All crime, All ASB, the partnership's)
     * @param weights harm weights
     * @param current the current period
     * @param previous the previous period
     * @return the table: All crime, the user groups, then each weighted category by harm now, largest first
     */
    public static HarmTable of(CountStore store, CategoryGroups groups, HarmWeights weights, Period current,
            Period previous) {
        List<Row> groupRows = new ArrayList<>();
        List<Row> categoryRows = new ArrayList<>();
        double k = (double) current.length() / previous.length();
        for (Issue issue : groups.resolve(store)) {
            double hn = 0;
            double hb = 0;
            double vn = 0;
            double vb = 0;
            long nn = 0;
            long nb = 0;
            for (int id : issue.categories()) {
                Double w = weights.weights().get(store.categories().get(id).name());
                if (w == null) {
                    continue;
                }
                long cn = sum(store, id, current);
                long cb = sum(store, id, previous);
                nn += cn;
                nb += cb;
                hn += w * cn;
                hb += w * cb;
                vn += w * w * cn;
                vb += w * w * cb;
            }
            if (nn + nb == 0 || hn + hb == 0) {
                continue;
            }
            double change = hn - k * hb;
            double se = Math.sqrt(vn + k * k * vb);
            double ratio = hb == 0 ? Double.NaN : hn / (k * hb);
            double seLog = hn == 0 || hb == 0 ? Double.NaN : Math.sqrt(vn / (hn * hn) + vb / (hb * hb));
            Row r = new Row(issue.name(), nn, nb, hn, hb, change, change - Z * se, change + Z * se, ratio,
                    Math.exp(Math.log(ratio) - Z * seLog), Math.exp(Math.log(ratio) + Z * seLog));
            (issue.kind() == Issue.Kind.CATEGORY ? categoryRows : groupRows).add(r);
        }
        categoryRows.sort(Comparator.comparingDouble(Row::harmNow).reversed().thenComparing(Row::issue));
        List<Row> all = new ArrayList<>(groupRows);
        all.addAll(categoryRows);
        return new HarmTable(current, previous, weights, all);
    }

    private static long sum(CountStore store, int id, Period p) {
        long n = 0;
        for (YearMonth m : p.months()) {
            n += store.total(id, m);
        }
        return n;
    }

    /**
     * @param issue an issue's name
     * @return its row, or null when it has no harm
     */
    public Row row(String issue) {
        return rows.stream().filter(r -> r.issue().equals(issue)).findFirst().orElse(null);
    }

    /** @return the CSV column names */
    public static List<String> columnNames() {
        return List.of("issue", "harm_current", "harm_previous", "harm_change", "harm_change_low", "harm_change_high",
                "harm_ratio", "harm_ratio_low", "harm_ratio_high");
    }

    /** @return the rows as CSV cells (plain numbers) */
    public List<List<String>> cells() {
        List<List<String>> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(List.of(r.issue(), n(r.harmNow()), n(r.harmBefore()), n(r.change()), n(r.changeLow()),
                    n(r.changeHigh()), n(r.ratio()), n(r.ratioLow()), n(r.ratioHigh())));
        }
        return out;
    }

    /** @return display column names */
    public List<String> displayNames() {
        return List.of("Issue", "Harm days " + current.monthsLabel(), "Harm days " + previous.monthsLabel(),
                "Change in days (95% CI)", "% change (95% CI)");
    }

    /** @return display cells */
    public List<List<String>> displayCells() {
        List<List<String>> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(List.of(r.issue(), String.format(Locale.ROOT, "%,.0f", r.harmNow()),
                    String.format(Locale.ROOT, "%,.0f", r.harmBefore()),
                    String.format(Locale.ROOT, "%+,.0f (%+,.0f to %+,.0f)", r.change(), r.changeLow(), r.changeHigh()),
                    Double.isFinite(r.ratio()) ? String.format(Locale.ROOT, "%+.1f%% (%+.1f%% to %+.1f%%)",
                            r.percentChange(), 100 * (r.ratioLow() - 1), 100 * (r.ratioHigh() - 1)) : "–"));
        }
        return out;
    }

    private static String n(double v) {
        return TableFormat.plainNumber(v);
    }
}
