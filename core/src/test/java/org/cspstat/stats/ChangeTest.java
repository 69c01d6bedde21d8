package org.cspstat.stats;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChangeTest {

    @Test
    void reportsCountsDifferencePercentageAndTheExactTest() {
        Change c = Change.of(120, 100);
        // poisson.test(c(120, 100), T = c(1, 1)): 1.2, CI 0.912605778346522 1.58074200702028,
        // p 0.200092229028271; z = 2 * (sqrt(120) - 10) = 1.908902300206644
        assertAll(
                () -> assertEquals(120, c.current()),
                () -> assertEquals(100, c.previous()),
                () -> assertEquals(20, c.change()),
                () -> assertEquals(20.0, c.percentChange(), 1e-12),
                () -> assertEquals(1.2, c.comparison().rateRatio(), 1e-12),
                () -> assertEquals(0.912605778346522, c.comparison().low(), 5e-7),
                () -> assertEquals(0.200092229028271, c.comparison().pValue(), 1e-7),
                () -> assertEquals(1.908902300206644, c.zScore().z(), 1e-12),
                () -> assertEquals(Evidence.NONE, c.zScore().evidence()));
    }

    @Test
    void reportsAFallAsNegative() {
        Change c = Change.of(7, 20);
        // 100 * (7 - 20) / 20 = -65; z = 2 * (sqrt(7) - sqrt(20)) = -3.652769
        assertEquals(-13, c.change());
        assertEquals(-65.0, c.percentChange(), 1e-12);
        assertEquals(-3.652769, c.zScore().z(), 1e-6);
        assertEquals(Evidence.STRONG, c.zScore().evidence());
    }

    @Test
    void leavesThePercentageUndefinedAndCallsItNewWhenThereWereNoneBefore() {
        Change c = Change.of(5, 0);
        assertTrue(Double.isNaN(c.percentChange()));
        assertTrue(c.isNew());
        assertEquals(5, c.change());
    }

    @Test
    void isNeitherNewNorDefinedWhenBothCountsAreZero() {
        Change c = Change.of(0, 0);
        assertTrue(Double.isNaN(c.percentChange()));
        assertFalse(c.isNew());
        assertEquals(0.0, c.zScore().z(), 0.0);
        assertEquals(Verdict.NO_CLEAR_CHANGE, c.verdict(c.comparison().pValue(), 0.05));
    }

    @Test
    void leavesTheZScoreUndefinedForUnequalExposures() {
        Change c = new Change(RateRatioTest.of(30, 3, 12, 12));
        assertTrue(Double.isNaN(c.zScore().z()));
        assertEquals(Evidence.NONE, c.zScore().evidence());
    }

    @Test
    void givesItsVerdictFromTheAdjustedPValue() {
        // p-values from R (see RateRatioTestTest): 7 v 20 0.0191572904586792,
        // 120 v 100 0.200092229028271, 2 v 9 (T 17877, 16660) 0.0330942032059148.
        Change fall = Change.of(7, 20);
        Change rise = Change.of(120, 100);
        Change few = new Change(RateRatioTest.of(2, 17877, 9, 16660));
        assertEquals(Verdict.SIGNIFICANT_DECREASE, fall.verdict(fall.comparison().pValue(), 0.05));
        // Holm by hand: 3 * 0.01916 = 0.05747, max(0.05747, 2 * 0.03309) = 0.06619, 0.2001;
        // R: p.adjust(c(0.0191572904586792, 0.200092229028271, 0.0330942032059148), "holm")
        //    = 0.0574718713760376 0.2000922290282710 0.0661884064118296
        double[] adjusted = MultipleComparisons.HOLM.adjust(new double[] {
            fall.comparison().pValue(), rise.comparison().pValue(), few.comparison().pValue()});
        assertEquals(0.0574718713760376, adjusted[0], 1e-9);
        assertEquals(0.0661884064118296, adjusted[2], 1e-9);
        assertEquals(Verdict.NO_CLEAR_CHANGE, fall.verdict(adjusted[0], 0.05));
        assertEquals(Verdict.NO_CLEAR_CHANGE, few.verdict(adjusted[2], 0.05));
    }

    @Test
    void rejectsAMissingComparison() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new Change(null));
        assertEquals("comparison must not be null", e.getMessage());
    }
}
