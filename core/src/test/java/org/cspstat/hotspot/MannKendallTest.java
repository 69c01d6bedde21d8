package org.cspstat.hotspot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MannKendallTest {

    @Test
    void matchesRsKendallTestOnATrendingSeries() {
        // 5 discordant pairs of 45: S = 40 - 5 = 35; Var = 10*9*25/18 = 125; Z = 34/sqrt(125).
        // R: cor.test(x, seq_along(x), method = "kendall", exact = FALSE, continuity = TRUE)
        //    z = 3.0410524494, p-value = 0.0023575275958
        MannKendall mk = MannKendall.test(new double[] {2.1, 3.4, 1.9, 4.2, 5.0, 4.8, 6.3, 5.9, 7.2, 7.0});
        assertEquals(35, mk.s());
        assertEquals(125, mk.variance(), 1e-12);
        assertEquals(3.0410524494, mk.z(), 1e-9);
        assertEquals(0.0023575275958, mk.pValue(), 1e-12);
        assertTrue(mk.upward(0.05));
    }

    @Test
    void correctsTheVarianceForTies() {
        // R: y <- c(3, 1, 2, 2, 5, 1, 3, 3, 0, 2, 1, 2); same cor.test call:
        //    z = -0.641766629531, p-value = 0.521024719836
        MannKendall mk = MannKendall.test(new double[] {3, 1, 2, 2, 5, 1, 3, 3, 0, 2, 1, 2});
        assertEquals(-0.641766629531, mk.z(), 1e-9);
        assertEquals(0.521024719836, mk.pValue(), 1e-10);
        // R: w <- c(5, 4, 4, 3, 4, 2, 2, 1, 1, 0, 1, 0): z = -3.71682042859, p = 0.000201745727015
        MannKendall down = MannKendall.test(new double[] {5, 4, 4, 3, 4, 2, 2, 1, 1, 0, 1, 0});
        assertEquals(-3.71682042859, down.z(), 1e-9);
        assertEquals(0.000201745727015, down.pValue(), 1e-13);
        assertTrue(down.downward(0.05));
    }

    @Test
    void findsNoTrendInAConstantSeries() {
        MannKendall mk = MannKendall.test(new double[] {0, 0, 0, 0});
        assertEquals(new MannKendall(0, 0, 0, 1), mk);
    }
}
