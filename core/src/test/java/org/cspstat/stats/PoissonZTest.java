package org.cspstat.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PoissonZTest {

    @Test
    void scoresWheelersExampleOfTwentyFiveRobberiesAgainstSixteenAsTwo() {
        // Wheeler (2018): 2 * (sqrt(25) - sqrt(16)) = 2 * (5 - 4) = 2
        assertEquals(2.0, PoissonZ.of(25, 16).z(), 0.0);
        assertEquals(-2.0, PoissonZ.of(16, 25).z(), 0.0);
    }

    @Test
    void scoresAFallToZeroFromNineAsMinusSix() {
        // 2 * (0 - 3) = -6
        assertEquals(-6.0, PoissonZ.of(0, 9).z(), 0.0);
        assertEquals(Evidence.STRONG, PoissonZ.of(0, 9).evidence());
    }

    @Test
    void readsEvidenceWithStrictThresholdsOfTwoAndThree() {
        // 2 * (sqrt(25) - sqrt(16)) = 2 exactly: not above 2
        assertEquals(Evidence.NONE, PoissonZ.of(25, 16).evidence());
        // 2 * (sqrt(37) - 5) = 2 * (6.0827625 - 5) = 2.1655251
        assertEquals(2.1655251, PoissonZ.of(37, 25).z(), 1e-7);
        assertEquals(Evidence.WEAK, PoissonZ.of(37, 25).evidence());
        // 2 * (sqrt(49) - sqrt(25)) = 4
        assertEquals(Evidence.STRONG, PoissonZ.of(49, 25).evidence());
        assertEquals(Evidence.WEAK, Evidence.of(3.0));
        assertEquals(Evidence.STRONG, Evidence.of(-3.0000001));
        assertEquals(Evidence.WEAK, Evidence.of(-2.5));
        assertEquals(Evidence.NONE, Evidence.of(Double.NaN));
    }

    @Test
    void describesEvidenceInWords() {
        assertEquals("no clear evidence", Evidence.NONE.words());
        assertEquals("weak evidence", Evidence.WEAK.words());
        assertEquals("strong evidence", Evidence.STRONG.words());
    }

    @Test
    void rejectsNegativeCounts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PoissonZ.of(3, -1));
        assertEquals("counts must not be negative but were 3 and -1", e.getMessage());
    }
}
