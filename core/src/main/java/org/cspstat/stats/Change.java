package org.cspstat.stats;

import static java.util.Objects.requireNonNull;

/**
 * One comparison cell: a current count against a previous one, with the exact rate-ratio test
 * and Wheeler's z-score.
 *
 * <p>Lead with the absolute {@link #change()} for small counts; {@link #percentChange()} is
 * undefined when the previous count is 0 (report "new", never ∞).
 *
 * @param comparison the exact comparison of the two counts over their exposures
 */
public record Change(RateComparison comparison) {

    /**
     * Validates the comparison.
     *
     * @param comparison the exact comparison of the two counts
     * @throws NullPointerException when the comparison is null
     */
    public Change {
        requireNonNull(comparison, "comparison must not be null");
    }

    /**
     * Compares two counts over periods of equal length, with a 95% interval.
     *
     * @param current the current count
     * @param previous the previous count
     * @return the change
     * @throws IllegalArgumentException when a count is negative
     */
    public static Change of(long current, long previous) {
        return new Change(RateRatioTest.of(current, 1, previous, 1));
    }

    /**
     * Returns the current count.
     *
     * @return {@code comparison().a()}
     */
    public long current() {
        return comparison.a();
    }

    /**
     * Returns the previous count.
     *
     * @return {@code comparison().b()}
     */
    public long previous() {
        return comparison.b();
    }

    /**
     * Returns the absolute change in counts, {@code current − previous}. With unequal exposures
     * this compares raw counts, not rates.
     *
     * @return the difference of the counts
     */
    public long change() {
        return current() - previous();
    }

    /**
     * Returns {@code 100·(current − previous)/previous}, or NaN when the previous count is 0:
     * "new" when the current count is positive, nothing to compare when both are 0. With unequal
     * exposures this compares raw counts, not rates.
     *
     * @return the percentage change, or NaN when the previous count is 0
     */
    public double percentChange() {
        long previous = previous();
        return previous == 0 ? Double.NaN : 100.0 * change() / previous;
    }

    /**
     * Tells whether the issue is new: no events before, some now.
     *
     * @return true when the previous count is 0 and the current count is positive
     */
    public boolean isNew() {
        return previous() == 0 && current() > 0;
    }

    /**
     * Returns Wheeler's z-score {@code 2(√current − √previous)}. It compares counts over periods
     * of equal length, so it is undefined (NaN, evidence NONE) when the exposures differ: use
     * {@link #comparison()} then.
     *
     * @return the Poisson z-score
     */
    public PoissonZ zScore() {
        if (comparison.t1() != comparison.t2()) {
            return new PoissonZ(Double.NaN);
        }
        return PoissonZ.of(current(), previous());
    }

    /**
     * Returns the verdict for this change given its adjusted p-value:
     * {@code Verdict.of(comparison().rateRatio(), pAdjusted, alpha)}.
     *
     * @param pAdjusted this comparison's p-value after adjustment across the family of tests
     * @param alpha the significance level, strictly between 0 and 1
     * @return the verdict
     * @throws IllegalArgumentException when alpha is not strictly between 0 and 1
     */
    public Verdict verdict(double pAdjusted, double alpha) {
        return Verdict.of(comparison.rateRatio(), pAdjusted, alpha);
    }
}
