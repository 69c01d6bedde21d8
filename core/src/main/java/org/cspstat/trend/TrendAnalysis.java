package org.cspstat.trend;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The trend of one series over a period: its months, control limits from a baseline, the
 * signals in the period and, where the data allow, a projected financial year end.
 *
 * <p>The months shown run from the earlier of the baseline's and the period's first month to
 * the later of their last months. Signals are looked for only in the period. The projection is
 * for the financial year containing the period's last month, from April up to that month; when
 * it cannot be made (months missing, gaps, no count last year)
 * {@link #projectionUnavailableReason()} says why.
 *
 * <p><b>Enough history.</b> Control limits rest on at least {@value #MIN_BASELINE_MONTHS}
 * observed baseline months. With fewer, limits from a few months are mostly noise (an XmR
 * moving range from three months can be half or twice its long-run value) and would flag
 * ordinary months, so the analysis carries no limits and no signals, and
 * {@link #limitsUnavailableReason()} says "not enough history".
 */
public final class TrendAnalysis {
    private final MonthlySeries shown;
    private final YearMonth first;
    private final YearMonth last;
    /** The fewest observed baseline months control limits and signals rest on. */
    public static final int MIN_BASELINE_MONTHS = 12;

    private final ControlChart chart;
    private final String limitsUnavailableReason;
    private final List<Signal> signals;
    private final YearEndProjection projection;
    private final String projectionUnavailableReason;

    private TrendAnalysis(MonthlySeries series, YearMonth first, YearMonth last, ControlChart chart) {
        this.first = first;
        this.last = last;
        if (chart.baselineMonths() >= MIN_BASELINE_MONTHS) {
            this.chart = chart;
            this.limitsUnavailableReason = null;
            this.signals = chart.signals(series, first, last);
        } else {
            this.chart = null;
            this.limitsUnavailableReason = "not enough history: " + chart.baselineMonths() + " baseline month"
                    + (chart.baselineMonths() == 1 ? "" : "s") + " with data (" + chart.baselineFirst() + " to "
                    + chart.baselineLast() + "), control limits need at least " + MIN_BASELINE_MONTHS;
            this.signals = List.of();
        }
        YearMonth from = chart.baselineFirst().isBefore(first) ? chart.baselineFirst() : first;
        YearMonth to = chart.baselineLast().isAfter(last) ? chart.baselineLast() : last;
        this.shown = series.slice(from, to);
        Optional<String> reason = YearEndProjection.unavailableReason(series, last);
        this.projection = reason.isPresent() ? null : YearEndProjection.from(series, last);
        this.projectionUnavailableReason = reason.orElse(null);
    }

    /**
     * Analyses a period against the default baseline, the twelve months before it (see
     * {@link ControlChart#fitBefore}).
     *
     * @param series the series, covering the baseline and the period
     * @param kind the kind of control chart
     * @param first the first month of the period
     * @param last the last month of the period
     * @return the analysis
     * @throws IllegalArgumentException if the period is empty or not covered
     * @throws org.cspstat.error.ConfigurationException (setting {@code baseline}) if the baseline
     *     is unusable (no observed months)
     */
    public static TrendAnalysis of(MonthlySeries series, ControlChart.Kind kind, YearMonth first, YearMonth last) {
        requirePeriod(series, first, last);
        return new TrendAnalysis(series, first, last, ControlChart.fitBefore(kind, series, first));
    }

    /**
     * Analyses a period against an explicit baseline, which may overlap the period.
     *
     * @param series the series, covering the baseline and the period
     * @param kind the kind of control chart
     * @param first the first month of the period
     * @param last the last month of the period
     * @param baselineFirst the first month of the baseline
     * @param baselineLast the last month of the baseline
     * @return the analysis
     * @throws IllegalArgumentException if the period is empty or not covered
     * @throws org.cspstat.error.ConfigurationException (setting {@code baseline}) if the baseline
     *     is unusable (no observed months)
     */
    public static TrendAnalysis of(MonthlySeries series, ControlChart.Kind kind, YearMonth first, YearMonth last,
            YearMonth baselineFirst, YearMonth baselineLast) {
        requirePeriod(series, first, last);
        return new TrendAnalysis(series, first, last, ControlChart.fit(kind, series, baselineFirst, baselineLast));
    }

    private static void requirePeriod(MonthlySeries series, YearMonth first, YearMonth last) {
        requireNonNull(series, "series must not be null").slice(first, last);
    }

    /** @return the months shown: the span of the baseline and the period */
    public MonthlySeries series() {
        return shown;
    }

    /** @return the first month of the period analysed */
    public YearMonth first() {
        return first;
    }

    /** @return the last month of the period analysed */
    public YearMonth last() {
        return last;
    }

    /**
     * @return the control chart, or empty when the baseline has fewer than
     *     {@value #MIN_BASELINE_MONTHS} observed months (see {@link #limitsUnavailableReason()})
     */
    public Optional<ControlChart> chart() {
        return Optional.ofNullable(chart);
    }

    /** @return why there are no control limits ("not enough history: ..."), or empty when there are */
    public Optional<String> limitsUnavailableReason() {
        return Optional.ofNullable(limitsUnavailableReason);
    }

    /** @return the signals in the period, in month order; none without control limits */
    public List<Signal> signals() {
        return signals;
    }

    /** @return the year-end projection, or empty when it cannot be made */
    public Optional<YearEndProjection> projection() {
        return Optional.ofNullable(projection);
    }

    /** @return why there is no projection, or empty when there is one */
    public Optional<String> projectionUnavailableReason() {
        return Optional.ofNullable(projectionUnavailableReason);
    }
}
