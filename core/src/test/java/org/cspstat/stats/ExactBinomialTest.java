package org.cspstat.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

/**
 * The two-sided binomial p-value found by bisection: the same as R's definition, which counts the
 * outcomes one by one, and the same as R at national-scale counts.
 */
class ExactBinomialTest {

    /** R's {@code binom.test} p-value, literally: every outcome on the far side of the mean is looked at. */
    private static double byCounting(int x, int n, double p) {
        double m = n * p;
        if (x == m) {
            return 1.0;
        }
        BinomialDistribution binomial = new BinomialDistribution(null, n, p);
        double d = binomial.probability(x) * ExactBinomial.RELATIVE_ERROR;
        double total;
        if (x < m) {
            int y = 0;
            for (long i = (long) Math.ceil(m); i <= n; i++) {
                if (binomial.probability((int) i) <= d) {
                    y++;
                }
            }
            total = ExactBinomial.atMost(x, n, p) + ExactBinomial.atLeast((long) n - y + 1, n, p);
        } else {
            int y = 0;
            for (int i = 0; i <= (int) Math.floor(m); i++) {
                if (binomial.probability(i) <= d) {
                    y++;
                }
            }
            total = ExactBinomial.atMost(y - 1, n, p) + ExactBinomial.atLeast(x, n, p);
        }
        return Math.min(1.0, total);
    }

    @Test
    void bisectionGivesTheSameValueAsCountingEveryOutcome() {
        qt().withExamples(2000).forAll(integers().between(0, 3000), integers().between(0, 3000),
                doubles().between(0.02, 0.98))
                .assuming((x, rest, p) -> x + rest > 0)
                .checkAssert((x, rest, p) -> {
                    int n = x + rest;
                    assertEquals(byCounting(x, n, p), ExactBinomial.twoSidedP(x, n, p), 0.0,
                            "x=" + x + " n=" + n + " p=" + p);
                });
    }

    @Test
    void theTailsAtTheEdgesOfTheRange() {
        for (int n : new int[] {1, 2, 3, 10, 11}) {
            for (int x = 0; x <= n; x++) {
                for (double p : new double[] {0.5, 1.0 / 3, 0.9, 0.1, 11.0 / 23}) {
                    assertEquals(byCounting(x, n, p), ExactBinomial.twoSidedP(x, n, p), 0.0,
                            "x=" + x + " n=" + n + " p=" + p);
                }
            }
        }
    }

    @Test
    void nationalScaleCountsMatchR() {
        // R 4.2.2: r <- poisson.test(c(a, b), T = c(t1, t2)); r$p.value, r$conf.int
        check(612345, 12, 640321, 12, 6.75777710380276e-138, 0.952963547438964, 0.959666962082221);
        check(1203, 12, 1187, 12, 0.758983118018329, 0.934607237049183, 1.09901971023881);
        check(98000, 12, 101500, 11, 1.08697970293172e-163, 0.87731387980436, 0.892869112417022);
        check(15, 1, 2, 3, 7.42729753255846e-08, 5.23250431658043, 202.770958465415);
        // poisson.test(c(250000, 230000), T = c(11, 12)): p 1.97626258336499e-323 (subnormal), CI 1.17907016245442 1.1925098126248
        RateComparison r = RateRatioTest.of(250000, 11, 230000, 12);
        assertTrue(r.pValue() < 1e-300, "p " + r.pValue());
        assertEquals(1.17907016245442, r.low(), 1.17907016245442 * 1e-7);
        assertEquals(1.1925098126248, r.high(), 1.1925098126248 * 1e-7);
    }

    private static void check(int a, double t1, int b, double t2, double p, double low, double high) {
        RateComparison r = RateRatioTest.of(a, t1, b, t2);
        assertEquals(p, r.pValue(), p * 1e-6, "p");
        assertEquals(low, r.low(), low * 1e-7, "low");
        assertEquals(high, r.high(), high * 1e-7, "high");
    }

    /** The general root finder this replaced: Commons Math's Beta inverse with its solver at full accuracy. */
    private static double commonsQuantile(double p, double a, double b) {
        return new org.apache.commons.math3.distribution.BetaDistribution(null, a, b, 1e-300)
                .inverseCumulativeProbability(p);
    }

    @Test
    void betaQuantilesAgreeWithCommonsMathsSolverAtEveryScale() {
        double[] probabilities = {0.0005, 0.005, 0.025, 0.05, 0.5, 0.95, 0.975, 0.995, 0.9995};
        qt().withExamples(3000).forAll(integers().between(0, 60), integers().between(0, 60),
                integers().between(0, probabilities.length - 1))
                .checkAssert((i, j, k) -> {
                    // counts from 1 to about 10 million on a log scale, and the +1 of Clopper-Pearson
                    double a = Math.floor(Math.pow(10, i / 8.5)) + (i % 2);
                    double b = Math.floor(Math.pow(10, j / 8.5)) + (j % 3 == 0 ? 1 : 0);
                    double expected = commonsQuantile(probabilities[k], a, b);
                    double actual = ExactBinomial.betaQuantile(probabilities[k], a, b);
                    assertEquals(expected, actual, Math.abs(expected) * 1e-9, "p=" + probabilities[k] + " a=" + a + " b=" + b);
                });
    }

    @Test
    void betaQuantilesAgreeWithR() {
        // R 4.2.2: qbeta(p, a, b)
        assertEquals(0.025, ExactBinomial.betaQuantile(0.025, 1, 1), 1e-15);
        assertEquals(0.956728131707258, ExactBinomial.betaQuantile(0.975, 5, 2), 0.956728131707258 * 1e-12);
        assertEquals(2.53178076637942e-08, ExactBinomial.betaQuantile(0.025, 1, 1e6), 2.53178076637942e-08 * 1e-9);
        assertEquals(0.487957672680907, ExactBinomial.betaQuantile(0.025, 612345, 640322), 0.487957672680907 * 1e-12);
    }
}
