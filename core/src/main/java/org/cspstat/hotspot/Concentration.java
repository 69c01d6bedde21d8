package org.cspstat.hotspot;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How concentrated incidents are among areas ("crime concentrates at few places"): the Gini
 * coefficient, the share of incidents in the top 5% and 10% of areas, and the Lorenz curve.
 *
 * <p>With the n area counts sorted ascending, x_(1) ≤ … ≤ x_(n), and total T, the Gini
 * coefficient is {@code G = 2·Σ i·x_(i) / (n·T) − (n + 1)/n}, which equals the mean absolute
 * difference over all ordered pairs divided by twice the mean (R {@code ineq::Gini}, without a
 * small-sample correction): 0 when every area has the same count, (n − 1)/n when one area has
 * them all. The top p share is the share of incidents in the {@code k = ceil(p·n)} areas with the
 * largest counts (at least one area). The Lorenz curve has n + 1 points, from (0, 0) through
 * (i/n, cumulative share of the i smallest areas) to (1, 1). Areas with no incidents must be
 * included for these figures to mean anything.
 *
 * @param areas the number of areas n
 * @param incidents the total T
 * @param gini the Gini coefficient; NaN when T is 0
 * @param top5Areas k for the top 5%, {@code ceil(0.05·n)}
 * @param top5Share share of incidents in the top 5% of areas; NaN when T is 0
 * @param top10Areas k for the top 10%, {@code ceil(0.10·n)}
 * @param top10Share share of incidents in the top 10% of areas; NaN when T is 0
 * @param lorenz the Lorenz curve points; empty when T is 0
 */
public record Concentration(int areas, long incidents, double gini, int top5Areas,
        double top5Share, int top10Areas, double top10Share, List<LorenzPoint> lorenz) {

    /**
     * A point of the Lorenz curve.
     *
     * @param areaShare the share of areas, smallest counts first
     * @param incidentShare the share of incidents in those areas
     */
    public record LorenzPoint(double areaShare, double incidentShare) {
    }

    /**
     * Validates the record and copies the curve.
     *
     * @param areas the number of areas n
     * @param incidents the total T
     * @param gini the Gini coefficient; NaN when T is 0
     * @param top5Areas k for the top 5%, {@code ceil(0.05·n)}
     * @param top5Share share of incidents in the top 5% of areas; NaN when T is 0
     * @param top10Areas k for the top 10%, {@code ceil(0.10·n)}
     * @param top10Share share of incidents in the top 10% of areas; NaN when T is 0
     * @param lorenz the Lorenz curve points; empty when T is 0
     * @throws NullPointerException when the curve is null
     */
    public Concentration {
        lorenz = List.copyOf(requireNonNull(lorenz, "lorenz must not be null"));
    }

    /**
     * Measures the concentration of counts among areas.
     *
     * @param counts the count of each area, zeros included, at least one area
     * @return the measures
     * @throws IllegalArgumentException when there are no areas or a count is negative
     */
    public static Concentration of(long[] counts) {
        int n = counts.length;
        if (n == 0) {
            throw new IllegalArgumentException("concentration needs at least one area");
        }
        long[] sorted = counts.clone();
        Arrays.sort(sorted);
        if (sorted[0] < 0) {
            throw new IllegalArgumentException("counts must be >= 0 but found " + sorted[0]);
        }
        long total = 0;
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            total += sorted[i];
            weighted += (i + 1.0) * sorted[i];
        }
        int k5 = topAreas(0.05, n);
        int k10 = topAreas(0.10, n);
        if (total == 0) {
            return new Concentration(n, 0, Double.NaN, k5, Double.NaN, k10, Double.NaN, List.of());
        }
        double gini = 2 * weighted / ((double) n * total) - (n + 1.0) / n;
        List<LorenzPoint> curve = new ArrayList<>(n + 1);
        curve.add(new LorenzPoint(0, 0));
        long cumulative = 0;
        for (int i = 0; i < n; i++) {
            cumulative += sorted[i];
            curve.add(new LorenzPoint((i + 1.0) / n, (double) cumulative / total));
        }
        return new Concentration(n, total, gini, k5, topShare(sorted, k5, total), k10,
                topShare(sorted, k10, total), curve);
    }

    private static int topAreas(double share, int n) {
        return Math.max(1, (int) Math.ceil(share * n - 1e-9));
    }

    private static double topShare(long[] sorted, int k, long total) {
        long top = 0;
        for (int i = sorted.length - k; i < sorted.length; i++) {
            top += sorted[i];
        }
        return (double) top / total;
    }
}
