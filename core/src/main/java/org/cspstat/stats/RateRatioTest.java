package org.cspstat.stats;

/**
 * The exact conditional test of equal Poisson rates, with the exact interval for the rate ratio:
 * R's two-sample {@code poisson.test(c(a, b), T = c(t1, t2))}.
 *
 * <p>Given {@code n = a + b}, {@code a ~ Binomial(n, t1 / (t1 + t2))} when the rates are equal.
 * The p-value is {@code binom.test}'s two-sided one: the probability of every outcome no more
 * likely than {@code a} (within R's relative tolerance {@code 1 + 1e-7}). The interval is the
 * Clopper–Pearson interval {@code [pL, pU]} for {@code a / n} mapped to the rate-ratio scale by
 * {@code RR = p / (1 - p) * t2 / t1} at each end; to keep its digits when {@code p} is near 1,
 * {@code 1 - p} is taken as the matching quantile of the mirrored beta distribution rather
 * than by subtraction.
 */
public final class RateRatioTest {

    /** The confidence level used when none is given: 0.95. */
    public static final double DEFAULT_CONFIDENCE_LEVEL = 0.95;

    private RateRatioTest() {
    }

    /**
     * Compares {@code a} events over exposure {@code t1} with {@code b} events over {@code t2},
     * with a 95% interval.
     *
     * @param a the current count
     * @param t1 the current exposure (e.g. months), finite and positive
     * @param b the previous (baseline) count
     * @param t2 the previous exposure, finite and positive
     * @return the rate ratio, its exact 95% interval and the exact two-sided p-value
     * @throws IllegalArgumentException when a count is negative, {@code a + b} exceeds
     *     {@link Integer#MAX_VALUE} or an exposure is not finite and positive
     */
    public static RateComparison of(long a, double t1, long b, double t2) {
        return of(a, t1, b, t2, DEFAULT_CONFIDENCE_LEVEL);
    }

    /**
     * Compares {@code a} events over exposure {@code t1} with {@code b} events over {@code t2}.
     *
     * @param a the current count
     * @param t1 the current exposure (e.g. months), finite and positive
     * @param b the previous (baseline) count
     * @param t2 the previous exposure, finite and positive
     * @param confidenceLevel the interval's confidence level, strictly between 0 and 1
     * @return the rate ratio, its exact interval and the exact two-sided p-value
     * @throws IllegalArgumentException when a count is negative, {@code a + b} exceeds
     *     {@link Integer#MAX_VALUE}, an exposure is not finite and positive or the level is not
     *     strictly between 0 and 1
     */
    public static RateComparison of(long a, double t1, long b, double t2, double confidenceLevel) {
        check(a, t1, b, t2, confidenceLevel);
        if (a + b > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "a + b must not exceed " + Integer.MAX_VALUE + " but was " + (a + b));
        }
        int x = (int) a;
        int n = (int) (a + b);
        double half = (1 - confidenceLevel) / 2;
        double scale = t2 / t1;
        // low: pL / (1 - pL), pL = qbeta(half, a, b + 1) and 1 - pL = qbeta(1 - half, b + 1, a)
        double low = a == 0 ? 0.0 : scale * ExactBinomial.betaQuantile(half, a, b + 1.0)
                / ExactBinomial.betaQuantile(1 - half, b + 1.0, a);
        // high: pU / (1 - pU), pU = qbeta(1 - half, a + 1, b) and 1 - pU = qbeta(half, b, a + 1)
        double high = b == 0 ? Double.POSITIVE_INFINITY
                : scale * ExactBinomial.betaQuantile(1 - half, a + 1.0, b)
                / ExactBinomial.betaQuantile(half, b, a + 1.0);
        double pValue = ExactBinomial.twoSidedP(x, n, t1 / (t1 + t2));
        double rateRatio = (a / t1) / (b / t2);
        return new RateComparison(a, b, t1, t2, rateRatio, low, high, pValue, confidenceLevel);
    }

    /** Validates the inputs shared by {@link #of} and {@link RateComparison}. */
    static void check(long a, double t1, long b, double t2, double confidenceLevel) {
        if (a < 0 || b < 0) {
            throw new IllegalArgumentException(
                    "counts must not be negative but were " + a + " and " + b);
        }
        if (!(t1 > 0 && t2 > 0 && t1 < Double.POSITIVE_INFINITY && t2 < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(
                    "exposures must be finite and positive but were " + t1 + " and " + t2);
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException(
                    "confidence level must be strictly between 0 and 1 but was " + confidenceLevel);
        }
    }
}
