package org.cspstat.trend;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import org.cspstat.period.FinancialYear;
import java.util.List;
import java.util.Optional;

/**
 * A projected financial-year total (April to March) from the year to date, using last year's
 * seasonal profile, with a 95% prediction interval for the actual year-end count that allows for
 * the year-to-year movement in seasonal shares and level seen in the months so far.
 *
 * <p><b>Point estimate.</b> With {@code C} the count of the {@code k} months so far this year,
 * {@code B} last year's count for the same {@code k} months and {@code R} last year's count for
 * the remaining {@code 12 − k} months ({@code L = B + R}), the projection is
 * {@code C · L / B}: the year to date divided by the share of last year's total that fell in
 * the same months.
 *
 * <p><b>How much the months move.</b> Each of the {@code k} months known has a count this year
 * {@code c_m} and last year {@code b_m}. If this year were last year times one factor plus
 * Poisson noise, the split of {@code c_m + b_m} between the years would be binomial with the
 * same share {@code C/(C + B)} every month. The Pearson statistic {@code X²} of that 2 × k table
 * (months where both counts are 0 left out, {@code k'} kept, {@code df = k' − 1}) measures how
 * far the months move beyond Poisson: the dispersion {@code φ = max(1, X²/df)}
 * ({@code φ = 1} when {@code df = 0}). On a monthly mean {@code m̄ = (C + B)/(2k)} this is a
 * relative month-to-month variance {@code τ² = (φ − 1)·((df + 2)/df)/max(m̄, 0.5)}: the quasi-Poisson
 * variance {@code φ·m̄ = m̄ + τ²·m̄²} solved for {@code τ²}, with an allowance {@code (df + 2)/df} for
 * estimating {@code φ} from few months (it tends to 1 as months accumulate). Months that move no
 * more than Poisson noise ({@code φ = 1}) give {@code τ² = 0}.
 *
 * <p><b>Interval.</b> The year-end count is {@code C + D}, {@code D} the count still to come. Its
 * mean is estimated by {@code C·R/B}; on the log scale that estimate's variance is
 * {@code φ·(1/C + 1/B + 1/R)} (the delta method, scaled by the dispersion: the level's
 * uncertainty) plus {@code τ²}: the remaining months' share of the year may move as a block by as
 * much as one month moves, since seasons shift and levels drift together rather than month by month
 * independently (treating the remaining months as independent under-covered on real data). The
 * interval is {@code C} plus the 2.5% and 97.5% quantiles of {@code D ~ Poisson(m)} with
 * {@code log m ~ Normal(log(C·R/B), σ²)}, {@code σ² = φ·(1/C + 1/B + 1/R) + τ²}, a
 * Poisson–log-normal mixture (deterministic, integer-valued, never below {@code C}). Each count
 * in {@code log(C·R/B)} and the variance has 0.5 added so that a zero count still gives a finite
 * interval; the interval is widened where needed to include the point estimate (only at tiny
 * counts). With {@code φ = 1} this is the Poisson-only interval. Backtests on real police.uk data
 * and simulations are in {@code docs/trend.md}.
 *
 * <p><b>Edge cases.</b> When all twelve months are known the year is complete and
 * {@code projected = low = high = C}. With fewer than {@link #MIN_MONTHS} months known there is
 * too little history to measure how the months move, and construction is refused rather than
 * give a narrow interval. When last year's count for the months so far is 0 there is no seasonal
 * share to scale by and construction is refused. Gap months are refused: a projection across
 * missing months would silently treat them as zero (or guess them).
 *
 * @param monthsElapsed the months of this financial year known, {@code k}, 1 to 12
 * @param yearToDate this year's count so far, {@code C}
 * @param lastYearToDate last year's count for the same months, {@code B}
 * @param lastYearTotal last year's full-year count, {@code L}
 * @param projected the projected year-end count, {@code C·L/B}
 * @param low the lower end of the 95% prediction interval for the year-end count
 * @param high the upper end of the 95% prediction interval for the year-end count
 * @param dispersion {@code φ}, at least 1: how much the months so far moved from year to year
 *     beyond Poisson noise
 */
public record YearEndProjection(int monthsElapsed, long yearToDate, long lastYearToDate, long lastYearTotal,
        double projected, long low, long high, double dispersion) {

    /** The coverage probability of the prediction interval. */
    public static final double LEVEL = 0.95;

    /**
     * The fewest months of this year the projection is made from: with fewer, the year-to-year
     * movement of the months cannot be measured and the interval would be too narrow.
     */
    public static final int MIN_MONTHS = 3;

    /** The months in a financial year. */
    private static final int MONTHS = 12;

    /**
     * Validates the projection.
     *
     * @param monthsElapsed the months of this financial year known
     * @param yearToDate this year's count so far
     * @param lastYearToDate last year's count for the same months
     * @param lastYearTotal last year's full-year count
     * @param projected the projected year-end count
     * @param low the lower end of the interval
     * @param high the upper end of the interval
     * @param dispersion the dispersion, at least 1
     * @throws IllegalArgumentException if a value is out of range or the interval does not satisfy
     *     {@code yearToDate ≤ low ≤ high}
     */
    public YearEndProjection {
        if (monthsElapsed < 1 || monthsElapsed > MONTHS) {
            throw new IllegalArgumentException("monthsElapsed must be 1 to 12 but was " + monthsElapsed);
        }
        if (yearToDate < 0 || lastYearToDate < 0 || lastYearTotal < lastYearToDate) {
            throw new IllegalArgumentException("counts must satisfy 0 <= yearToDate, 0 <= lastYearToDate <= lastYearTotal"
                    + " but were " + yearToDate + ", " + lastYearToDate + ", " + lastYearTotal);
        }
        if (!(Double.isFinite(projected) && projected >= yearToDate && yearToDate <= low && low <= high)) {
            throw new IllegalArgumentException("projection must satisfy yearToDate <= projected, yearToDate <= low <= high"
                    + " but was " + projected + " in [" + low + ", " + high + "] with yearToDate " + yearToDate);
        }
        if (!(dispersion >= 1) || Double.isInfinite(dispersion)) {
            throw new IllegalArgumentException("dispersion must be finite and >= 1 but was " + dispersion);
        }
    }

    /**
     * Projects the year end from monthly counts.
     *
     * @param yearToDate this year's counts from April onwards, 1 to 12 months
     * @param lastYear last year's counts, April to March, 12 months
     * @return the projection
     * @throws IllegalArgumentException if the list sizes are wrong, a count is negative, fewer
     *     than {@link #MIN_MONTHS} months are known, or last year's count for the months so far is
     *     0 (unless the year is complete)
     */
    public static YearEndProjection of(List<Long> yearToDate, List<Long> lastYear) {
        int k = requireNonNull(yearToDate, "yearToDate must not be null").size();
        if (k < 1 || k > MONTHS) {
            throw new IllegalArgumentException("yearToDate must have 1 to 12 months but had " + k);
        }
        if (requireNonNull(lastYear, "lastYear must not be null").size() != MONTHS) {
            throw new IllegalArgumentException("lastYear must have 12 months but had " + lastYear.size());
        }
        long c = sum(yearToDate.subList(0, k));
        long b = sum(lastYear.subList(0, k));
        long r = sum(lastYear.subList(k, MONTHS));
        double[] dispersion = dispersion(yearToDate.subList(0, k), lastYear.subList(0, k));
        double phi = dispersion[0];
        if (k == MONTHS) {
            return new YearEndProjection(k, c, b, b, c, c, c, phi);
        }
        if (k < MIN_MONTHS) {
            throw new IllegalArgumentException(tooLittleHistory(k));
        }
        if (b == 0) {
            throw new IllegalArgumentException("last year's count for the same " + k
                    + " months is 0: no seasonal share to project from");
        }
        double df = dispersion[1];
        double monthlyMean = Math.max(0.5, (c + b) / (2.0 * k));
        double tau2 = df > 0 ? (phi - 1) * (df + 2) / df / monthlyMean : 0;
        double mu = Math.log(c + 0.5) + Math.log(r + 0.5) - Math.log(b + 0.5);
        double sigma = Math.sqrt(phi * (1 / (c + 0.5) + 1 / (b + 0.5) + 1 / (r + 0.5)) + tau2);
        PoissonLogNormal toCome = new PoissonLogNormal(mu, sigma);
        double tail = (1 - LEVEL) / 2;
        double projected = c + (double) c * r / b;
        long low = Math.min(c + toCome.quantile(tail), (long) Math.floor(projected));
        long high = Math.max(c + toCome.quantile(1 - tail), (long) Math.ceil(projected));
        return new YearEndProjection(k, c, b, b + r, projected, low, high, phi);
    }

    /**
     * The dispersion of the months known: Pearson's {@code X²} of the 2 × k table of this year's
     * and last year's counts by month, over its degrees of freedom, at least 1.
     *
     * @return {@code {φ, df}}; {@code φ = 1} when {@code df = 0}
     */
    static double[] dispersion(List<Long> thisYear, List<Long> lastYear) {
        long c = sum(thisYear);
        long b = sum(lastYear);
        if (c + b == 0) {
            return new double[] {1, 0};
        }
        double share = (double) c / (c + b);
        double x2 = 0;
        int kept = 0;
        for (int m = 0; m < thisYear.size(); m++) {
            long t = thisYear.get(m) + lastYear.get(m);
            if (t == 0) {
                continue;
            }
            kept++;
            double ec = t * share;
            double eb = t - ec;
            if (ec > 0) {
                x2 += (thisYear.get(m) - ec) * (thisYear.get(m) - ec) / ec;
            }
            if (eb > 0) {
                x2 += (lastYear.get(m) - eb) * (lastYear.get(m) - eb) / eb;
            }
        }
        int df = kept - 1;
        return new double[] {df > 0 ? Math.max(1, x2 / df) : 1, Math.max(0, df)};
    }

    private static String tooLittleHistory(int k) {
        return "too little history: " + k + " month" + (k == 1 ? "" : "s") + " of this year so far, and a "
                + "projection needs at least " + MIN_MONTHS + " to measure how much months move from year to year";
    }

    /**
     * Projects the year end of the financial year containing {@code through} from a series that
     * covers April of that year back to April of the year before.
     *
     * @param series the series
     * @param through the last month of the year to date
     * @return the projection
     * @throws IllegalArgumentException if the series does not cover the months needed, one of them
     *     is a gap, or last year's count for the months so far is 0
     */
    public static YearEndProjection from(MonthlySeries series, YearMonth through) {
        Optional<String> reason = unavailableReason(series, through);
        if (reason.isPresent()) {
            throw new IllegalArgumentException(reason.get());
        }
        YearMonth april = FinancialYear.containing(through).firstMonth();
        return of(counts(series, april, through), counts(series, april.minusYears(1), april.minusMonths(1)));
    }

    /**
     * @param series the series
     * @param through the last month of the year to date
     * @return why {@link #from} would refuse, or empty if it can project
     */
    static Optional<String> unavailableReason(MonthlySeries series, YearMonth through) {
        requireNonNull(series, "series must not be null");
        requireNonNull(through, "through must not be null");
        YearMonth april = FinancialYear.containing(through).firstMonth();
        YearMonth needFrom = april.minusYears(1);
        String year = FinancialYear.containing(through).toString();
        if (!series.covers(needFrom) || !series.covers(through)) {
            return Optional.of("projecting " + year + " needs months " + needFrom + " to " + through
                    + " but '" + series.label() + "' covers " + series.first() + " to " + series.last());
        }
        for (MonthCount m : series.slice(needFrom, through).months()) {
            if (m.gap()) {
                return Optional.of("projecting " + year + " needs months " + needFrom + " to " + through
                        + " but " + m.month() + " is a gap");
            }
        }
        int k = (int) (through.getYear() * 12L + through.getMonthValue() - april.getYear() * 12L
                - april.getMonthValue()) + 1;
        if (k < MIN_MONTHS) {
            return Optional.of(tooLittleHistory(k) + " (projecting " + year + ")");
        }
        if (!through.equals(april.plusMonths(MONTHS - 1L))
                && sum(counts(series, needFrom, through.minusYears(1))) == 0) {
            return Optional.of("projecting " + year + " needs a non-zero count last year from " + needFrom
                    + " to " + through.minusYears(1) + " but it was 0");
        }
        return Optional.empty();
    }

    private static List<Long> counts(MonthlySeries series, YearMonth from, YearMonth to) {
        return series.slice(from, to).months().stream().map(MonthCount::count).toList();
    }

    private static long sum(List<Long> counts) {
        long total = 0;
        for (Long count : counts) {
            if (requireNonNull(count, "counts must not be null") < 0) {
                throw new IllegalArgumentException("counts must not be negative but found " + count);
            }
            total += count;
        }
        return total;
    }
}
