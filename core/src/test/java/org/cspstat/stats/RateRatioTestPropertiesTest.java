package org.cspstat.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/** Laws of the exact rate-ratio test that hold for any counts and exposures. */
class RateRatioTestPropertiesTest {

    /** Equal within a relative tolerance; NaN equals NaN and infinities must match exactly. */
    private static void assertRelative(double expected, double actual, double relative) {
        if (Double.isNaN(expected) || Double.isInfinite(expected) || expected == 0) {
            assertEquals(expected, actual, 0.0);
        } else {
            assertEquals(expected, actual, Math.abs(expected) * relative);
        }
    }

    @Test
    void swappingCurrentAndPreviousInvertsTheRatioAndKeepsThePValue() {
        qt().withExamples(300).forAll(integers().between(0, 400), integers().between(0, 400),
                integers().between(1, 24), integers().between(1, 24))
                .checkAssert((a, b, t1, t2) -> {
                    RateComparison forward = RateRatioTest.of(a, t1, b, t2);
                    RateComparison back = RateRatioTest.of(b, t2, a, t1);
                    assertRelative(1 / forward.rateRatio(), back.rateRatio(), 1e-12);
                    assertRelative(1 / forward.high(), back.low(), 1e-12);
                    assertRelative(1 / forward.low(), back.high(), 1e-12);
                    assertRelative(forward.pValue(), back.pValue(), 1e-9);
                });
    }

    @Test
    void theIntervalContainsTheRateRatio() {
        qt().withExamples(300).forAll(integers().between(0, 400), integers().between(0, 400),
                integers().between(1, 24), integers().between(1, 24))
                .assuming((a, b, t1, t2) -> a + b > 0)
                .checkAssert((a, b, t1, t2) -> {
                    RateComparison r = RateRatioTest.of(a, t1, b, t2);
                    assertTrue(r.low() <= r.rateRatio() && r.rateRatio() <= r.high(), r::toString);
                    assertTrue(r.pValue() >= 0 && r.pValue() <= 1, r::toString);
                });
    }

    @Test
    void aHigherConfidenceLevelWidensTheInterval() {
        qt().withExamples(200).forAll(integers().between(1, 300), integers().between(1, 300))
                .checkAssert((a, b) -> {
                    RateComparison narrow = RateRatioTest.of(a, 1, b, 1, 0.9);
                    RateComparison wide = RateRatioTest.of(a, 1, b, 1, 0.99);
                    assertTrue(wide.low() < narrow.low() && narrow.high() < wide.high(),
                            () -> narrow + " / " + wide);
                });
    }
}
