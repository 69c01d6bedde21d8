package org.cspstat.stats;

/**
 * The exact comparison of two Poisson counts over their exposures, as R's
 * {@code poisson.test(c(a, b), T = c(t1, t2), conf.level = confidenceLevel)} reports it; made by
 * {@link RateRatioTest#of(long, double, long, double, double)}.
 *
 * <p>Edge cases, as R: when {@code b = 0} and {@code a > 0} the rate ratio and {@code high} are
 * {@code +Infinity}; when {@code a = 0} the rate ratio and {@code low} are 0; when both are 0
 * the rate ratio is {@code NaN} (undefined), the interval is {@code [0, +Infinity]} and the
 * p-value is 1.
 *
 * @param a the current count, at least 0
 * @param b the previous (baseline) count, at least 0
 * @param t1 the exposure of {@code a} (e.g. months), finite and positive
 * @param t2 the exposure of {@code b}, finite and positive
 * @param rateRatio {@code (a/t1)/(b/t2)}
 * @param low the lower end of the exact confidence interval for the rate ratio
 * @param high the upper end of that interval
 * @param pValue the exact two-sided p-value for equal rates, in [0, 1]
 * @param confidenceLevel the confidence level of the interval, strictly between 0 and 1
 */
public record RateComparison(long a, long b, double t1, double t2, double rateRatio, double low,
        double high, double pValue, double confidenceLevel) {

    /**
     * Validates the counts, exposures, p-value, interval and level.
     *
     * @param a the current count
     * @param b the previous count
     * @param t1 the exposure of {@code a}
     * @param t2 the exposure of {@code b}
     * @param rateRatio {@code (a/t1)/(b/t2)}
     * @param low the lower end of the interval
     * @param high the upper end of the interval
     * @param pValue the two-sided p-value
     * @param confidenceLevel the confidence level of the interval
     * @throws IllegalArgumentException when a count is negative, an exposure is not finite and
     *     positive, the p-value is outside [0, 1], the interval is not ordered or the level is
     *     not strictly between 0 and 1
     */
    public RateComparison {
        RateRatioTest.check(a, t1, b, t2, confidenceLevel);
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("pValue must be in [0, 1] but was " + pValue);
        }
        if (!(low >= 0 && low <= high)) {
            throw new IllegalArgumentException(
                    "interval must satisfy 0 <= low <= high but was [" + low + ", " + high + "]");
        }
    }

    /**
     * Returns the current rate, {@code a / t1}.
     *
     * @return events per unit of exposure in the current period
     */
    public double currentRate() {
        return a / t1;
    }

    /**
     * Returns the previous rate, {@code b / t2}.
     *
     * @return events per unit of exposure in the previous period
     */
    public double previousRate() {
        return b / t2;
    }
}
