package org.cspstat.stats;

/**
 * The quasi-Poisson dispersion φ of two periods' monthly counts: Pearson's χ² of a Poisson
 * log-linear model over its residual degrees of freedom, as R's
 * {@code summary(glm(..., family = quasipoisson))$dispersion}.
 *
 * <p><b>Paired</b> (month {@code i} of the current period is the same calendar month as month
 * {@code i} of the previous one): the model is {@code count ~ factor(month) + period}, so the
 * season is allowed for and only the remaining month-to-month variation counts. Its fitted
 * values are {@code n_i Y_p / N} (month total × period total / grand total) and it has
 * {@code K − 1} residual degrees of freedom for {@code K} pairs. <b>Unpaired</b> (periods of
 * different lengths): the model is {@code count ~ period}, fitted values {@code Y_p / K_p},
 * with {@code K_1 + K_2 − 2} degrees of freedom.
 *
 * <p>Cells with a fitted value of 0 (and so a count of 0) add nothing. φ = 1 for Poisson counts;
 * police monthly counts commonly give 1.5 or more.
 *
 * @param phi the dispersion, NaN when there are no residual degrees of freedom
 * @param df the residual degrees of freedom (0 when φ cannot be estimated)
 */
public record Dispersion(double phi, int df) {

    /**
     * Estimates the dispersion.
     *
     * @param current the current period's monthly counts, each at least 0
     * @param previous the previous period's monthly counts
     * @param paired true to pair month {@code i} of each period (the arrays must then be the same
     *     length)
     * @return φ and its degrees of freedom
     * @throws IllegalArgumentException when paired arrays differ in length or a count is negative
     */
    public static Dispersion of(long[] current, long[] previous, boolean paired) {
        double y1 = sum(current);
        double y2 = sum(previous);
        double chi = 0;
        int df;
        if (paired) {
            if (current.length != previous.length) {
                throw new IllegalArgumentException("paired periods must have as many months: "
                        + current.length + " and " + previous.length);
            }
            double n = y1 + y2;
            df = current.length - 1;
            for (int i = 0; i < current.length; i++) {
                double month = current[i] + previous[i];
                chi += pearson(current[i], n == 0 ? 0 : month * y1 / n);
                chi += pearson(previous[i], n == 0 ? 0 : month * y2 / n);
            }
        } else {
            df = current.length + previous.length - 2;
            for (long x : current) {
                chi += pearson(x, y1 / current.length);
            }
            for (long x : previous) {
                chi += pearson(x, y2 / previous.length);
            }
        }
        return df <= 0 ? new Dispersion(Double.NaN, 0) : new Dispersion(chi / df, df);
    }

    private static double pearson(long y, double mu) {
        return mu > 0 ? (y - mu) * (y - mu) / mu : 0;
    }

    private static double sum(long[] counts) {
        double s = 0;
        for (long x : counts) {
            if (x < 0) {
                throw new IllegalArgumentException("counts must not be negative but one was " + x);
            }
            s += x;
        }
        return s;
    }
}
