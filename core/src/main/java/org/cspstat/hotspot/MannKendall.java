package org.cspstat.hotspot;

import java.util.Arrays;
import org.apache.commons.math3.special.Erf;

/**
 * The Mann–Kendall test for a monotonic trend in a series x_1..x_n (Mann 1945; Kendall 1975).
 *
 * <p>{@code S = Σ_{i<j} sign(x_j − x_i)}; with tie groups of sizes t,
 * {@code Var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18}; the statistic
 * {@code Z = (S − sign(S)) / sqrt(Var(S))} carries a continuity correction, and the two-sided
 * p-value is {@code erfc(|Z|/√2)}. This is Kendall's tau test of the series against time with
 * the normal approximation, R's
 * {@code cor.test(x, seq_along(x), method = "kendall", exact = FALSE, continuity = TRUE)}.
 *
 * @param s the statistic S
 * @param variance Var(S), tie-corrected
 * @param z the continuity-corrected normal score (0 when the variance is 0)
 * @param pValue the two-sided p-value (1 when the variance is 0)
 */
public record MannKendall(long s, double variance, double z, double pValue) {

    /**
     * Tests a series.
     *
     * @param x the series in time order; fewer than 2 values (or all equal) give S = 0, p = 1
     * @return the test result
     * @throws IllegalArgumentException when a value is NaN
     */
    public static MannKendall test(double[] x) {
        int n = x.length;
        long s = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(x[i])) {
                throw new IllegalArgumentException("the series must not contain NaN");
            }
            for (int j = i + 1; j < n; j++) {
                s += x[j] > x[i] ? 1 : x[j] < x[i] ? -1 : 0;
            }
        }
        double variance = (double) n * (n - 1) * (2 * n + 5);
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < n;) {
            int j = i;
            while (j < n && sorted[j] == sorted[i]) {
                j++;
            }
            double t = j - i;
            variance -= t * (t - 1) * (2 * t + 5);
            i = j;
        }
        variance /= 18;
        if (variance <= 0) {
            return new MannKendall(s, 0, 0, 1);
        }
        double z = (s - Long.signum(s)) / Math.sqrt(variance);
        return new MannKendall(s, variance, z, Erf.erfc(Math.abs(z) / Math.sqrt(2)));
    }

    /**
     * Tells whether the trend is significant at a two-sided level and upward.
     *
     * @param alpha the level, such as 0.05
     * @return true for a significant upward trend
     */
    public boolean upward(double alpha) {
        return pValue < alpha && s > 0;
    }

    /**
     * Tells whether the trend is significant at a two-sided level and downward.
     *
     * @param alpha the level, such as 0.05
     * @return true for a significant downward trend
     */
    public boolean downward(double alpha) {
        return pValue < alpha && s < 0;
    }
}
