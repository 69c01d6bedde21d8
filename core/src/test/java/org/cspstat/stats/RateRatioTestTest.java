package org.cspstat.stats;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Reference values from R 4.2.2, {@code r <- poisson.test(c(a, b), T = c(t1, t2),
 * conf.level = cl)}, printed with {@code sprintf("%.15g", c(r$estimate, r$conf.int, r$p.value))}.
 * Each is checked to a relative error of 5e-7 (six significant figures).
 */
class RateRatioTestTest {

    private static final double SIX_FIGURES = 5e-7;

    private static void assertCloseTo(double expected, double actual, String what) {
        if (Double.isNaN(expected) || Double.isInfinite(expected) || expected == 0) {
            assertEquals(expected, actual, 0.0, what);
        } else {
            assertEquals(expected, actual, Math.abs(expected) * SIX_FIGURES, what);
        }
    }

    private static void assertMatchesR(RateComparison r, double estimate, double low, double high,
            double p) {
        assertAll(
                () -> assertCloseTo(estimate, r.rateRatio(), "rate ratio"),
                () -> assertCloseTo(low, r.low(), "low"),
                () -> assertCloseTo(high, r.high(), "high"),
                () -> assertCloseTo(p, r.pValue(), "p-value"));
    }

    @Test
    void matchesThePublishedCheckOfTwoAgainstNine() {
        // poisson.test(c(2, 9), T = c(17877, 16660)): 0.207094155743258,
        // CI 0.0217740627590647 1.00054910448772, p 0.0330942032059148 (DOMAIN.md: 0.02177-1.00055, 0.0331)
        assertMatchesR(RateRatioTest.of(2, 17877, 9, 16660),
                0.207094155743258, 0.0217740627590647, 1.00054910448772, 0.0330942032059148);
    }

    @Test
    void matchesRForOneHundredTwentyAgainstOneHundredOverNineMonths() {
        // poisson.test(c(120, 100), T = c(9, 9)): 1.2, CI 0.912605778346522 1.58074200702028,
        // p 0.200092229028271
        assertMatchesR(RateRatioTest.of(120, 9, 100, 9),
                1.2, 0.912605778346522, 1.58074200702028, 0.200092229028271);
    }

    @Test
    void matchesRForStevenageSizedMonthlyTotals() {
        // poisson.test(c(850, 790), T = c(1, 1)): 1.07594936708861,
        // CI 0.975467255922129 1.18688764030727, p 0.145120729562927
        assertMatchesR(RateRatioTest.of(850, 1, 790, 1),
                1.07594936708861, 0.975467255922129, 1.18688764030727, 0.145120729562927);
    }

    @Test
    void matchesRForSevenAgainstTwenty() {
        // poisson.test(c(7, 20), T = c(12, 12)): 0.35, CI 0.125042338944613 0.86167301224889,
        // p 0.0191572904586792
        assertMatchesR(RateRatioTest.of(7, 12, 20, 12),
                0.35, 0.125042338944613, 0.86167301224889, 0.0191572904586792);
    }

    @Test
    void matchesRForUnequalExposures() {
        // poisson.test(c(30, 12), T = c(3, 12)): 10, CI 4.97185254024861 21.4466739340311,
        // p 9.02243402455352e-13
        assertMatchesR(RateRatioTest.of(30, 3, 12, 12),
                10, 4.97185254024861, 21.4466739340311, 9.02243402455352e-13);
        // poisson.test(c(4, 25), T = c(1, 6)): 0.96, CI 0.24281316485602 2.7801529954473, p 1
        assertMatchesR(RateRatioTest.of(4, 1, 25, 6), 0.96, 0.24281316485602, 2.7801529954473, 1);
        // poisson.test(c(200, 5), T = c(7, 2)): 11.4285714285714,
        // CI 4.81652039199697 35.5818161005474, p 4.62684211303915e-16
        assertMatchesR(RateRatioTest.of(200, 7, 5, 2),
                11.4285714285714, 4.81652039199697, 35.5818161005474, 4.62684211303915e-16);
    }

    @Test
    void matchesRForLargeCountsWithASmallChange() {
        // poisson.test(c(3000, 2800), T = c(12, 12)): 1.07142857142857,
        // CI 1.01730475395018 1.12845808629889, p 0.00896943600119344
        assertMatchesR(RateRatioTest.of(3000, 12, 2800, 12),
                1.07142857142857, 1.01730475395018, 1.12845808629889, 0.00896943600119344);
        // poisson.test(c(1000, 1100), T = c(12, 12)): 0.909090909090909,
        // CI 0.833643013463276 0.991277911876285, p 0.0307207078642424
        assertMatchesR(RateRatioTest.of(1000, 12, 1100, 12),
                0.909090909090909, 0.833643013463276, 0.991277911876285, 0.0307207078642424);
        // poisson.test(c(48000, 52000), T = c(12, 12)): CI 0.911677160916060 0.934617801827850,
        // p 1.15309386667231e-36 (a county's year: the p-value's far tail has 10^5 outcomes)
        assertMatchesR(RateRatioTest.of(48000, 12, 52000, 12),
                48000.0 / 52000, 0.911677160916060, 0.934617801827850, 1.15309386667231e-36);
    }

    @Test
    void matchesRForTinyPValues() {
        // poisson.test(c(40, 2), T = c(1, 1)): 20, CI 5.1865124742832 170.826477301935,
        // p 4.11091605201365e-10
        assertMatchesR(RateRatioTest.of(40, 1, 2, 1),
                20, 5.1865124742832, 170.826477301935, 4.11091605201365e-10);
    }

    @Test
    void keepsTheDigitsOfIntervalsFarFromOne() {
        // poisson.test(c(1, 20000), T = c(1, 1)): 5e-05, CI 1.26582790901857e-06 0.000278614011091423
        RateComparison low = RateRatioTest.of(1, 1, 20000, 1);
        assertCloseTo(1.26582790901857e-06, low.low(), "low");
        assertCloseTo(0.000278614011091423, low.high(), "high");
        // poisson.test(c(5000, 1), T = c(1, 1)): 5000, CI 896.991116183764 197528.44891452
        RateComparison high = RateRatioTest.of(5000, 1, 1, 1);
        assertCloseTo(896.991116183764, high.low(), "low");
        assertCloseTo(197528.44891452, high.high(), "high");
        // R's p-value is 4.94065645841247e-324, the smallest double: an underflow
        assertTrue(high.pValue() < 1e-300, "p-value " + high.pValue());
    }

    @Test
    void matchesRForBalancedCounts() {
        // poisson.test(c(10, 10), T = c(1, 1)): 1, CI 0.373546846699366 2.67704040024947, p 1
        assertMatchesR(RateRatioTest.of(10, 1, 10, 1), 1, 0.373546846699366, 2.67704040024947, 1);
        // poisson.test(c(1, 1), T = c(1, 1)): 1, CI 0.0127393670836666 78.4968353162628, p 1
        assertMatchesR(RateRatioTest.of(1, 1, 1, 1), 1, 0.0127393670836666, 78.4968353162628, 1);
        // poisson.test(c(3, 1), T = c(1, 1)): 3, CI 0.240880227829262 157.492088274811, p 0.625
        assertMatchesR(RateRatioTest.of(3, 1, 1, 1), 3, 0.240880227829262, 157.492088274811, 0.625);
    }

    @Test
    void matchesRWhenTheCurrentCountIsZero() {
        // poisson.test(c(0, 5), T = c(1, 1)): 0, CI 0 1.09127910518255, p 0.0625
        assertMatchesR(RateRatioTest.of(0, 1, 5, 1), 0, 0, 1.09127910518255, 0.0625);
        // poisson.test(c(0, 3), T = c(2, 5)): 0, CI 0 6.04987973338348, p 0.56268221574344
        assertMatchesR(RateRatioTest.of(0, 2, 3, 5), 0, 0, 6.04987973338348, 0.56268221574344);
        // poisson.test(c(0, 1), T = c(1, 1)): 0, CI 0 39, p 1
        assertMatchesR(RateRatioTest.of(0, 1, 1, 1), 0, 0, 39, 1);
    }

    @Test
    void matchesRWhenThePreviousCountIsZero() {
        // poisson.test(c(5, 0), T = c(1, 1)): Inf, CI 0.91635585731546 Inf, p 0.0625
        assertMatchesR(RateRatioTest.of(5, 1, 0, 1),
                Double.POSITIVE_INFINITY, 0.91635585731546, Double.POSITIVE_INFINITY, 0.0625);
        // poisson.test(c(6, 0), T = c(9, 3)): Inf, CI 0.392474908574726 Inf, p 0.347412109375
        assertMatchesR(RateRatioTest.of(6, 9, 0, 3),
                Double.POSITIVE_INFINITY, 0.392474908574726, Double.POSITIVE_INFINITY, 0.347412109375);
        // poisson.test(c(1, 0), T = c(1, 1)): Inf, CI 0.0256410256410257 Inf, p 1
        assertMatchesR(RateRatioTest.of(1, 1, 0, 1),
                Double.POSITIVE_INFINITY, 0.0256410256410257, Double.POSITIVE_INFINITY, 1);
    }

    @Test
    void matchesRWhenBothCountsAreZero() {
        // poisson.test(c(0, 0), T = c(1, 1)): NaN, CI 0 Inf, p 1
        assertMatchesR(RateRatioTest.of(0, 1, 0, 1), Double.NaN, 0, Double.POSITIVE_INFINITY, 1);
    }

    @Test
    void matchesRAtOtherConfidenceLevels() {
        // poisson.test(c(2, 9), T = c(17877, 16660), conf.level = 0.9): 0.207094155743258,
        // CI 0.0321212226637536 0.826710920027201, p 0.0330942032059148
        assertMatchesR(RateRatioTest.of(2, 17877, 9, 16660, 0.9),
                0.207094155743258, 0.0321212226637536, 0.826710920027201, 0.0330942032059148);
        // poisson.test(c(120, 100), T = c(9, 9), conf.level = 0.99): 1.2,
        // CI 0.839904565447089 1.7203577357012, p 0.200092229028271
        assertMatchesR(RateRatioTest.of(120, 9, 100, 9, 0.99),
                1.2, 0.839904565447089, 1.7203577357012, 0.200092229028271);
        // poisson.test(c(0, 5), T = c(1, 1), conf.level = 0.9): CI 0 0.82056420302608
        assertMatchesR(RateRatioTest.of(0, 1, 5, 1, 0.9), 0, 0, 0.82056420302608, 0.0625);
        // poisson.test(c(5, 0), T = c(1, 1), conf.level = 0.9): CI 1.21867368368276 Inf
        assertMatchesR(RateRatioTest.of(5, 1, 0, 1, 0.9),
                Double.POSITIVE_INFINITY, 1.21867368368276, Double.POSITIVE_INFINITY, 0.0625);
    }

    @Test
    void recordsItsInputsAndLevel() {
        RateComparison r = RateRatioTest.of(7, 12, 20, 6);
        assertAll(
                () -> assertEquals(7, r.a()),
                () -> assertEquals(20, r.b()),
                () -> assertEquals(12.0, r.t1()),
                () -> assertEquals(6.0, r.t2()),
                () -> assertEquals(0.95, r.confidenceLevel()),
                () -> assertEquals(7.0 / 12, r.currentRate()),
                () -> assertEquals(20.0 / 6, r.previousRate()));
    }

    @Test
    void rejectsNegativeCounts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RateRatioTest.of(-1, 1, 5, 1));
        assertEquals("counts must not be negative but were -1 and 5", e.getMessage());
    }

    @Test
    void rejectsExposuresThatAreNotPositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RateRatioTest.of(1, 0, 5, 1));
        assertEquals("exposures must be finite and positive but were 0.0 and 1.0", e.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> RateRatioTest.of(1, 1, 5, Double.NaN));
        assertEquals("exposures must be finite and positive but were 1.0 and NaN", nan.getMessage());
    }

    @Test
    void rejectsAConfidenceLevelOutsideZeroToOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RateRatioTest.of(1, 1, 5, 1, 1.0));
        assertEquals("confidence level must be strictly between 0 and 1 but was 1.0", e.getMessage());
    }

    @Test
    void rejectsCountsTooLargeForTheBinomial() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RateRatioTest.of(Integer.MAX_VALUE, 1, 1, 1));
        assertEquals("a + b must not exceed 2147483647 but was 2147483648", e.getMessage());
    }
}
