package org.cspstat.trend;

import org.cspstat.error.ConfigurationException;
import static org.cspstat.trend.Months.series;
import static org.cspstat.trend.Months.ym;
import static org.cspstat.trend.Signal.Rule.BEYOND_LOWER_LIMIT;
import static org.cspstat.trend.Signal.Rule.BEYOND_UPPER_LIMIT;
import static org.cspstat.trend.Signal.Rule.RUN_OF_EIGHT_ABOVE;
import static org.cspstat.trend.Signal.Rule.RUN_OF_EIGHT_BELOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.cspstat.trend.ControlChart.Kind;
import org.junit.jupiter.api.Test;

class ControlChartTest {
    private static final double EPS = 1e-9;

    /** Apr 2020 to Mar 2021: sum 600, mean 50. */
    private static final Long[] BASELINE = {50L, 46L, 54L, 49L, 51L, 48L, 52L, 50L, 47L, 53L, 49L, 51L};

    /** The baseline followed by {@code period}, the period starting Apr 2021. */
    private static MonthlySeries withPeriod(Long... period) {
        return series("Burglary", "2020-04", Stream.concat(Stream.of(BASELINE), Stream.of(period)).toArray(Long[]::new));
    }

    private static Long[] repeat(long value, int times) {
        return LongStream.generate(() -> value).limit(times).boxed().toArray(Long[]::new);
    }

    @Test
    void cChartLimitsAreMeanPlusMinusThreeRootMean() {
        // c̄ = 600/12 = 50; 3·√50 = 3 × 7.0710678118654755 = 21.213203435596427
        // upper = 71.213203435596427, lower = 28.786796564403573
        ControlChart c = ControlChart.fit(Kind.C_CHART, withPeriod(), ym("2020-04"), ym("2021-03"));
        assertEquals(50.0, c.centre(), EPS);
        assertEquals(71.213203435596427, c.upper(), EPS);
        assertEquals(28.786796564403573, c.lower(), EPS);
        assertEquals(12, c.baselineMonths());
    }

    @Test
    void xmrLimitsAreMeanPlusMinusTwoPointSixSixMeanMovingRange() {
        // moving ranges 4, 8, 5, 2, 3, 4, 2, 3, 6, 4, 2: sum 43 over 11, mR̄ = 3.909090...
        // 2.66 × 43 / 11 = 114.38 / 11 = 10.398181818...; limits 50 ± 10.398181818...
        ControlChart c = ControlChart.fit(Kind.XMR, withPeriod(), ym("2020-04"), ym("2021-03"));
        assertEquals(50.0, c.centre(), EPS);
        assertEquals(60.398181818181818, c.upper(), EPS);
        assertEquals(39.601818181818182, c.lower(), EPS);
    }

    @Test
    void gapMonthsAreLeftOutOfTheMeanAndNoMovingRangeSpansAGap() {
        MonthlySeries s = series("Robbery", "2021-01", 10L, 14L, null, 12L, 8L, 16L);
        // observed 10, 14, 12, 8, 16: mean 60/5 = 12 (a gap read as 0 would give 10)
        // c-chart: 12 ± 3√12 = 12 ± 10.392304845413264
        ControlChart c = ControlChart.fit(Kind.C_CHART, s, ym("2021-01"), ym("2021-06"));
        assertEquals(12.0, c.centre(), EPS);
        assertEquals(22.392304845413264, c.upper(), EPS);
        assertEquals(1.607695154586736, c.lower(), EPS);
        assertEquals(5, c.baselineMonths());
        // moving ranges |14−10| = 4, |8−12| = 4, |16−8| = 8 (none across the gap): mR̄ = 16/3
        // 2.66 × 16/3 = 14.186666...; limits 12 ± 14.186666...
        ControlChart x = ControlChart.fit(Kind.XMR, s, ym("2021-01"), ym("2021-06"));
        assertEquals(26.186666666666667, x.upper(), EPS);
        assertEquals(-2.186666666666667, x.lower(), EPS);
    }

    @Test
    void cChartLowerLimitIsFlooredAtZero() {
        // c̄ = 4: 4 − 3·2 = −2, floored to 0; upper 4 + 6 = 10
        ControlChart c = ControlChart.fit(Kind.C_CHART, series("Robbery", "2021-01", 3L, 5L, 4L, 4L),
                ym("2021-01"), ym("2021-04"));
        assertEquals(0.0, c.lower(), 0.0);
        assertEquals(10.0, c.upper(), EPS);
    }

    @Test
    void defaultBaselineIsTheTwelveMonthsBeforeThePeriod() {
        MonthlySeries s = series("Burglary", "2020-01", repeat(50, 18));
        ControlChart c = ControlChart.fitBefore(Kind.C_CHART, s, ym("2021-04"));
        assertEquals(ym("2020-04"), c.baselineFirst());
        assertEquals(ym("2021-03"), c.baselineLast());
        assertEquals(12, c.baselineMonths());
    }

    @Test
    void defaultBaselineIsShortenedToTheMonthsTheSeriesCovers() {
        MonthlySeries s = series("Burglary", "2020-10", repeat(50, 9));
        ControlChart c = ControlChart.fitBefore(Kind.C_CHART, s, ym("2021-04"));
        assertEquals(ym("2020-10"), c.baselineFirst());
        assertEquals(6, c.baselineMonths());
    }

    @Test
    void refusesADefaultBaselineWithNoMonthsBeforeThePeriod() {
        MonthlySeries s = series("Burglary", "2021-04", repeat(50, 3));
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> ControlChart.fitBefore(Kind.C_CHART, s, ym("2021-04")));
        assertEquals(ConfigurationException.BASELINE, e.setting()); // a data condition, not a usage error
        assertEquals("series 'Burglary' has no months before 2021-04 for a baseline; give an explicit baseline",
                e.getMessage());
    }

    @Test
    void refusesBaselinesWithoutObservedMonthsOrMovingRanges() {
        MonthlySeries s = series("Drugs", "2021-01", 5L, null, 7L, null);
        assertEquals("baseline 2021-02 to 2021-02 of 'Drugs' has no observed months",
                assertThrows(ConfigurationException.class,
                        () -> ControlChart.fit(Kind.C_CHART, s, ym("2021-02"), ym("2021-02"))).getMessage());
        assertEquals("baseline 2021-01 to 2021-04 of 'Drugs' has no two adjacent observed months for a moving range",
                assertThrows(ConfigurationException.class,
                        () -> ControlChart.fit(Kind.XMR, s, ym("2021-01"), ym("2021-04"))).getMessage());
    }

    @Test
    void aSingleSpikeGivesOneBeyondUpperLimitSignal() {
        MonthlySeries s = withPeriod(50L, 49L, 90L, 51L, 48L, 50L);
        ControlChart c = ControlChart.fit(Kind.C_CHART, s, ym("2020-04"), ym("2021-03"));
        assertEquals(List.of(new Signal(ym("2021-06"), BEYOND_UPPER_LIMIT)),
                c.signals(s, ym("2021-04"), ym("2021-09")));
    }

    @Test
    void aDropBelowTheLowerLimitIsSignalled() {
        MonthlySeries s = withPeriod(50L, 20L, 51L);
        ControlChart c = ControlChart.fit(Kind.C_CHART, s, ym("2020-04"), ym("2021-03"));
        assertEquals(List.of(new Signal(ym("2021-05"), BEYOND_LOWER_LIMIT)),
                c.signals(s, ym("2021-04"), ym("2021-06")));
    }

    @Test
    void anEightMonthRunIsSignalledInItsEighthMonthOnly() {
        MonthlySeries s = withPeriod(Stream.concat(Stream.of(repeat(45, 8)), Stream.of(55L)).toArray(Long[]::new));
        ControlChart c = ControlChart.fit(Kind.C_CHART, s, ym("2020-04"), ym("2021-03"));
        assertEquals(List.of(new Signal(ym("2021-11"), RUN_OF_EIGHT_BELOW)),
                c.signals(s, ym("2021-04"), ym("2021-12")));
    }

    @Test
    void sevenMonthsOnOneSideAreNotARun() {
        MonthlySeries s = withPeriod(repeat(55, 7));
        ControlChart c = ControlChart.fit(Kind.C_CHART, s, ym("2020-04"), ym("2021-03"));
        assertEquals(List.of(), c.signals(s, ym("2021-04"), ym("2021-10")));
    }

    @Test
    void aTenMonthRunIsSignalledInItsEighthNinthAndTenthMonths() {
        MonthlySeries s = withPeriod(repeat(55, 10));
        ControlChart c = ControlChart.fit(Kind.C_CHART, s, ym("2020-04"), ym("2021-03"));
        assertEquals(List.of(new Signal(ym("2021-11"), RUN_OF_EIGHT_ABOVE), new Signal(ym("2021-12"), RUN_OF_EIGHT_ABOVE),
                new Signal(ym("2022-01"), RUN_OF_EIGHT_ABOVE)), c.signals(s, ym("2021-04"), ym("2022-01")));
    }

    @Test
    void aGapOrAMonthOnTheCentreLineBreaksARun() {
        MonthlySeries gap = withPeriod(55L, 55L, 55L, 55L, null, 55L, 55L, 55L, 55L);
        MonthlySeries centre = withPeriod(55L, 55L, 55L, 55L, 50L, 55L, 55L, 55L, 55L);
        ControlChart c = ControlChart.fit(Kind.C_CHART, gap, ym("2020-04"), ym("2021-03"));
        assertEquals(List.of(), c.signals(gap, ym("2021-04"), ym("2021-12")));
        assertEquals(List.of(), c.signals(centre, ym("2021-04"), ym("2021-12")));
    }

    @Test
    void aMonthCanGiveALimitSignalAndARunSignalLimitFirst() {
        MonthlySeries s = withPeriod(55L, 55L, 55L, 55L, 55L, 55L, 55L, 80L);
        ControlChart c = ControlChart.fit(Kind.C_CHART, s, ym("2020-04"), ym("2021-03"));
        assertEquals(List.of(new Signal(ym("2021-11"), BEYOND_UPPER_LIMIT), new Signal(ym("2021-11"), RUN_OF_EIGHT_ABOVE)),
                c.signals(s, ym("2021-04"), ym("2021-11")));
    }

    @Test
    void ruleLabelsAreLowerCaseWords() {
        assertEquals("beyond upper limit", BEYOND_UPPER_LIMIT.label());
        assertEquals("run of eight below", RUN_OF_EIGHT_BELOW.label());
    }
}
