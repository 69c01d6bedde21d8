package org.cspstat.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The test behind a verdict: two counts over their exposures, allowing for variation beyond
 * Poisson when the monthly counts show it. Its p-value and its interval are dual: the interval
 * at level {@code L} excludes a rate ratio of 1 exactly when {@link #pValue()} {@code < 1 - L},
 * so a verdict and the interval printed beside it always agree.
 *
 * <p><b>Exact Poisson</b> ({@link Method#EXACT_POISSON}): the conditional binomial test of equal
 * rates with the Clopper–Pearson interval for the rate ratio (R's {@code poisson.test}). The
 * p-value is the <em>central</em> two-sided one, twice the smaller tail (capped at 1), which is
 * the test the Clopper–Pearson interval inverts (R's {@code exactci::poisson.exact(...,
 * tsmethod = "central")}); R's {@code poisson.test} prints a slightly different p-value (it sums
 * the outcomes no more likely than the one seen), which can disagree with its own interval.
 * 5 against 0 over equal exposures: p = 2 × 0.5<sup>5</sup> = 0.0625.
 *
 * <p><b>Quasi-Poisson</b> ({@link Method#QUASI_POISSON}): used when the monthly counts vary
 * more than Poisson counts would (dispersion {@code φ > 1}). The log rate ratio
 * {@code log((a/t1)/(b/t2))} has standard error {@code √(φ (1/a + 1/b))}; the test is the
 * t-test on {@code df} degrees of freedom and the interval {@code exp(log RR ± t·se)}, as R's
 * {@code summary(glm(..., family = quasipoisson))} reports the period coefficient. So that it
 * never claims more than the exact test, its p-value is the larger of the two and its interval
 * the hull of both (which keeps the duality). With {@code φ <= 1}, or a count of 0 in either
 * period, the exact test alone is used.
 *
 * @param a the current count
 * @param b the previous count
 * @param t1 the current exposure (months, or person-months), finite and positive
 * @param t2 the previous exposure, finite and positive
 * @param dispersion the estimated dispersion φ (see {@link Dispersion}), NaN when not estimated
 * @param df the residual degrees of freedom of the dispersion estimate, 0 when not estimated
 */
public record RateTest(long a, long b, double t1, double t2, double dispersion, int df) {

    /** The test used for a row. */
    public enum Method {
        /** The exact conditional (binomial) test and Clopper–Pearson interval. */
        EXACT_POISSON("exact Poisson"),
        /** The quasi-Poisson t-test, never less cautious than the exact test. */
        QUASI_POISSON("quasi-Poisson");

        private final String words;

        Method(String words) {
            this.words = words;
        }

        /** @return the method in words: "exact Poisson" or "quasi-Poisson" */
        public String words() {
            return words;
        }
    }

    /**
     * Validates the counts and exposures.
     *
     * @param a the current count
     * @param b the previous count
     * @param t1 the current exposure
     * @param t2 the previous exposure
     * @param dispersion the dispersion, or NaN
     * @param df the degrees of freedom, at least 0
     * @throws IllegalArgumentException when a count is negative, an exposure is not finite and
     *     positive or df is negative
     */
    public RateTest {
        RateRatioTest.check(a, t1, b, t2, 0.95);
        if (df < 0) {
            throw new IllegalArgumentException("df must not be negative but was " + df);
        }
    }

    /**
     * The exact Poisson test alone (no dispersion estimate).
     *
     * @param a the current count
     * @param t1 the current exposure
     * @param b the previous count
     * @param t2 the previous exposure
     * @return the test
     */
    public static RateTest exact(long a, double t1, long b, double t2) {
        return new RateTest(a, b, t1, t2, Double.NaN, 0);
    }

    /**
     * The test of two periods from their monthly counts, with the dispersion estimated by
     * {@link Dispersion#of(long[], long[], boolean)}; exposures are one per month times
     * {@code persons}.
     *
     * @param current the current period's monthly counts
     * @param previous the previous period's monthly counts
     * @param paired true when month {@code i} of one period matches month {@code i} of the other
     *     (the same calendar month a year apart)
     * @param persons residents the exposure is per (1 for months alone)
     * @return the test
     */
    public static RateTest of(long[] current, long[] previous, boolean paired, double persons) {
        long a = 0;
        long b = 0;
        for (long x : current) {
            a += x;
        }
        for (long x : previous) {
            b += x;
        }
        Dispersion d = Dispersion.of(current, previous, paired);
        return new RateTest(a, b, current.length * persons, previous.length * persons, d.phi(), d.df());
    }

    /** @return the method used: quasi-Poisson when φ &gt; 1 with both counts positive, else exact */
    public Method method() {
        return dispersion > 1 && df > 0 && a > 0 && b > 0 ? Method.QUASI_POISSON : Method.EXACT_POISSON;
    }

    /** @return true when there is nothing to test: no incidents in either period */
    public boolean isEmpty() {
        return a == 0 && b == 0;
    }

    /** @return the rate ratio {@code (a/t1)/(b/t2)}: +Infinity when only b is 0, NaN when both are */
    public double rateRatio() {
        return (a / t1) / (b / t2);
    }

    /**
     * @return {@code 100 (rateRatio − 1)}: the percent change in the rate, so it always agrees
     *     with the rate ratio; NaN when the previous count is 0
     */
    public double percentChange() {
        return b == 0 ? Double.NaN : 100 * (rateRatio() - 1);
    }

    /** @return the two-sided p-value for equal rates (1 when both counts are 0) */
    public double pValue() {
        double exact = exactCentralP();
        return method() == Method.QUASI_POISSON ? Math.max(exact, quasiP()) : exact;
    }

    /**
     * @param level the confidence level, strictly between 0 and 1
     * @return {@code {low, high}} for the rate ratio at that level; it excludes 1 exactly when
     *     {@code pValue() < 1 - level}
     */
    public double[] interval(double level) {
        if (isEmpty()) {
            return new double[] {0, Double.POSITIVE_INFINITY};
        }
        return interval(level, RateRatioTest.of(a, t1, b, t2, level));
    }

    /**
     * As {@link #interval(double)}, given the exact comparison at that level already computed.
     *
     * @param level the confidence level, strictly between 0 and 1
     * @param exact {@code RateRatioTest.of(a, t1, b, t2, level)}
     * @return {@code {low, high}} for the rate ratio at that level
     */
    public double[] interval(double level, RateComparison exact) {
        if (isEmpty()) {
            return new double[] {0, Double.POSITIVE_INFINITY};
        }
        double low = exact.low();
        double high = exact.high();
        if (method() == Method.QUASI_POISSON) {
            double t = new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - level) / 2);
            double log = Math.log(rateRatio());
            double se = standardError();
            low = Math.min(low, Math.exp(log - t * se));
            high = Math.max(high, Math.exp(log + t * se));
        }
        return new double[] {low, high};
    }

    /** @return the quasi-Poisson standard error of the log rate ratio, {@code √(φ (1/a + 1/b))} */
    double standardError() {
        return Math.sqrt(dispersion * (1.0 / a + 1.0 / b));
    }

    /** @return the quasi-Poisson t-test's two-sided p-value */
    double quasiP() {
        double t = Math.abs(Math.log(rateRatio())) / standardError();
        return Math.min(1.0, 2 * new TDistribution(null, df).cumulativeProbability(-t));
    }

    /** @return the exact central two-sided p-value: twice the smaller binomial tail, at most 1 */
    double exactCentralP() {
        if (isEmpty()) {
            return 1.0;
        }
        if (a + b > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a + b must not exceed " + Integer.MAX_VALUE);
        }
        int n = (int) (a + b);
        double p = t1 / (t1 + t2);
        double lower = ExactBinomial.atMost(a, n, p);
        double upper = ExactBinomial.atLeast(a, n, p);
        return Math.min(1.0, 2 * Math.min(lower, upper));
    }
}
