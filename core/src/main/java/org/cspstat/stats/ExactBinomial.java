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
     * {@code binom.test(x, n, p)$p.value}. Outcomes on the far side of the mean are counted one
     * by one, so the cost grows with {@code n}.
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
            int y = 0;
            for (long i = (long) Math.ceil(m); i <= n; i++) {
                if (binomial.probability((int) i) <= d) {
                    y++;
                }
            }
            total = atMost(x, n, p) + atLeast((long) n - y + 1, n, p);
        } else {
            int y = 0;
            for (int i = 0; i <= (int) Math.floor(m); i++) {
                if (binomial.probability(i) <= d) {
                    y++;
                }
            }
            total = atMost(y - 1, n, p) + atLeast(x, n, p);
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
