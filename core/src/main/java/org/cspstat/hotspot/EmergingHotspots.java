package org.cspstat.hotspot;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Classifies grid cells by their pattern of hot and cold spots over a run of consecutive
 * periods (months or quarters), following the rule set of DOMAIN.md §4, grounded in R
 * {@code sfhotspot::hotspot_classify} and Esri's Emerging Hot Spot Analysis.
 *
 * <p>For each period t = 1..T, Gi* is computed over all cells of one common grid and its
 * p-values adjusted across cells (Benjamini–Hochberg); H_t says whether the cell is hot in
 * period t. With s the share of hot periods, the "recent" periods are the last
 * {@code r = max(1, floor(0.2·T))} and the "older" periods the first T − r (they never overlap,
 * unlike sfhotspot 1.0.0, where one period counts as both). A two-sided Mann–Kendall test at
 * 0.05 on the cell's z-scores z_1..z_T gives its trend. The first matching rule wins:
 * <ol>
 *   <li><b>none</b>: hot in fewer than two periods. One hot period is not a pattern: with
 *       about a hundred cells tested each period, a cell hot once is what chance gives somewhere
 *       (the map still shows it hot in the period mapped). So {@link EmergingClass#NEW} is never
 *       given, and "former" cannot rest on one hot period;</li>
 *   <li><b>intensifying</b>: s ≥ 0.9, hot in the last period, significant upward trend;</li>
 *   <li><b>diminishing</b>: s ≥ 0.9, hot in the last period, significant downward trend;</li>
 *   <li><b>persistent</b>: s ≥ 0.9 and no significant trend;</li>
 *   <li><b>emerging</b>: the periods end in a run of two or more hot periods (whatever came
 *       before: a run up to the latest period is never "sporadic"), or hot in the last period
 *       with fewer than 10% of older and at least 20% of recent periods hot;</li>
 *   <li><b>former</b>: at least 10% of older periods hot, fewer than 10% of recent ones, and
 *       not hot in the last period;</li>
 *   <li><b>sporadic</b>: any other cell hot in two or more periods;</li>
 *   <li><b>none</b>.</li>
 * </ol>
 * Cold spots mirror these rules with "cold" for "hot", a downward z trend being intensifying
 * and an upward one diminishing. A cell that matches both a hot and a cold class gets the side
 * with more significant periods (the hot side on a tie). As the rules are written, a cell hot in
 * at least 90% of periods but not the last, whose z trends significantly, is sporadic.
 *
 * <p>At least {@link #MIN_PERIODS} periods are required: with fewer, the 90% and 10% shares
 * cannot be told apart from "all" and "none", and Mann–Kendall has almost no power (with four
 * periods no two-sided p-value can fall below 0.05), so the classes would mislead. Use months
 * rather than quarters for a year or two of data.
 */
public final class EmergingHotspots {
    /** The fewest periods the rules accept. */
    public static final int MIN_PERIODS = 10;
    /** The two-sided level of the Mann–Kendall trend test. */
    public static final double TREND_ALPHA = 0.05;

    private EmergingHotspots() {
    }

    /**
     * Returns the number of recent periods for a run of T periods.
     *
     * @param periods T, at least 1
     * @return {@code max(1, floor(0.2·T))}
     */
    public static int recentPeriods(int periods) {
        return Math.max(1, (int) Math.floor(0.2 * periods));
    }

    /**
     * Classifies every cell from its Gi* results in each period.
     *
     * @param periods Gi* per period, in time order, all over the same grid
     * @return the class of each cell, {@code [row][col]}
     * @throws IllegalArgumentException when there are fewer than {@link #MIN_PERIODS} periods
     *     or the grids differ
     */
    public static EmergingClass[][] classify(List<GiStar> periods) {
        requireNonNull(periods, "periods must not be null");
        requirePeriods(periods.size());
        int rows = periods.get(0).rows();
        int cols = periods.get(0).cols();
        for (GiStar g : periods) {
            if (g.rows() != rows || g.cols() != cols) {
                throw new IllegalArgumentException("every period must use the same "
                        + rows + " x " + cols + " grid");
            }
        }
        int t = periods.size();
        EmergingClass[][] out = new EmergingClass[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                boolean[] hot = new boolean[t];
                boolean[] cold = new boolean[t];
                double[] z = new double[t];
                for (int k = 0; k < t; k++) {
                    GiStar g = periods.get(k);
                    hot[k] = g.hot(r, c);
                    cold[k] = g.cold(r, c);
                    z[k] = g.z(r, c);
                }
                out[r][c] = classify(hot, cold, z);
            }
        }
        return out;
    }

    /**
     * Classifies one cell.
     *
     * @param hot whether the cell is hot in each period, in time order
     * @param cold whether the cell is cold in each period
     * @param z the cell's Gi* z-score in each period
     * @return the class
     * @throws IllegalArgumentException when the arrays differ in length, a period is both hot
     *     and cold, or there are fewer than {@link #MIN_PERIODS} periods
     */
    public static EmergingClass classify(boolean[] hot, boolean[] cold, double[] z) {
        int t = hot.length;
        if (cold.length != t || z.length != t) {
            throw new IllegalArgumentException("hot, cold and z must have one value per period");
        }
        requirePeriods(t);
        for (int k = 0; k < t; k++) {
            if (hot[k] && cold[k]) {
                throw new IllegalArgumentException("period " + (k + 1) + " is both hot and cold");
            }
        }
        MannKendall trend = MannKendall.test(z);
        EmergingClass hotClass = side(hot, trend.upward(TREND_ALPHA), trend.downward(TREND_ALPHA),
                trend.pValue() < TREND_ALPHA);
        EmergingClass coldClass = side(cold, trend.downward(TREND_ALPHA), trend.upward(TREND_ALPHA),
                trend.pValue() < TREND_ALPHA);
        if (coldClass == EmergingClass.NONE
                || hotClass != EmergingClass.NONE && count(hot) >= count(cold)) {
            return hotClass;
        }
        return coldClass.cold();
    }

    /** Refuses a run shorter than {@link #MIN_PERIODS}, saying what to do instead. */
    static void requirePeriods(int t) {
        if (t < MIN_PERIODS) {
            throw new IllegalArgumentException("emerging hot spots need at least " + MIN_PERIODS
                    + " periods but got " + t
                    + ": use months rather than quarters, or a longer run");
        }
    }

    /** Applies the rules to one side; "towards"/"away" mean a trend deepening/easing the side. */
    private static EmergingClass side(boolean[] flag, boolean towards, boolean away,
            boolean trend) {
        int t = flag.length;
        int all = count(flag);
        if (all == 0) {
            return EmergingClass.NONE;
        }
        if (all < 2) {
            return EmergingClass.NONE;
        }
        boolean last = flag[t - 1];
        double share = (double) all / t;
        if (share >= 0.9) {
            if (last && towards) {
                return EmergingClass.INTENSIFYING;
            }
            if (last && away) {
                return EmergingClass.DIMINISHING;
            }
            if (!trend) {
                return EmergingClass.PERSISTENT;
            }
        }
        int recent = recentPeriods(t);
        int older = t - recent;
        int recentHot = 0;
        for (int k = older; k < t; k++) {
            recentHot += flag[k] ? 1 : 0;
        }
        double olderShare = older == 0 ? 0 : (double) (all - recentHot) / older;
        double recentShare = (double) recentHot / recent;
        if (finalRun(flag) >= 2 || last && olderShare < 0.1 && recentShare >= 0.2) {
            return EmergingClass.EMERGING;
        }
        if (olderShare >= 0.1 && recentShare < 0.1 && !last) {
            return EmergingClass.FORMER;
        }
        return EmergingClass.SPORADIC;
    }

    /** The length of the run of true flags that ends with the last period (0 when it is false). */
    private static int finalRun(boolean[] flag) {
        int k = flag.length - 1;
        while (k >= 0 && flag[k]) {
            k--;
        }
        return flag.length - 1 - k;
    }

    private static int count(boolean[] flag) {
        int k = 0;
        for (boolean f : flag) {
            k += f ? 1 : 0;
        }
        return k;
    }
}
