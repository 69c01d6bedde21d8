package org.cspstat.trend;

import org.cspstat.error.ConfigurationException;
import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Control limits for a monthly count series, computed over a baseline of months, and the
 * signals they give over a later (or overlapping) period.
 *
 * <ul>
 *   <li>{@link Kind#C_CHART}: centre {@code c̄}, the mean of the baseline's observed months;
 *       limits {@code c̄ ± 3√c̄}, the lower one floored at 0. Right when counts are Poisson.</li>
 *   <li>{@link Kind#XMR}: centre {@code x̄}, the same mean; limits {@code x̄ ± 2.66·mR̄}, where
 *       {@code mR̄} is the mean moving range {@code |x_i − x_{i−1}|} over pairs of adjacent
 *       observed months. Robust to over-dispersion. The lower limit is not floored (a negative
 *       one simply means there is no lower limit); no count can fall below it either way.</li>
 * </ul>
 *
 * <p>Gap months are left out of the baseline: they add nothing to the mean, and a moving range
 * is never taken across a gap. Signals are described in {@link Signal.Rule}.
 *
 * @param kind the kind of chart
 * @param baselineFirst the first month of the baseline
 * @param baselineLast the last month of the baseline
 * @param baselineMonths the number of observed (non-gap) baseline months the limits rest on
 * @param centre the centre line
 * @param upper the upper limit
 * @param lower the lower limit
 */
public record ControlChart(Kind kind, YearMonth baselineFirst, YearMonth baselineLast, int baselineMonths,
        double centre, double upper, double lower) {

    /** The number of consecutive months on one side of the centre line that makes a run signal. */
    public static final int RUN_LENGTH = 8;
    /** The default baseline length in months, before the period analysed. */
    public static final int DEFAULT_BASELINE_MONTHS = 12;
    private static final double XMR_FACTOR = 2.66;
    private static final double C_CHART_SIGMAS = 3.0;

    /** The kinds of chart. */
    public enum Kind {
        /** Poisson c-chart: {@code c̄ ± 3√c̄}. */
        C_CHART,
        /** Individuals and moving range chart: {@code x̄ ± 2.66·mR̄}. */
        XMR
    }

    /**
     * Validates the chart.
     *
     * @throws NullPointerException if an argument is null
     * @param kind the kind of chart
     * @param baselineFirst the first month of the baseline
     * @param baselineLast the last month of the baseline
     * @param baselineMonths the number of observed baseline months
     * @param centre the centre line
     * @param upper the upper limit
     * @param lower the lower limit
     * @throws IllegalArgumentException if the baseline is empty or the limits are not finite and
     *     ordered {@code lower ≤ centre ≤ upper}
     */
    public ControlChart {
        requireNonNull(kind, "kind must not be null");
        requireNonNull(baselineFirst, "baselineFirst must not be null");
        requireNonNull(baselineLast, "baselineLast must not be null");
        if (baselineLast.isBefore(baselineFirst)) {
            throw new IllegalArgumentException("baseline ends " + baselineLast + " before it starts " + baselineFirst);
        }
        if (baselineMonths < 1) {
            throw new IllegalArgumentException("baseline must have at least one observed month but had " + baselineMonths);
        }
        if (!(Double.isFinite(lower) && Double.isFinite(upper) && lower <= centre && centre <= upper)) {
            throw new IllegalArgumentException("limits must be finite with lower <= centre <= upper but were "
                    + lower + ", " + centre + ", " + upper);
        }
    }

    /**
     * Computes limits over an explicit baseline.
     *
     * @param kind the kind of chart
     * @param series the series
     * @param baselineFirst the first baseline month, covered by the series
     * @param baselineLast the last baseline month, covered by the series
     * @return the chart
     * @throws IllegalArgumentException if the series does not cover the baseline
     * @throws org.cspstat.error.ConfigurationException (setting {@code baseline}) if the baseline
     *     has no observed month, or (XmR) no two adjacent observed months: a data condition
     */
    public static ControlChart fit(Kind kind, MonthlySeries series, YearMonth baselineFirst, YearMonth baselineLast) {
        requireNonNull(kind, "kind must not be null");
        MonthlySeries baseline = requireNonNull(series, "series must not be null").slice(baselineFirst, baselineLast);
        long sum = 0;
        int n = 0;
        long rangeSum = 0;
        int ranges = 0;
        MonthCount previous = null;
        for (MonthCount m : baseline.months()) {
            if (!m.gap()) {
                sum += m.count();
                n++;
                if (previous != null && !previous.gap()) {
                    rangeSum += Math.abs(m.count() - previous.count());
                    ranges++;
                }
            }
            previous = m;
        }
        String where = "baseline " + baselineFirst + " to " + baselineLast + " of '" + series.label() + "'";
        if (n == 0) {
            throw new ConfigurationException(ConfigurationException.BASELINE, where + " has no observed months");
        }
        double mean = (double) sum / n;
        if (kind == Kind.C_CHART) {
            double halfWidth = C_CHART_SIGMAS * Math.sqrt(mean);
            return new ControlChart(kind, baselineFirst, baselineLast, n, mean, mean + halfWidth,
                    Math.max(0.0, mean - halfWidth));
        }
        if (ranges == 0) {
            throw new ConfigurationException(ConfigurationException.BASELINE,
                    where + " has no two adjacent observed months for a moving range");
        }
        double halfWidth = XMR_FACTOR * rangeSum / ranges;
        return new ControlChart(kind, baselineFirst, baselineLast, n, mean, mean + halfWidth, mean - halfWidth);
    }

    /**
     * Computes limits over the default baseline: the {@value #DEFAULT_BASELINE_MONTHS} months
     * before {@code periodFirst}, shortened at the start to the months the series covers (the
     * months used are reported by {@link #baselineFirst()} and {@link #baselineMonths()}).
     *
     * @param kind the kind of chart
     * @param series the series
     * @param periodFirst the first month of the period analysed
     * @return the chart
     * @throws org.cspstat.error.ConfigurationException (setting {@code baseline}) if the series has
     *     no month before {@code periodFirst}, or the baseline is unusable as described at {@link #fit}
     */
    public static ControlChart fitBefore(Kind kind, MonthlySeries series, YearMonth periodFirst) {
        requireNonNull(series, "series must not be null");
        YearMonth last = requireNonNull(periodFirst, "periodFirst must not be null").minusMonths(1);
        if (!series.covers(last)) {
            throw new ConfigurationException(ConfigurationException.BASELINE, "series '" + series.label()
                    + "' has no months before " + periodFirst
                    + " for a baseline; give an explicit baseline");
        }
        YearMonth first = last.minusMonths(DEFAULT_BASELINE_MONTHS - 1L);
        if (first.isBefore(series.first())) {
            first = series.first();
        }
        return fit(kind, series, first, last);
    }

    /**
     * Finds the signals in the months {@code first} to {@code last}. Runs are counted from
     * {@code first}: months before the period (the baseline, which sets the centre line) do not
     * start a run, so a period shorter than {@value #RUN_LENGTH} months can give no run signal.
     *
     * @param series the series
     * @param first the first month of the period analysed
     * @param last the last month of the period analysed
     * @return the signals in month order; within a month a limit signal comes before a run signal
     * @throws IllegalArgumentException if the series does not cover the period
     */
    public List<Signal> signals(MonthlySeries series, YearMonth first, YearMonth last) {
        List<Signal> found = new ArrayList<>();
        int side = 0;
        int run = 0;
        for (MonthCount m : requireNonNull(series, "series must not be null").slice(first, last).months()) {
            if (m.gap()) {
                side = 0;
                run = 0;
                continue;
            }
            if (m.count() > upper) {
                found.add(new Signal(m.month(), Signal.Rule.BEYOND_UPPER_LIMIT));
            } else if (m.count() < lower) {
                found.add(new Signal(m.month(), Signal.Rule.BEYOND_LOWER_LIMIT));
            }
            int thisSide = Integer.signum(Double.compare(m.count(), centre));
            run = thisSide != 0 && thisSide == side ? run + 1 : 1;
            side = thisSide;
            if (side != 0 && run >= RUN_LENGTH) {
                found.add(new Signal(m.month(), side > 0 ? Signal.Rule.RUN_OF_EIGHT_ABOVE : Signal.Rule.RUN_OF_EIGHT_BELOW));
            }
        }
        return List.copyOf(found);
    }
}
