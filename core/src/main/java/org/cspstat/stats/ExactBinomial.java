package org.cspstat.stats;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.special.Beta;

/**
 * Exact binomial computations as R's {@code binom.test} does them: the two-sided p-value and
 * Clopper–Pearson quantiles. Not part of the API.
 */
final class ExactBinomial {

    /** R's {@code relErr} in {@code binom.test}: probabilities this close count as equal. */
    static final double RELATIVE_ERROR = 1 + 1e-7;

    /** Absolute accuracy for beta quantiles; the solver's relative accuracy (1e-14) governs. */
    private static final double QUANTILE_ACCURACY = 1e-300;

    private ExactBinomial() {
    }

    /**
     * The two-sided p-value of {@code x} successes in {@code n} trials with success probability
     * {@code p}: the total probability of outcomes no more likely than {@code x}, as R's
     * {@code binom.test(x, n, p)$p.value}. R counts the outcomes on the far side of the mean one by
     * one; the probabilities there fall away from the mode (which is {@code floor((n + 1) p)}, so
     * at most one step past the mean), so the outcomes no more likely than {@code x} form one
     * tail, found here by bisection in {@code O(log n)} probabilities instead of {@code O(n)}.
     */
    static double twoSidedP(int x, int n, double p) {
        double m = n * p;
        if (x == m) {
            return 1.0;
        }
        BinomialDistribution binomial = new BinomialDistribution(null, n, p);
        double d = binomial.probability(x) * RELATIVE_ERROR;
        double total;
        if (x < m) {
            // on [ceil(m), n] the probabilities do not increase: find the first one <= d
            long lo = (long) Math.ceil(m);
            long hi = (long) n + 1;
            while (lo < hi) {
                long mid = (lo + hi) >>> 1;
                if (binomial.probability((int) mid) <= d) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            total = atMost(x, n, p) + atLeast(lo, n, p);
        } else {
            // on [0, floor(m)] the probabilities do not decrease: find the first one > d
            long lo = 0;
            long hi = (long) Math.floor(m) + 1;
            while (lo < hi) {
                long mid = (lo + hi) >>> 1;
                if (binomial.probability((int) mid) > d) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            total = atMost(lo - 1, n, p) + atLeast(x, n, p);
        }
        return Math.min(1.0, total);
    }

    /** P(X &lt;= k), computed without cancellation so that small tails keep their digits. */
    static double atMost(long k, int n, double p) {
        if (k < 0) {
            return 0.0;
        }
        if (k >= n) {
            return 1.0;
        }
        return Beta.regularizedBeta(1 - p, (double) (n - k), k + 1.0);
    }

    /** P(X &gt;= k), computed without cancellation so that small tails keep their digits. */
    static double atLeast(long k, int n, double p) {
        if (k <= 0) {
            return 1.0;
        }
        if (k > n) {
            return 0.0;
        }
        return Beta.regularizedBeta(p, (double) k, n - k + 1.0);
    }

    /** The {@code probability} quantile of Beta(alpha, beta), as R's {@code qbeta}. */
    static double betaQuantile(double probability, double alpha, double beta) {
        return new BetaDistribution(null, alpha, beta, QUANTILE_ACCURACY)
                .inverseCumulativeProbability(probability);
    }
}
