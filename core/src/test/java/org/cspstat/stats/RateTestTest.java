package org.cspstat.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/**
 * The test behind the verdicts against R. The quasi-Poisson figures come from this R script
 * (R 4.2, stats::glm fitted to convergence with {@code control = glm.control(epsilon = 1e-15, maxit = 200)};
 * at R's default tolerance of 1e-8 the dispersion is off in the fifth digit), also in docs/stats.md:
 *
 * <pre>
 * ctl &lt;- glm.control(epsilon = 1e-15, maxit = 200)
 * qp &lt;- function(y1, y2, paired = TRUE, level = 0.95) {
 *   period &lt;- factor(c(rep("cur", length(y1)), rep("prev", length(y2))), levels = c("prev", "cur"))
 *   m &lt;- if (paired) glm(c(y1, y2) ~ factor(c(seq_along(y1), seq_along(y2))) + period, family = quasipoisson, control = ctl)
 *        else glm(c(y1, y2) ~ period, family = quasipoisson, control = ctl)
 *   s &lt;- summary(m); co &lt;- coef(s)["periodcur", ]; q &lt;- qt(1 - (1 - level) / 2, m$df.residual)
 *   a &lt;- sum(y1); b &lt;- sum(y2); n &lt;- a + b; p0 &lt;- length(y1) / (length(y1) + length(y2))
 *   central &lt;- min(1, 2 * min(pbinom(a, n, p0), pbinom(a - 1, n, p0, lower.tail = FALSE)))
 *   c(phi = s$dispersion, df = m$df.residual, p = co[4], lo = exp(co[1] - q * co[2]),
 *     hi = exp(co[1] + q * co[2]), central = central,
 *     poisson.test(c(a, b), T = c(length(y1), length(y2)), conf.level = level)$conf.int)
 * }
 * </pre>
 */
class RateTestTest {
    static final long[] Y1 = {30, 65, 18, 52, 40, 81, 25, 44, 58, 50, 19, 47};
    static final long[] Y2 = {25, 30, 43, 41, 18, 39, 30, 56, 26, 44, 31, 35};

    @Test
    void pairedOverDispersedMonthsMatchRQuasiPoisson() {
        // qp(Y1, Y2): phi 4.98066658373 df 11 p 0.135148611299 lo 0.917642166316 hi 1.74536160915
        //             central 0.000345912721401, poisson.test conf.int 1.11109175085 1.44221275363
        RateTest t = RateTest.of(Y1, Y2, true, 1);
        assertEquals(4.98066658373, t.dispersion(), 1e-8);
        assertEquals(11, t.df());
        assertEquals(RateTest.Method.QUASI_POISSON, t.method());
        assertEquals(0.135148611299, t.quasiP(), 1e-10);
        assertEquals(0.000345912721401, t.exactCentralP(), 1e-13);
        // never less cautious than the exact test: the larger p, the hull of the intervals
        assertEquals(0.135148611299, t.pValue(), 1e-10);
        double[] ci = t.interval(0.95);
        assertEquals(0.917642166316, ci[0], 1e-9);
        assertEquals(1.74536160915, ci[1], 1e-9);
        // qp(Y1, Y2, level = 1 - 0.05 / 3): lo 0.838316095278 hi 1.91051730612
        double[] wide = t.interval(1 - 0.05 / 3);
        assertEquals(0.838316095278, wide[0], 1e-9);
        assertEquals(1.91051730612, wide[1], 1e-9);
    }

    @Test
    void unpairedPeriodsMatchRQuasiPoissonWithoutTheMonthTerm() {
        // qp(c(12, 3, 9, 15, 4), c(6, 8, 2, 9, 1, 7, 3), paired = FALSE):
        //   phi 2.36770026593 df 10 p 0.169906628899 lo 0.770767547231 hi 3.62797729424
        //   central 0.0298507564999, poisson.test conf.int 1.04895465942 2.67995399655
        RateTest t = RateTest.of(new long[] {12, 3, 9, 15, 4}, new long[] {6, 8, 2, 9, 1, 7, 3}, false, 1);
        assertEquals(2.36770026593, t.dispersion(), 1e-7);
        assertEquals(10, t.df());
        assertEquals(0.0298507564999, t.exactCentralP(), 1e-12);
        assertEquals(0.169906628899, t.pValue(), 1e-10);
        double[] ci = t.interval(0.95);
        assertEquals(0.770767547231, ci[0], 1e-9);
        assertEquals(3.62797729424, ci[1], 1e-9);
    }

    @Test
    void underDispersedMonthsUseTheExactTest() {
        // qp(c(30,45,28,52,40,61,35,44,38,50,29,47), c(25,30,33,41,28,39,30,36,26,44,31,35)):
        //   phi 0.588470748585 (< 1), central 0.000831576384114, conf.int 1.09682584272 1.43390709738
        RateTest t = RateTest.of(new long[] {30, 45, 28, 52, 40, 61, 35, 44, 38, 50, 29, 47},
                new long[] {25, 30, 33, 41, 28, 39, 30, 36, 26, 44, 31, 35}, true, 1);
        assertEquals(0.588470748585, t.dispersion(), 1e-8);
        assertEquals(RateTest.Method.EXACT_POISSON, t.method());
        assertEquals(0.000831576384114, t.pValue(), 1e-13);
        assertEquals(1.09682584272, t.interval(0.95)[0], 1e-9);
        assertEquals(1.43390709738, t.interval(0.95)[1], 1e-9);
    }

    @Test
    void fiveAgainstZeroIsNotSignificant() {
        // 2 * 0.5^5 = 0.0625 (R: poisson.test(c(5, 0))$p.value = 0.0625), though 2(sqrt 5 - 0) = 4.47
        RateTest t = RateTest.exact(5, 1, 0, 1);
        assertEquals(0.0625, t.pValue(), 1e-15);
        assertTrue(t.interval(0.95)[0] < 1);
        assertEquals(4.47, PoissonZ.of(5, 0).z(), 0.01);
    }

    @Test
    void theIntervalExcludesOneExactlyWhenPIsBelowOneMinusTheLevel() {
        qt().withExamples(400).forAll(integers().between(0, 300), integers().between(0, 300),
                integers().between(0, 40), doubles().between(0.5, 0.9999))
                .assuming((a, b, spread, level) -> a + b > 0)
                .checkAssert((a, b, spread, level) -> {
                    // months around a's and b's means, spread to make some rows over-dispersed
                    long[] y1 = new long[6];
                    long[] y2 = new long[6];
                    for (int i = 0; i < 6; i++) {
                        y1[i] = Math.max(0, a / 6 + (i % 2 == 0 ? spread : -spread) * (i + 1) / 6);
                        y2[i] = Math.max(0, b / 6 + (i % 3 == 0 ? -spread : spread) * (i + 1) / 6);
                    }
                    RateTest t = RateTest.of(y1, y2, true, 1);
                    if (t.isEmpty()) {
                        return;
                    }
                    double[] ci = t.interval(level);
                    boolean excludes = ci[0] > 1 || ci[1] < 1;
                    assertEquals(t.pValue() < 1 - level, excludes, () -> t + " at " + level + ": p " + t.pValue()
                            + " interval " + ci[0] + "–" + ci[1]);
                });
    }
}
