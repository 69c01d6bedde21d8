package org.cspstat.outcome;

import org.apache.commons.math3.special.Gamma;

/**
 * Fisher's exact test of a 2×2 table, two-sided as R's {@code fisher.test}: the sum of the
 * probabilities, under the hypergeometric distribution with the table's margins, of every table
 * no more likely than the one observed (with R's relative tolerance of 1e-7).
 */
public final class FisherExact {
    private FisherExact() {
    }

    /**
     * @param a row 1, column 1 (charged now)
     * @param b row 1, column 2 (not charged now)
     * @param c row 2, column 1 (charged before)
     * @param d row 2, column 2 (not charged before)
     * @return the two-sided p-value; 1 when a margin is zero
     * @throws IllegalArgumentException when a cell is negative
     */
    public static double twoSided(long a, long b, long c, long d) {
        if (a < 0 || b < 0 || c < 0 || d < 0) {
            throw new IllegalArgumentException("cells must not be negative");
        }
        long m = a + c; // column 1 total
        long n = b + d; // column 2 total
        long k = a + b; // row 1 total
        long lo = Math.max(0, k - n);
        long hi = Math.min(k, m);
        if (lo == hi) {
            return 1;
        }
        double observed = logDensity(a, m, n, k);
        double max = Double.NEGATIVE_INFINITY;
        double[] logs = new double[(int) (hi - lo + 1)];
        for (long x = lo; x <= hi; x++) {
            logs[(int) (x - lo)] = logDensity(x, m, n, k);
            max = Math.max(max, logs[(int) (x - lo)]);
        }
        double total = 0;
        double tail = 0;
        double threshold = observed + Math.log1p(1e-7);
        for (double l : logs) {
            double p = Math.exp(l - max);
            total += p;
            if (l <= threshold) {
                tail += p;
            }
        }
        return Math.min(1, tail / total);
    }

    private static double logDensity(long x, long m, long n, long k) {
        return logChoose(m, x) + logChoose(n, k - x);
    }

    private static double logChoose(long n, long k) {
        return Gamma.logGamma(n + 1.0) - Gamma.logGamma(k + 1.0) - Gamma.logGamma(n - k + 1.0);
    }
}
