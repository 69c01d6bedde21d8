package org.cspstat.trend;

import static org.cspstat.trend.Months.series;
import static org.cspstat.trend.Months.ym;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Interval ends are checked against an independent computation of the same model: the dispersion
 * by R's {@code chisq.test} on the 2 × k table, the Poisson–log-normal quantiles by adaptive
 * integration instead of the trapezoidal rule (R; the same script in Python with
 * {@code scipy.stats.chi2_contingency} and {@code scipy.integrate.quad} gives the same ends):
 *
 * <pre>
 * proj &lt;- function(cy, ly) {
 *   k &lt;- length(cy); C &lt;- sum(cy); B &lt;- sum(ly[1:k]); R &lt;- sum(ly) - B
 *   tab &lt;- rbind(cy, ly[1:k]); tab &lt;- tab[, colSums(tab) &gt; 0, drop = FALSE]
 *   df &lt;- ncol(tab) - 1
 *   x2 &lt;- if (df &gt; 0) suppressWarnings(chisq.test(tab, correct = FALSE)$statistic) else 0
 *   phi &lt;- if (df &gt; 0) max(1, x2 / df) else 1
 *   mbar &lt;- max(0.5, (C + B) / (2 * k))
 *   tau2 &lt;- if (df &gt; 0) (phi - 1) * (df + 2) / df / mbar else 0
 *   mu &lt;- log(C + .5) + log(R + .5) - log(B + .5)
 *   s &lt;- sqrt(phi * (1/(C + .5) + 1/(B + .5) + 1/(R + .5)) + tau2)
 *   F &lt;- function(d) integrate(function(z) dnorm(z) * ppois(d, exp(mu + s * z)), -Inf, Inf,
 *                              rel.tol = 1e-10)$value
 *   q &lt;- function(p) { d &lt;- 0; while (F(d) &lt; p) d &lt;- d + 1; d }
 *   c(phi, C + q(0.025), C + q(0.975))
 * }
 * ly &lt;- c(50, 60, 70, 65, 55, 60, 75, 80, 60, 50, 45, 50)
 * proj(c(60, 70, 80), ly)     # phi 1, 709, 1001 (as the Poisson-only interval)
 * proj(c(0, 0, 0), rep(1, 12))  # phi 1, 0, 29
 * proj(c(2, 3, 4), c(1, 1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3))  # phi 1, 23, 156
 * proj(c(90, 60, 80), ly)     # phi 3.0441108811, 603, 1498
 * proj(c(120, 40, 80, 70), ly)  # phi 8.8084093853, 525, 1978
 * proj(c(0, 0, 0), c(1, 0, 0, 80, rep(0, 8)))  # phi 1 (df 0), 1, 664
 * </pre>
 */
class YearEndProjectionTest {
    private static final List<Long> LAST_YEAR = List.of(50L, 60L, 70L, 65L, 55L, 60L, 75L, 80L, 60L, 50L, 45L, 50L);

    @Test
    void projectsByLastYearsSeasonalShareWithAPredictionInterval() {
        // C = 60 + 70 + 80 = 210; B = 50 + 60 + 70 = 180; L = 720; 210 × 720 / 180 = 840
        YearEndProjection p = YearEndProjection.of(List.of(60L, 70L, 80L), LAST_YEAR);
        assertEquals(new YearEndProjection(3, 210, 180, 720, 840.0, 709, 1001, 1.0), p);
    }

    @Test
    void aZeroYearToDateStillHasAnUpperEnd() {
        // C = 0, B = 3, R = 9: projection 0, interval [0, 29]
        YearEndProjection p = YearEndProjection.of(List.of(0L, 0L, 0L), Collections.nCopies(12, 1L));
        assertEquals(new YearEndProjection(3, 0, 3, 12, 0.0, 0, 29, 1.0), p);
    }

    @Test
    void smallCountsGiveAWideSkewedInterval() {
        // C = 9, B = 5, R = 27: 9 + 9 × 27 / 5 = 57.6, interval [23, 156]
        List<Long> lastYear = List.of(1L, 1L, 3L, 3L, 3L, 3L, 3L, 3L, 3L, 3L, 3L, 3L);
        assertEquals(new YearEndProjection(3, 9, 5, 32, 57.6, 23, 156, 1.0),
                YearEndProjection.of(List.of(2L, 3L, 4L), lastYear));
    }

    @Test
    void monthsThatMoveMoreThanPoissonWidenTheInterval() {
        // C = 230, B = 180, R = 540: 920; the months split 90:50, 60:60, 80:70, X² = 6.088 on 2 df
        YearEndProjection p = YearEndProjection.of(List.of(90L, 60L, 80L), LAST_YEAR);
        assertEquals(3.0441108811, p.dispersion(), 1e-9);
        assertEquals(new YearEndProjection(3, 230, 180, 720, 920.0, 603, 1498, p.dispersion()), p);
        YearEndProjection q = YearEndProjection.of(List.of(120L, 40L, 80L, 70L), LAST_YEAR);
        assertEquals(8.8084093853, q.dispersion(), 1e-9);
        assertEquals(525, q.low());
        assertEquals(1978, q.high());
    }

    @Test
    void refusesTooLittleHistoryRatherThanGiveANarrowInterval() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> YearEndProjection.of(List.of(60L, 70L), LAST_YEAR));
        assertEquals("too little history: 2 months of this year so far, and a projection needs at least 3 to measure"
                + " how much months move from year to year", e.getMessage());
    }

    @Test
    void aCompleteYearCollapsesToTheObservedTotal() {
        YearEndProjection p = YearEndProjection.of(Collections.nCopies(12, 10L), LAST_YEAR);
        assertEquals(new YearEndProjection(12, 120, 720, 720, 120.0, 120, 120, p.dispersion()), p);
    }

    @Test
    void refusesWhenLastYearHadNothingInTheSameMonths() {
        List<Long> lastYear = List.of(0L, 0L, 5L, 5L, 5L, 5L, 5L, 5L, 5L, 5L, 5L, 5L);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> YearEndProjection.of(List.of(4L, 2L, 1L), List.of(0L, 0L, 0L, 5L, 5L, 5L, 5L, 5L, 5L, 5L, 5L, 5L)));
        assertEquals("last year's count for the same 3 months is 0: no seasonal share to project from", e.getMessage());
    }

    @Test
    void refusesWrongNumbersOfMonths() {
        assertEquals("lastYear must have 12 months but had 3", assertThrows(IllegalArgumentException.class,
                () -> YearEndProjection.of(List.of(1L), List.of(1L, 2L, 3L))).getMessage());
        assertEquals("yearToDate must have 1 to 12 months but had 0", assertThrows(IllegalArgumentException.class,
                () -> YearEndProjection.of(List.of(), LAST_YEAR)).getMessage());
    }

    @Test
    void projectsFromASeriesCoveringLastYearAndTheYearToDate() {
        MonthlySeries s = series("Burglary", "2020-04",
                50L, 60L, 70L, 65L, 55L, 60L, 75L, 80L, 60L, 50L, 45L, 50L, 60L, 70L, 80L);
        assertEquals(new YearEndProjection(3, 210, 180, 720, 840.0, 709, 1001, 1.0),
                YearEndProjection.from(s, ym("2021-06")));
    }

    @Test
    void refusesAGapInsteadOfTreatingItAsZero() {
        MonthlySeries s = series("Burglary", "2020-04",
                50L, 60L, 70L, 65L, null, 60L, 75L, 80L, 60L, 50L, 45L, 50L, 60L, 70L, 80L);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> YearEndProjection.from(s, ym("2021-06")));
        assertEquals("projecting 2021/22 needs months 2020-04 to 2021-06 but 2020-08 is a gap", e.getMessage());
    }

    @Test
    void refusesASeriesThatDoesNotReachBackToLastApril() {
        MonthlySeries s = series("Burglary", "2021-01", 50L, 60L, 70L, 65L);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> YearEndProjection.from(s, ym("2021-04")));
        assertEquals("projecting 2021/22 needs months 2020-04 to 2021-04 but 'Burglary' covers 2021-01 to 2021-04",
                e.getMessage());
    }

    @Test
    void refusesASeriesWithNothingLastYearInTheSameMonths() {
        MonthlySeries s = series("Robbery", "2020-04", 0L, 0L, 0L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 2L, 1L, 1L);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> YearEndProjection.from(s, ym("2021-06")));
        assertEquals("projecting 2021/22 needs a non-zero count last year from 2020-04 to 2020-06 but it was 0",
                e.getMessage());
    }

    @Test
    void aSeriesWithTwoMonthsOfThisYearHasTooLittleHistory() {
        MonthlySeries s = series("Burglary", "2020-04",
                50L, 60L, 70L, 65L, 55L, 60L, 75L, 80L, 60L, 50L, 45L, 50L, 60L, 70L);
        assertEquals("too little history: 2 months of this year so far, and a projection needs at least 3 to measure"
                + " how much months move from year to year (projecting 2021/22)",
                YearEndProjection.unavailableReason(s, ym("2021-05")).orElseThrow());
    }

    @Test
    void widensTheIntervalToHoldThePointEstimateAtTinyCounts() {
        // C = 0, B = 1, R = 80: projected 0 × 81 / 1 = 0, but the mixture's 2.5% point is 1
        // (R: proj(c(0, 0, 0), ...) gives 1), so low is widened to 0; high from R: 664
        List<Long> lastYear = List.of(1L, 0L, 0L, 80L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertEquals(new YearEndProjection(3, 0, 1, 81, 0.0, 0, 664, 1.0),
                YearEndProjection.of(List.of(0L, 0L, 0L), lastYear));
    }
}
