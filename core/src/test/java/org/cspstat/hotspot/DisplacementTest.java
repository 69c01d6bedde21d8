package org.cspstat.hotspot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cspstat.hotspot.Displacement.BeforeAfter;
import org.junit.jupiter.api.Test;

class DisplacementTest {

    @Test
    void matchesPtoolsWddWithoutABuffer() {
        // R: ptools::wdd(c(20, 20), c(20, 10)): WDD -10, SE sqrt(70) = 8.3666, 90% CI -23.76 to 3.76
        // -10 -/+ qnorm(0.95) * sqrt(70) = -23.7618327917, 3.7618327917
        Displacement d = Displacement.wdd(new BeforeAfter(20, 10), new BeforeAfter(20, 20));
        assertEquals(-10, d.estimate(), 0);
        assertEquals(Math.sqrt(70), d.standardError(), 1e-12);
        assertEquals(-23.7618327917, d.lower(), 1e-9);
        assertEquals(3.7618327917, d.upper(), 1e-9);
    }

    @Test
    void addsTheBufferChangeByHand() {
        // target 20 -> 10, control 20 -> 20, buffer 15 -> 18, control buffer 10 -> 11:
        // local = (10-20) - (20-20) = -10; displacement = (18-15) - (11-10) = 2; WDD = -8;
        // variance = 20+10+20+20+15+18+10+11 = 124; R: -8 + c(-1,1)*qnorm(0.95)*sqrt(124)
        // = -26.3163148124, 10.3163148124; with qnorm(0.975): -29.8252352511, 13.8252352511
        Displacement d = Displacement.wdd(new BeforeAfter(20, 10), new BeforeAfter(20, 20),
                new BeforeAfter(15, 18), new BeforeAfter(10, 11), 0.90);
        assertEquals(-10, d.local(), 0);
        assertEquals(2, d.displacement(), 0);
        assertEquals(-8, d.estimate(), 0);
        assertEquals(Math.sqrt(124), d.standardError(), 1e-12);
        assertEquals(-26.3163148124, d.lower(), 1e-9);
        assertEquals(10.3163148124, d.upper(), 1e-9);
        Displacement wide = Displacement.wdd(new BeforeAfter(20, 10), new BeforeAfter(20, 20),
                new BeforeAfter(15, 18), new BeforeAfter(10, 11), 0.95);
        assertEquals(-29.8252352511, wide.lower(), 1e-9);
        assertEquals(13.8252352511, wide.upper(), 1e-9);
    }

    @Test
    void writesJsonWithItsKeys() {
        // SE = sqrt(2+1+1+0) = 2; interval 0 -/+ qnorm(0.95) * 2 = -/+3.28970725390294
        String json = org.cspstat.json.CspstatJson.write(Displacement.wdd(new BeforeAfter(2, 1), new BeforeAfter(1, 0)));
        assertTrue(json.startsWith("{\"local\":0,\"displacement\":0,\"estimate\":0,"
                + "\"standardError\":2,\"confidence\":0.9,\"lower\":-3.28970725390294"), json);
        assertTrue(json.contains(",\"upper\":3.28970725390294"), json);
        assertTrue(json.endsWith(",\"z\":0}"), json);
    }
}
