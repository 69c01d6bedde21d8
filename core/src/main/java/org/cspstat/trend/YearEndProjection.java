package org.cspstat.trend;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import org.cspstat.period.FinancialYear;
import java.util.List;
import java.util.Optional;

/**
 * A projected financial-year total (April to March) from the year to date, using last year's
 * seasonal profile, with a 95% prediction interval for the actual year-end count.
 *
 * <p><b>Point estimate.</b> With {@code C} the count of the {@code k} months so far this year,
 * {@code B} last year's count for the same {@code k} months and {@code R} last year's count for
 * the remaining {@code 12 − k} months ({@code L = B + R}), the projection is
 * {@code C · L / B}: the year to date divided by the share of last year's total that fell in
 * the same months.
 *
 * <p><b>Interval.</b> Model: each month's count is Poisson, and this year's monthly means are
 * last year's times one factor {@code θ} (same seasonal shape, different level). The year-end
 * count is {@code C + D}, where {@code D}, the count still to come, is Poisson with mean
 * {@code θ·M_R}. That mean is estimated by {@code C·R/B}; on the log scale its standard error
 * (delta method) is {@code s = √(1/C + 1/B + 1/R)}, which carries the Poisson noise of this
 * year's months so far ({@code C}) and of both parts of last year ({@code B}, {@code R}). The
 * interval also carries the Poisson noise of the months to come: it is the 2.5% and 97.5%
 * quantiles of {@code D ~ Poisson(m)} with {@code log m ~ Normal(log(C·R/B), s²)}, computed by
 * Gauss–Hermite quadrature (deterministic; no random numbers), plus {@code C}. Each count in
 * {@code log(C·R/B)} and {@code s} has 0.5 added, so that a zero count (common for small
 * categories) still gives a finite, non-degenerate interval; for counts in the tens this shift
 * is negligible. Because the shift moves the interval a little away from the point estimate,
 * the interval is widened where needed to include it (only at very small counts, such as
 * C = 0, B = 1, R = 80; widening only adds coverage). This was chosen over a parametric bootstrap because it is deterministic, fast
 * and integer-valued like the count it predicts, and over a plain normal interval because it
 * stays within the possible values (never below {@code C}) and is skewed like small counts.
 * Coverage was checked by simulation (see {@code docs/trend.md}). The model assumes the
 * seasonal shape is stable; if months change by different factors, the interval is too narrow.
 *
 * <p><b>Edge cases.</b> When all twelve months are known the year is complete and
 * {@code projected = low = high = C}. When last year's count for the months so far is 0 there is
 * no seasonal share to scale by and construction is refused. Gap months are refused: a projection
 * across missing months would silently treat them as zero (or guess them).
 *
 * @param monthsElapsed the months of this financial year known, {@code k}, 1 to 12
 * @param yearToDate this year's count so far, {@code C}
 * @param lastYearToDate last year's count for the same months, {@code B}
 * @param lastYearTotal last year's full-year count, {@code L}
 * @param projected the projected year-end count, {@code C·L/B}
 * @param low the lower end of the 95% prediction interval for the year-end count
 * @param high the upper end of the 95% prediction interval for the year-end count
 */
public record YearEndProjection(int monthsElapsed, long yearToDate, long lastYearToDate, long lastYearTotal,
        double projected, long low, long high) {

    /** The coverage probability of the prediction interval. */
    public static final double LEVEL = 0.95;

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
    }

    /**
     * Projects the year end from monthly counts.
     *
     * @param yearToDate this year's counts from April onwards, 1 to 12 months
     * @param lastYear last year's counts, April to March, 12 months
     * @return the projection
     * @throws IllegalArgumentException if the list sizes are wrong, a count is negative, or last
     *     year's count for the months so far is 0 (unless the year is complete)
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
        if (k == MONTHS) {
            return new YearEndProjection(k, c, b, b, c, c, c);
        }
        if (b == 0) {
            throw new IllegalArgumentException("last year's count for the same " + k
                    + " months is 0: no seasonal share to project from");
        }
        double mu = Math.log(c + 0.5) + Math.log(r + 0.5) - Math.log(b + 0.5);
        double sigma = Math.sqrt(1 / (c + 0.5) + 1 / (b + 0.5) + 1 / (r + 0.5));
        PoissonLogNormal toCome = new PoissonLogNormal(mu, sigma);
        double tail = (1 - LEVEL) / 2;
        double projected = c + (double) c * r / b;
        long low = Math.min(c + toCome.quantile(tail), (long) Math.floor(projected));
        long high = Math.max(c + toCome.quantile(1 - tail), (long) Math.ceil(projected));
        return new YearEndProjection(k, c, b, b + r, projected, low, high);
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
