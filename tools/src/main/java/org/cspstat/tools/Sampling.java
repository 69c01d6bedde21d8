package org.cspstat.tools;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Random draws used by the generators: Poisson counts, weighted choices, Gaussian noise. */
final class Sampling {

    private Sampling() {
    }

    /**
     * Draws a Poisson count by Knuth's multiplication method, splitting large means into parts
     * of at most 30 (a sum of independent Poisson counts is Poisson with the summed mean).
     */
    static int poisson(SplittableRandom rng, double mean) {
        if (!(mean >= 0)) {
            throw new IllegalArgumentException("mean must be >= 0 but was " + mean);
        }
        int total = 0;
        double left = mean;
        while (left > 0) {
            double part = Math.min(left, 30.0);
            left -= part;
            double limit = Math.exp(-part);
            double product = rng.nextDouble();
            while (product > limit) {
                total++;
                product *= rng.nextDouble();
            }
        }
        return total;
    }

    /** Cumulative sums of non-negative weights, for {@link #choose}. */
    static double[] cumulative(double[] weights) {
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("weights must have a positive sum");
        }
        return cumulative;
    }

    /** Index drawn with probability proportional to its weight, from cumulative weights. */
    static int choose(SplittableRandom rng, double[] cumulative) {
        double u = rng.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, u);
        int index = i >= 0 ? i + 1 : -i - 1;
        return Math.min(index, cumulative.length - 1);
    }

    /** A standard normal draw (Box–Muller). */
    static double gaussian(SplittableRandom rng) {
        double u = 1.0 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    /** A 64-character lower-case hex string, like a police.uk Crime ID. */
    static String hex64(SplittableRandom rng) {
        StringBuilder id = new StringBuilder(64);
        for (int i = 0; i < 4; i++) {
            String part = Long.toHexString(rng.nextLong());
            id.append("0".repeat(16 - part.length())).append(part);
        }
        return id.toString();
    }
}
