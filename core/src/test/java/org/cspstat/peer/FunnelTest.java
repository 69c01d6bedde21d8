package org.cspstat.peer;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reference values from R 4 (script in docs/peers.md, "Checking the limits"):
 *
 * <pre>
 * o &lt;- c(3210, 4120, 2875, 5230, 3990, 2410, 4700, 3330, 6120, 2990)
 * n &lt;- c(87000, 95000, 84000, 147000, 120000, 88000, 129000, 95000, 148000, 92000)
 * theta &lt;- sum(o) / sum(n)
 * lim &lt;- function(lambda, p) { r &lt;- qpois(p, lambda)
 *   a &lt;- (ppois(r, lambda) - p) / (ppois(r, lambda) - ppois(r - 1, lambda)); r - a }
 * z &lt;- (o/n - theta) / sqrt(theta/n); q &lt;- quantile(z, c(0.1, 0.9)); zw &lt;- pmin(pmax(z, q[1]), q[2])
 * I &lt;- length(o); phi &lt;- sum(zw^2)/I; w &lt;- n/theta
 * tau2 &lt;- max(0, (I*phi - (I-1)) / (sum(w) - sum(w^2)/sum(w)))
 * </pre>
 */
class FunnelTest {
    static final long[] O = {3210, 4120, 2875, 5230, 3990, 2410, 4700, 3330, 6120, 2990};
    static final double[] N = {87000, 95000, 84000, 147000, 120000, 88000, 129000, 95000, 148000, 92000};

    static Funnel example(Funnel.Dispersion d) {
        List<Funnel.Unit> units = new ArrayList<>();
        for (int i = 0; i < O.length; i++) {
            units.add(new Funnel.Unit("u" + i, O[i], N[i]));
        }
        return Funnel.of(units, d);
    }

    @Test
    void exactLimitsMatchRsInterpolatedPoissonQuantiles() {
        Funnel f = example(Funnel.Dispersion.NONE);
        assertAll(
                () -> assertEquals(0.0359216589862, f.target(), 1e-12),
                // n = 1000: lim(theta*1000, p) / 1000
                () -> assertEquals(0.0183485943328, f.lower(1000, Funnel.Level.P998), 1e-10),
                () -> assertEquals(0.0241525085811, f.lower(1000, Funnel.Level.P95), 1e-10),
                () -> assertEquals(0.0476525620962, f.upper(1000, Funnel.Level.P95), 1e-10),
                () -> assertEquals(0.0553428491374, f.upper(1000, Funnel.Level.P998), 1e-10),
                // n = 90000
                () -> assertEquals(0.0339796832921, f.lower(90000, Funnel.Level.P998), 1e-11),
                () -> assertEquals(0.0346831079084, f.lower(90000, Funnel.Level.P95), 1e-11),
                () -> assertEquals(0.0371596190672, f.upper(90000, Funnel.Level.P95), 1e-11),
                () -> assertEquals(0.0378842197597, f.upper(90000, Funnel.Level.P998), 1e-11),
                // n = 10: R gives -0.0964 below (interpolating under zero); limits stop at zero
                () -> assertEquals(0.0, f.lower(10, Funnel.Level.P95), 0),
                () -> assertEquals(0.157635147501, f.upper(10, Funnel.Level.P95), 1e-10),
                () -> assertEquals(0.291127232057, f.upper(10, Funnel.Level.P998), 1e-10));
    }

    @Test
    void exactCountsMatchRForSmallMeans() {
        assertAll(
                () -> assertEquals(1.86002591146, Funnel.exactCount(0.5, 0.975), 1e-9),
                () -> assertEquals(6.39384016486, Funnel.exactCount(3, 0.975), 1e-9),
                () -> assertEquals(5.37291507734, Funnel.exactCount(12.3, 0.025), 1e-9),
                () -> assertEquals(19.1326812966, Funnel.exactCount(12.3, 0.975), 1e-9),
                () -> assertEquals(0.0, Funnel.exactCount(3, 0.025), 0), // R: -0.498, stopped at zero
                () -> assertEquals(0.0, Funnel.exactCount(0, 0.975), 0));
    }

    @Test
    void overDispersionMatchesRsWinsorisedEstimates() {
        Funnel additive = example(Funnel.Dispersion.ADDITIVE);
        Funnel multiplicative = example(Funnel.Dispersion.MULTIPLICATIVE);
        assertAll(
                () -> assertEquals(35.0861440889, additive.phi(), 1e-8),
                () -> assertEquals(1.26439565251e-05, additive.tau2(), 1e-15),
                () -> assertEquals(Funnel.Dispersion.ADDITIVE, additive.dispersion()),
                // theta -/+ qnorm(.999 / .975) * sqrt(theta/n + tau2)
                () -> assertEquals(0.0247612192038, additive.lower(90000, Funnel.Level.P998), 1e-11),
                () -> assertEquals(0.0430001106552, additive.upper(90000, Funnel.Level.P95), 1e-11),
                () -> assertEquals(0.0248297333011, additive.lower(150000, Funnel.Level.P998), 1e-11),
                () -> assertEquals(0.0429566559405, additive.upper(150000, Funnel.Level.P95), 1e-11),
                // theta + qnorm(.999) * sqrt(phi * theta / n)
                () -> assertEquals(0.0474858668087, multiplicative.upper(90000, Funnel.Level.P998), 1e-11),
                () -> assertEquals(0.0448792558479, multiplicative.upper(150000, Funnel.Level.P998), 1e-11));
    }

    @Test
    void unitsSpreadNoMoreThanChanceKeepTheExactLimits() {
        // observed exactly at the expected count: every z is 0, so phi = 0 and nothing widens
        List<Funnel.Unit> units = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            units.add(new Funnel.Unit("u" + i, 100 * (i + 1), 1000 * (i + 1)));
        }
        Funnel f = Funnel.of(units, Funnel.Dispersion.ADDITIVE);
        assertAll(
                () -> assertEquals(0.0, f.phi(), 0),
                () -> assertEquals(0.0, f.tau2(), 0),
                () -> assertEquals(Funnel.Dispersion.NONE, f.dispersion()),
                () -> assertEquals(Position.WITHIN, f.position(units.get(0))));
    }

    @Test
    void fewerThanFiveUnitsGiveNoDispersionEstimate() {
        Funnel f = Funnel.of(List.of(new Funnel.Unit("a", 10, 100), new Funnel.Unit("b", 500, 100)),
                Funnel.Dispersion.ADDITIVE);
        assertAll(
                () -> assertEquals(Double.NaN, f.phi()),
                () -> assertEquals(Funnel.Dispersion.NONE, f.dispersion()),
                // target 2.55 per unit, exact 99.8% limits at n = 100: lim(255, .999) ~ 305, so 5.0 is far above
                () -> assertEquals(Position.ABOVE_998, f.position(f.units().get(1))),
                () -> assertEquals(Position.BELOW_998, f.position(f.units().get(0))));
    }

    @Test
    void positionsUseTheLimitsAtEachUnitsOwnExposure() {
        Funnel f = example(Funnel.Dispersion.NONE);
        // unit 8: 6120 / 148000 = 0.04135 > exact 99.8% upper at 148000 (about 0.0375): above the range
        assertEquals(Position.ABOVE_998, f.position(f.units().get(8)));
        // unit 5: 2410 / 88000 = 0.02739 < lower: below the range
        assertEquals(Position.BELOW_998, f.position(f.units().get(5)));
    }

    @Test
    void rejectsANonPositiveExposure() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Funnel.Unit("x", 3, 0));
        assertEquals("x: a count of at least 0 and a positive exposure are needed", e.getMessage());
    }
}
