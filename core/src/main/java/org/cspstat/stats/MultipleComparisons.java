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

    private static Integer[] definedIndices(double[] p) {
        return java.util.stream.IntStream.range(0, p.length)
                .filter(i -> !Double.isNaN(p[i]))
                .boxed()
                .toArray(Integer[]::new);
    }
}
