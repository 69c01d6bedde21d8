package org.cspstat.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MultipleComparisonsTest {

    // Reference: R 4.x, p <- c(0.01, 0.04, 0.03, 0.005, 0.2)
    // p.adjust(p, "holm") = 0.040 0.090 0.090 0.025 0.200
    // p.adjust(p, "BH")   = 0.0250000 0.0500000 0.0500000 0.0250000 0.2000000
    private static final double[] P = {0.01, 0.04, 0.03, 0.005, 0.2};

    @Test
    void holmMatchesR() {
        assertArrayEquals(new double[] {0.04, 0.09, 0.09, 0.025, 0.2},
                MultipleComparisons.HOLM.adjust(P), 1e-12);
    }

    @Test
    void benjaminiHochbergMatchesR() {
        assertArrayEquals(new double[] {0.025, 0.05, 0.05, 0.025, 0.2},
                MultipleComparisons.BENJAMINI_HOCHBERG.adjust(P), 1e-12);
    }

    @Test
    void undefinedValuesStayUndefinedAndDoNotCount() {
        double[] adjusted = MultipleComparisons.HOLM.adjust(new double[] {0.01, Double.NaN, 0.02});
        assertArrayEquals(new double[] {0.02, Double.NaN, 0.02}, adjusted, 1e-12);
    }

    @Test
    void adjustedValuesNeverExceedOne() {
        double[] adjusted = MultipleComparisons.HOLM.adjust(new double[] {0.6, 0.7, 0.9});
        assertEquals(1.0, adjusted[0], 0.0);
    }

    @Test
    void rejectsUnknownMethodNamingTheForms() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MultipleComparisons.parse("bonf"));
        assertEquals("unknown adjustment 'bonf': expected holm, bh or none", e.getMessage());
    }
}
