package org.cspstat.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * Adjusts a family of p-values for multiple comparisons, as R's {@code p.adjust} does.
 *
 * <p>Undefined p-values ({@code NaN}) are left undefined and do not count towards the size of
 * the family, as with R's {@code p.adjust(p, n = sum(!is.na(p)))}.
 */
public enum MultipleComparisons {
    /** Holm's step-down method: controls the family-wise error rate; R {@code "holm"}. */
    HOLM,
    /** Benjamini–Hochberg: controls the false discovery rate; R {@code "BH"}. */
    BENJAMINI_HOCHBERG,
    /** No adjustment. */
    NONE;

    /**
     * Parses a method name as typed on a command line: {@code holm}, {@code bh}
     * (or {@code fdr}, {@code benjamini-hochberg}) and {@code none}, case-insensitive.
     *
     * @param text the name
     * @return the method
     * @throws IllegalArgumentException naming the accepted forms when the name is unknown
     */
    public static MultipleComparisons parse(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "holm":
                return HOLM;
            case "bh":
            case "fdr":
            case "benjamini-hochberg":
                return BENJAMINI_HOCHBERG;
            case "none":
                return NONE;
            default:
                throw new IllegalArgumentException(
                        "unknown adjustment '" + text + "': expected holm, bh or none");
        }
    }

    /**
     * Returns the adjusted p-values, in the order given.
     *
     * @param p raw p-values in [0, 1], or NaN where undefined
     * @return a new array of adjusted p-values, each in [0, 1] (NaN where the input was NaN)
     */
    public double[] adjust(double[] p) {
        double[] out = p.clone();
        Integer[] order = definedIndices(p);
        int n = order.length;
        if (n == 0 || this == NONE) {
            return out;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        if (this == HOLM) {
            double running = 0;
            for (int rank = 0; rank < n; rank++) {
                int i = order[rank];
                running = Math.max(running, Math.min(1.0, (n - rank) * p[i]));
                out[i] = running;
            }
        } else {
            double running = 1.0;
            for (int rank = n - 1; rank >= 0; rank--) {
                int i = order[rank];
                running = Math.min(running, Math.min(1.0, p[i] * n / (rank + 1)));
                out[i] = running;
            }
        }
        return out;
    }

    /**
     * The confidence level of the intervals printed beside a family's verdicts, chosen so that
     * an interval excludes the null value exactly when its adjusted p-value is below
     * {@code alpha} (given tests whose interval at level {@code L} excludes the null exactly when
     * the raw p-value is below {@code 1 − L}, such as {@link RateTest}). With {@code m} defined
     * p-values of which {@code R} are significant after adjustment:
     * <ul>
     * <li>none: {@code 1 − alpha};</li>
     * <li>Holm: {@code 1 − alpha / max(m − R, 1)}. Holm rejects the {@code R} smallest p-values,
     * each below {@code alpha / (m − rank + 1) <= alpha / (m − R)}, and the next one is at least
     * {@code alpha / (m − R)}, as are all later ones; so these intervals agree with every verdict
     * (with {@code R = 0} they are Bonferroni's simultaneous intervals);</li>
     * <li>Benjamini–Hochberg: {@code 1 − max(R, 1) · alpha / m}, the false-coverage-rate
     * adjusted intervals of Benjamini and Yekutieli (2005): the rejected p-values are below
     * {@code R alpha / m} and the others at least that.</li>
     * </ul>
     *
     * @param p raw p-values in [0, 1], or NaN where undefined (not in the family)
     * @param alpha the family's significance level, strictly between 0 and 1
     * @return the confidence level for the family's intervals
     */
    public double intervalLevel(double[] p, double alpha) {
        double[] adjusted = adjust(p);
        int m = 0;
        int r = 0;
        for (double q : adjusted) {
            if (!Double.isNaN(q)) {
                m++;
                if (q < alpha) {
                    r++;
                }
            }
        }
        return switch (this) {
            case NONE -> 1 - alpha;
            case HOLM -> 1 - alpha / Math.max(m - r, 1);
            case BENJAMINI_HOCHBERG -> 1 - Math.max(r, 1) * alpha / Math.max(m, 1);
        };
    }

    private static Integer[] definedIndices(double[] p) {
        return java.util.stream.IntStream.range(0, p.length)
                .filter(i -> !Double.isNaN(p[i]))
                .boxed()
                .toArray(Integer[]::new);
    }
}
