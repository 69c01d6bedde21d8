package org.cspstat.hotspot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmergingHotspotsTest {
    private static final double[] FLAT = new double[10];

    /** Hot flags from a pattern such as "..........H" (H hot, C cold, . neither). */
    private static EmergingClass classify(String pattern, double[] z) {
        int t = pattern.length();
        boolean[] hot = new boolean[t];
        boolean[] cold = new boolean[t];
        for (int k = 0; k < t; k++) {
            hot[k] = pattern.charAt(k) == 'H';
            cold[k] = pattern.charAt(k) == 'C';
        }
        return EmergingHotspots.classify(hot, cold, z.length == t ? z : new double[t]);
    }

    private static final double[] RISING = {2.0, 2.3, 2.1, 2.6, 2.9, 2.7, 3.2, 3.5, 3.4, 3.8};
    // R cor.test(RISING, 1:10, method = "kendall", exact = FALSE): p = 0.000676764180121

    @Test
    void splitsPeriodsIntoOlderAndRecentWithoutOverlap() {
        assertEquals(2, EmergingHotspots.recentPeriods(10));
        assertEquals(2, EmergingHotspots.recentPeriods(13));
        assertEquals(3, EmergingHotspots.recentPeriods(15));
        assertEquals(1, EmergingHotspots.recentPeriods(4));
    }

    @Test
    void givesNoClassFromASingleHotPeriod() {
        assertEquals(EmergingClass.NONE, classify(".........H", FLAT));
        assertEquals(EmergingClass.NONE, classify("H.........", FLAT)); // not "former" from one period
        assertEquals(EmergingClass.NONE, classify("....H.....", FLAT));
    }

    @Test
    void classifiesAlwaysHotWithARisingZAsIntensifying() {
        assertEquals(EmergingClass.INTENSIFYING, classify("HHHHHHHHHH", RISING));
    }

    @Test
    void classifiesAlwaysHotWithAFallingZAsDiminishing() {
        double[] falling = new double[10];
        for (int k = 0; k < 10; k++) {
            falling[k] = RISING[9 - k];
        }
        assertEquals(EmergingClass.DIMINISHING, classify("HHHHHHHHHH", falling));
    }

    @Test
    void classifiesNinetyPercentHotWithoutTrendAsPersistent() {
        // R cor.test(c(3.2, 3.9, 3.1, 4.0, 3.3, 3.8, 3.0, 4.1, 3.4, 3.6), 1:10, "kendall",
        //   exact = FALSE): p = 0.720514787136
        assertEquals(EmergingClass.PERSISTENT, classify(".HHHHHHHHH",
                new double[] {3.2, 3.9, 3.1, 4.0, 3.3, 3.8, 3.0, 4.1, 3.4, 3.6}));
    }

    @Test
    void classifiesARecentRiseAfterAQuietPastAsEmerging() {
        // T = 20: recent = last 4, older = first 16. Older 1/16 = 6% hot (< 10%),
        // recent 2/4 = 50% hot (>= 20%), hot last.
        assertEquals(EmergingClass.EMERGING, classify("....H..........." + ".H.H", new double[0]));
    }

    @Test
    void classifiesOneFinalRunAsEmerging() {
        // older 2/8 = 25% hot, so only the final-run rule applies: periods 7..10, none before
        assertEquals(EmergingClass.EMERGING, classify("......HHHH", FLAT));
    }

    @Test
    void aRunOfHotPeriodsUpToTheLatestIsNeverSporadic() {
        // hot before the run too: Esri would call this sporadic; a run to the latest period is emerging here
        assertEquals(EmergingClass.EMERGING, classify(".H..H...HH", FLAT));
        assertEquals(EmergingClass.EMERGING, classify("H.H.H.HHHH", FLAT));
        assertEquals(EmergingClass.SPORADIC, classify(".H..H....H", FLAT)); // a lone last hot period is no run
    }

    @Test
    void classifiesHotThenQuietAsFormer() {
        assertEquals(EmergingClass.FORMER, classify("HHHHH.....", FLAT));
    }

    @Test
    void classifiesScatteredHotPeriodsAsSporadic() {
        assertEquals(EmergingClass.SPORADIC, classify(".H..H....H", FLAT));
    }

    @Test
    void classifiesNeverHotAsNone() {
        assertEquals(EmergingClass.NONE, classify("..........", FLAT));
    }

    @Test
    void mirrorsTheRulesForColdSpots() {
        double[] falling = new double[10];
        for (int k = 0; k < 10; k++) {
            falling[k] = -RISING[k];
        }
        assertEquals(EmergingClass.INTENSIFYING_COLD, classify("CCCCCCCCCC", falling));
        assertEquals(EmergingClass.NONE, classify(".........C", FLAT));
        assertEquals(EmergingClass.EMERGING_COLD, classify("........CC", FLAT));
        assertEquals(EmergingClass.FORMER_COLD, classify("CCCCC.....", FLAT));
        assertEquals("intensifying cold", EmergingClass.INTENSIFYING_COLD.toString());
    }

    @Test
    void letsTheSideWithMoreSignificantPeriodsWin() {
        assertEquals(EmergingClass.FORMER_COLD, classify("CCCCCH....", FLAT));
        assertEquals(EmergingClass.SPORADIC, classify(".C..H....H", FLAT));
    }

    @Test
    void refusesFewerThanTenPeriods() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> classify("HHHH", new double[0]));
        assertEquals("emerging hot spots need at least 10 periods but got 4: use months rather"
                + " than quarters, or a longer run", e.getMessage());
    }

    @Test
    void classifiesEveryCellOfAGridFromItsPeriods() {
        List<GiStar> periods = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            double[][] counts = new double[5][5];
            for (double[] row : counts) {
                java.util.Arrays.fill(row, 1);
            }
            for (int r = 1; k >= 10 && r <= 3; r++) {
                java.util.Arrays.fill(counts[r], 1, 4, 10); // a 3x3 block of 10s, last two periods
            }
            periods.add(GiStar.of(counts));
        }
        EmergingClass[][] classes = EmergingHotspots.classify(periods);
        assertEquals(EmergingClass.EMERGING, classes[2][2]);
        assertEquals(EmergingClass.NONE, classes[0][0]);
    }
}
