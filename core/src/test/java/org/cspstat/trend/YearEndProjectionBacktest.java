package org.cspstat.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Out-of-sample backtests of the year-end projection: every projection is made from the first
 * {@code k} months of a twelve-month window and scored against the window's real total.
 */
final class YearEndProjectionBacktest {
    /** One backtest's outcome. */
    record Outcome(String category, int monthsKnown, long actual, boolean covered, double relativeWidth) {
    }

    /** The figures of a run of backtests. */
    record Summary(int n, double coverage, double medianRelativeWidth) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "n %d, coverage %.3f, median width / total %.3f", n, coverage,
                    medianRelativeWidth);
        }
    }

    private YearEndProjectionBacktest() {
    }

    /**
     * Projects each place's window from its first k months, with another place's window as "last
     * year" (its seasonal profile and level stand in for the same place a year earlier).
     *
     * @param windows per category, per place, the twelve monthly counts of the window
     * @param monthsKnown the values of k tried
     */
    static List<Outcome> pairs(Map<String, Map<String, long[]>> windows, int[] monthsKnown) {
        List<Outcome> out = new ArrayList<>();
        windows.forEach((category, places) -> places.forEach((target, thisYear) -> places.forEach((reference, lastYear) -> {
            if (target.equals(reference)) {
                return;
            }
            for (int k : monthsKnown) {
                out.addAll(project(category, thisYear, lastYear, k));
            }
        })));
        return out;
    }

    static List<Outcome> project(String category, long[] thisYear, long[] lastYear, int k) {
        long b = 0;
        for (int m = 0; m < k; m++) {
            b += lastYear[m];
        }
        if (b == 0) {
            return List.of(); // refused: no seasonal share to scale by
        }
        List<Long> ytd = new ArrayList<>();
        List<Long> last = new ArrayList<>();
        long actual = 0;
        for (int m = 0; m < 12; m++) {
            if (m < k) {
                ytd.add(thisYear[m]);
            }
            last.add(lastYear[m]);
            actual += thisYear[m];
        }
        YearEndProjection p = YearEndProjection.of(ytd, last);
        return List.of(new Outcome(category, k, actual, p.low() <= actual && actual <= p.high(),
                (double) (p.high() - p.low()) / Math.max(1, actual)));
    }

    static Summary summary(List<Outcome> outcomes) {
        double[] widths = outcomes.stream().mapToDouble(Outcome::relativeWidth).sorted().toArray();
        long covered = outcomes.stream().filter(Outcome::covered).count();
        double median = widths.length % 2 == 1 ? widths[widths.length / 2]
                : (widths[widths.length / 2 - 1] + widths[widths.length / 2]) / 2;
        return new Summary(outcomes.size(), (double) covered / outcomes.size(), median);
    }
}
