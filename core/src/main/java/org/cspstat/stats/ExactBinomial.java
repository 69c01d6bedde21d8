package org.cspstat.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.special.Beta;

/**
 * Exact binomial computations as R's {@code binom.test} does them: the two-sided p-value and
 * Clopper–Pearson quantiles. Not part of the API.
 */
final class ExactBinomial {

    /** R's {@code relErr} in {@code binom.test}: probabilities this close count as equal. */
    static final double RELATIVE_ERROR = 1 + 1e-7;

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

    /**
     * The {@code probability} quantile of Beta(alpha, beta), as R's {@code qbeta}: the x with
     * {@code I_x(alpha, beta) = probability}, to a relative accuracy near 1e-15.
     *
     * <p>Newton's method on the regularized incomplete beta function (Commons Math), whose
     * derivative is the beta density, started from the normal approximation and kept inside a
     * bracket that shrinks with every evaluation (a step that would leave it bisects instead).
     * It needs about five evaluations where a general root finder needs about fifteen, and each
     * evaluation recomputes {@code log B(alpha, beta)}, the costly part for large counts: a
     * national table of 35,000 LSOAs asks for 140,000 quantiles.
     */
    static double betaQuantile(double probability, double alpha, double beta) {
        if (probability <= 0) {
            return 0.0;
        }
        if (probability >= 1) {
            return 1.0;
        }
        double logB = Beta.logBeta(alpha, beta);
        double mean = alpha / (alpha + beta);
        double sd = Math.sqrt(alpha * beta / ((alpha + beta) * (alpha + beta) * (alpha + beta + 1)));
        double x = mean + STANDARD_NORMAL.inverseCumulativeProbability(probability) * sd;
        double lo = 0;
        double hi = 1;
        if (!(x > 0 && x < 1)) {
            x = mean;
        }
        for (int i = 0; i < 200; i++) {
            double f = Beta.regularizedBeta(x, alpha, beta) - probability;
            if (f == 0) {
                return x;
            }
            if (f < 0) {
                lo = x;
            } else {
                hi = x;
            }
            double density = Math.exp((alpha - 1) * Math.log(x) + (beta - 1) * Math.log1p(-x) - logB);
            double next = x - f / density;
            if (!(next > lo && next < hi)) {
                next = lo + (hi - lo) / 2; // Newton would leave the bracket (or the density underflowed)
            }
            if (Math.abs(next - x) <= 1e-15 * x || hi - lo <= 1e-15 * x) {
                return next;
            }
            x = next;
        }
        return x;
    }

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);
}
