package org.cspstat.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Calibration on synthetic over-dispersed counts with no real change: two years of monthly counts
 * from a gamma–Poisson (negative binomial) model with a seasonal pattern and the same mean in both
 * years. About 5% of rows should have p &lt; 0.05, and at most 8%; the exact Poisson test alone
 * finds far more. The real-data placebo is {@link PlaceboRealDataTest}; both are in docs/stats.md.
 */
class PlaceboCalibrationTest {

    /** A Poisson draw (inversion for small means, normal approximation with continuity beyond 500). */
    static int poisson(Random random, double mean) {
        if (mean > 500) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double l = Math.exp(-mean);
        int k = 0;
        double p = random.nextDouble();
        while (p > l) {
            k++;
            p *= random.nextDouble();
        }
        return k;
    }

    /** A Gamma(shape, 1) draw (Marsaglia and Tsang). */
    static double gamma(Random random, double shape) {
        if (shape < 1) {
            return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = Math.pow(1 + c * x, 3);
            if (v > 0 && Math.log(random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    @Test
    void overDispersedCountsWithoutChangeGiveAboutFivePercentSignificant() {
        Random random = new Random(20261201);
        int rows = 4000;
        int quasi = 0;
        int exact = 0;
        for (int row = 0; row < rows; row++) {
            double level = Math.exp(Math.log(2) + random.nextDouble() * Math.log(300)); // 2 to 600 a month
            double size = 2 + 40 * random.nextDouble(); // NB size: variance = mu + mu^2 / size
            double amplitude = 0.4 * random.nextDouble();
            long[] current = new long[12];
            long[] previous = new long[12];
            for (int m = 0; m < 12; m++) {
                double mu = level * (1 + amplitude * Math.cos(2 * Math.PI * m / 12));
                current[m] = poisson(random, mu * gamma(random, size) / size);
                previous[m] = poisson(random, mu * gamma(random, size) / size);
            }
            RateTest t = RateTest.of(current, previous, true, 1);
            if (t.isEmpty()) {
                continue;
            }
            quasi += t.pValue() < 0.05 ? 1 : 0;
            exact += t.exactCentralP() < 0.05 ? 1 : 0;
        }
        double q = (double) quasi / rows;
        double e = (double) exact / rows;
        System.out.printf("synthetic placebo: %d rows, p<0.05: allowing for dispersion %.3f, exact Poisson alone %.3f%n",
                rows, q, e);
        assertTrue(q <= 0.08 && q >= 0.02, "share significant " + q);
        assertTrue(e > 0.15, "the exact test alone should be far too eager here: " + e);
    }

    @Test
    void poissonCountsWithoutChangeStayAtOrBelowFivePercent() {
        Random random = new Random(7);
        int rows = 3000;
        int quasi = 0;
        for (int row = 0; row < rows; row++) {
            double level = 1 + 200 * random.nextDouble();
            long[] current = new long[12];
            long[] previous = new long[12];
            for (int m = 0; m < 12; m++) {
                current[m] = poisson(random, level);
                previous[m] = poisson(random, level);
            }
            quasi += RateTest.of(current, previous, true, 1).pValue() < 0.05 ? 1 : 0;
        }
        double q = (double) quasi / rows;
        System.out.printf("Poisson placebo: %d rows, p<0.05: %.3f%n", rows, q);
        assertTrue(q <= 0.06, "share significant " + q);
    }
}
