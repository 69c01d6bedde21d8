package org.cspstat.hotspot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.LongStream;
import org.cspstat.hotspot.Concentration.LorenzPoint;
import org.junit.jupiter.api.Test;

class ConcentrationTest {

    @Test
    void matchesTheGiniOfAHandExample() {
        // 1..5: sum |xi - xj| over ordered pairs = 2 * (4*1 + 3*2 + 2*3 + 1*4) = 40;
        // G = 40 / (2 * n^2 * mean) = 40 / (2 * 25 * 3) = 4/15 (R ineq::Gini(1:5) = 0.2666667)
        Concentration c = Concentration.of(new long[] {3, 1, 5, 2, 4});
        assertEquals(4.0 / 15, c.gini(), 1e-12);
        assertEquals(List.of(new LorenzPoint(0, 0), new LorenzPoint(0.2, 1.0 / 15),
                new LorenzPoint(0.4, 3.0 / 15), new LorenzPoint(0.6, 6.0 / 15),
                new LorenzPoint(0.8, 10.0 / 15), new LorenzPoint(1, 1)), c.lorenz());
    }

    @Test
    void givesTheClosedFormGiniForOneToN() {
        // For x = 1..n, G = (n - 1) / (3n): n = 20 gives 19/60.
        Concentration c = Concentration.of(LongStream.rangeClosed(1, 20).toArray());
        assertEquals(19.0 / 60, c.gini(), 1e-12);
        // top 5% of 20 areas = ceil(1.0) = 1 area holding 20 of 210; top 10% = 2 areas, 39 of 210
        assertEquals(1, c.top5Areas());
        assertEquals(20.0 / 210, c.top5Share(), 1e-12);
        assertEquals(2, c.top10Areas());
        assertEquals(39.0 / 210, c.top10Share(), 1e-12);
    }

    @Test
    void reachesItsMaximumWhenOneAreaHasEverything() {
        Concentration c = Concentration.of(new long[] {0, 0, 0, 8});
        assertEquals(0.75, c.gini(), 1e-12); // (n - 1) / n
        assertEquals(1.0, c.top5Share(), 0);
    }

    @Test
    void roundsTheNumberOfTopAreasUp() {
        // 52 Stevenage LSOAs: ceil(2.6) = 3 and ceil(5.2) = 6 areas
        Concentration c = Concentration.of(new long[52]);
        assertEquals(3, c.top5Areas());
        assertEquals(6, c.top10Areas());
        assertEquals(Double.NaN, c.gini());
        assertEquals(List.of(), c.lorenz());
    }

    @Test
    void writesJsonWithItsKeys() {
        assertEquals("{\"areas\":2,\"incidents\":4,\"gini\":0.25,\"top5Areas\":1,\"top5Share\":0.75,"
                + "\"top10Areas\":1,\"top10Share\":0.75,\"lorenz\":[{\"areaShare\":0,\"incidentShare\":0},"
                + "{\"areaShare\":0.5,\"incidentShare\":0.25},{\"areaShare\":1,\"incidentShare\":1}]}",
                org.cspstat.json.CspstatJson.write(Concentration.of(new long[] {1, 3})));
    }

    @Test
    void rejectsNegativeCounts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Concentration.of(new long[] {1, -2}));
        assertEquals("counts must be >= 0 but found -2", e.getMessage());
    }
}
