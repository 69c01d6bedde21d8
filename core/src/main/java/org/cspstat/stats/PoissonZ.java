package org.cspstat.stats;

/**
 * Wheeler's Poisson z-score for two counts over equal periods, {@code z = 2(√a − √b)}.
 *
 * <p>The square root stabilises the variance of a Poisson count, so the difference is read on a
 * z-like scale: Wheeler reads |z| &gt; 2 as worth a look and |z| &gt; 3 as a real change
 * (A. P. Wheeler, "Testing changes in short run crime patterns: the Poisson e-test", 2018).
 * It needs no distribution tables and is a screening rule only, which can claim more than the
 * exact test (5 against 0: z = 4.47, exact p = 0.0625); verdicts come from {@link RateTest}.
 *
 * @param z the score; positive when the current count is higher; NaN when undefined
 */
public record PoissonZ(double z) {

    /**
     * Scores the current count {@code a} against the previous count {@code b}.
     *
     * @param a the current count
     * @param b the previous count
     * @return {@code 2(√a − √b)}, e.g. 2.0 for 25 against 16
     * @throws IllegalArgumentException when a count is negative
     */
    public static PoissonZ of(long a, long b) {
        if (a < 0 || b < 0) {
            throw new IllegalArgumentException(
                    "counts must not be negative but were " + a + " and " + b);
        }
        return new PoissonZ(2 * (Math.sqrt(a) - Math.sqrt(b)));
    }

    /**
     * Returns the strength of evidence for a change: see {@link Evidence#of(double)}.
     *
     * @return STRONG when |z| &gt; 3, WEAK when |z| &gt; 2, otherwise NONE
     */
    public Evidence evidence() {
        return Evidence.of(z);
    }
}
