package org.cspstat.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VerdictTest {

    @Test
    void callsASignificantRiseAnIncreaseAndASignificantFallADecrease() {
        assertEquals(Verdict.SIGNIFICANT_INCREASE, Verdict.of(1.2, 0.01, 0.05));
        assertEquals(Verdict.SIGNIFICANT_DECREASE, Verdict.of(0.5, 0.01, 0.05));
    }

    @Test
    void treatsAnInfiniteRatioAsAnIncreaseAndZeroAsADecrease() {
        assertEquals(Verdict.SIGNIFICANT_INCREASE, Verdict.of(Double.POSITIVE_INFINITY, 0.001, 0.05));
        assertEquals(Verdict.SIGNIFICANT_DECREASE, Verdict.of(0.0, 0.001, 0.05));
    }

    @Test
    void needsThePValueStrictlyBelowAlpha() {
        assertEquals(Verdict.NO_CLEAR_CHANGE, Verdict.of(1.2, 0.05, 0.05));
        assertEquals(Verdict.SIGNIFICANT_INCREASE, Verdict.of(1.2, 0.0499, 0.05));
    }

    @Test
    void seesNoClearChangeWhenUndefinedOrUnchanged() {
        assertEquals(Verdict.NO_CLEAR_CHANGE, Verdict.of(Double.NaN, 0.001, 0.05));
        assertEquals(Verdict.NO_CLEAR_CHANGE, Verdict.of(1.0, 0.001, 0.05));
        assertEquals(Verdict.NO_CLEAR_CHANGE, Verdict.of(2.0, Double.NaN, 0.05));
    }

    @Test
    void speaksInWords() {
        assertEquals("significant increase", Verdict.SIGNIFICANT_INCREASE.words());
        assertEquals("significant decrease", Verdict.SIGNIFICANT_DECREASE.words());
        assertEquals("no clear change", Verdict.NO_CLEAR_CHANGE.words());
    }

    @Test
    void rejectsAnAlphaOutsideZeroToOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Verdict.of(1.2, 0.01, 0.0));
        assertEquals("alpha must be strictly between 0 and 1 but was 0.0", e.getMessage());
    }
}
