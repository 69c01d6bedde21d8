package org.cspstat.trend;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.special.Gamma;

/**
 * The distribution of a count {@code D ~ Poisson(m)} whose mean is itself uncertain,
 * {@code log m ~ Normal(mu, sigma²)}: the Poisson–log-normal mixture. Its distribution function
 * is {@code F(d) = E[P(Poisson(m) ≤ d)]}, the expectation taken over {@code m} by Gauss–Hermite
 * quadrature, where {@code P(Poisson(m) ≤ d) = Q(d + 1, m)}, the regularised upper incomplete
 * gamma function.
 */
final class PoissonLogNormal {
    private static final int NODES = 40;
    private static final double[] POINTS = new double[NODES];
    private static final double[] WEIGHTS = new double[NODES];

    static {
        GaussIntegrator rule = new GaussIntegratorFactory().hermite(NODES);
        for (int i = 0; i < NODES; i++) {
            // ∫ e^{-x²} f(x) dx ≈ Σ w_i f(x_i); for Z ~ N(0, 1), E[g(Z)] = Σ (w_i/√π) g(√2·x_i)
            POINTS[i] = Math.sqrt(2.0) * rule.getPoint(i);
            WEIGHTS[i] = rule.getWeight(i) / Math.sqrt(Math.PI);
        }
    }

    private final double[] means = new double[NODES];

    /**
     * @param mu the mean of {@code log m}
     * @param sigma the standard deviation of {@code log m}, at least 0
     */
    PoissonLogNormal(double mu, double sigma) {
        if (!(Double.isFinite(mu) && Double.isFinite(sigma) && sigma >= 0)) {
            throw new IllegalArgumentException("mu and sigma must be finite, sigma >= 0, but were " + mu + ", " + sigma);
        }
        for (int i = 0; i < NODES; i++) {
            means[i] = Math.exp(mu + sigma * POINTS[i]);
        }
    }

    /**
     * @param d a count, at least 0
     * @return {@code P(D ≤ d)}
     */
    double cumulativeProbability(long d) {
        double sum = 0;
        for (int i = 0; i < NODES; i++) {
            if (WEIGHTS[i] > 1e-14) {
                sum += WEIGHTS[i] * Gamma.regularizedGammaQ(d + 1.0, means[i]);
            }
        }
        return sum;
    }

    /**
     * @param p a probability strictly between 0 and 1
     * @return the smallest count {@code d ≥ 0} with {@code P(D ≤ d) ≥ p}
     */
    long quantile(double p) {
        if (cumulativeProbability(0) >= p) {
            return 0;
        }
        long low = 0; // P(D ≤ low) < p
        long high = 1;
        while (cumulativeProbability(high) < p) {
            low = high;
            high *= 2;
        }
        while (high - low > 1) {
            long mid = low + (high - low) / 2;
            if (cumulativeProbability(mid) >= p) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }
}
