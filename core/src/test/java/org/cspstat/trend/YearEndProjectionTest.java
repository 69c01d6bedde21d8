package org.cspstat.trend;

import static org.cspstat.trend.Months.series;
import static org.cspstat.trend.Months.ym;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Interval ends are checked against R, which computes the same Poisson–log-normal quantiles by
 * adaptive integration instead of Gauss–Hermite quadrature:
 *
 * <pre>
 * q &lt;- function(C, B, R, p) {
 *   mu &lt;- log(C + .5) + log(R + .5) - log(B + .5)
 *   s &lt;- sqrt(1/(C + .5) + 1/(B + .5) + 1/(R + .5))
 *   F &lt;- function(d) integrate(function(z) dnorm(z) * ppois(d, exp(mu + s * z)), -Inf, Inf,
 *                              rel.tol = 1e-10)$value
 *   d &lt;- 0; while (F(d) &lt; p) d &lt;- d + 1
 *   d
 * }
 * C + q(C, B, R, 0.025); C + q(C, B, R, 0.975)
 * # (C, B, R) = (210, 180, 540): 709, 1001;  (0, 3, 9): 0, 29;  (5, 2, 30): 18, 318;  (0, 1, 80): 1, 664
 * </pre>
 */
class YearEndProjectionTest {
    private static final List<Long> LAST_YEAR = List.of(50L, 60L, 70L, 65L, 55L, 60L, 75L, 80L, 60L, 50L, 45L, 50L);

    @Test
    void projectsByLastYearsSeasonalShareWithAPredictionInterval() {
        // C = 60 + 70 + 80 = 210; B = 50 + 60 + 70 = 180; L = 720; 210 × 720 / 180 = 840
        YearEndProjection p = YearEndProjection.of(List.of(60L, 70L, 80L), LAST_YEAR);
        assertEquals(new YearEndProjection(3, 210, 180, 720, 840.0, 709, 1001), p);
    }

    @Test
    void aZeroYearToDateStillHasAnUpperEnd() {
        // C = 0, B = 3, R = 9: projection 0, interval [0, 29]
        YearEndProjection p = YearEndProjection.of(List.of(0L, 0L, 0L), Collections.nCopies(12, 1L));
        assertEquals(new YearEndProjection(3, 0, 3, 12, 0.0, 0, 29), p);
    }

    @Test
    void smallCountsGiveAWideSkewedInterval() {
        // C = 5, B = 2, R = 30: 5 + 5 × 30 / 2 = 80, interval [18, 318]
        List<Long> lastYear = List.of(1L, 1L, 3L, 3L, 3L, 3L, 3L, 3L, 3L, 3L, 3L, 3L);
        assertEquals(new YearEndProjection(2, 5, 2, 32, 80.0, 18, 318), YearEndProjection.of(List.of(2L, 3L), lastYear));
    }

    @Test
    void aCompleteYearCollapsesToTheObservedTotal() {
        YearEndProjection p = YearEndProjection.of(Collections.nCopies(12, 10L), LAST_YEAR);
        assertEquals(new YearEndProjection(12, 120, 720, 720, 120.0, 120, 120), p);
    }

    @Test
    void refusesWhenLastYearHadNothingInTheSameMonths() {
        List<Long> lastYear = List.of(0L, 0L, 5L, 5L, 5L, 5L, 5L, 5L, 5L, 5L, 5L, 5L);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> YearEndProjection.of(List.of(4L, 2L), lastYear));
        assertEquals("last year's count for the same 2 months is 0: no seasonal share to project from", e.getMessage());
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
        assertEquals(new YearEndProjection(3, 210, 180, 720, 840.0, 709, 1001),
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
        MonthlySeries s = series("Robbery", "2020-04", 0L, 0L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 2L, 1L);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> YearEndProjection.from(s, ym("2021-05")));
        assertEquals("projecting 2021/22 needs a non-zero count last year from 2020-04 to 2020-05 but it was 0",
                e.getMessage());
    }

    @Test
    void widensTheIntervalToHoldThePointEstimateAtTinyCounts() {
        // C = 0, B = 1, R = 80: projected 0 × 81 / 1 = 0, but the mixture's 2.5% point is 1
        // (R: C + q(0, 1, 80, 0.025) = 1), so low is widened to 0; high from R: C + q(0, 1, 80, 0.975) = 664
        List<Long> lastYear = List.of(1L, 80L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertEquals(new YearEndProjection(1, 0, 1, 81, 0.0, 0, 664), YearEndProjection.of(List.of(0L), lastYear));
    }
}
