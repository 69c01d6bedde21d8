package org.cspstat.trend;

import static org.cspstat.trend.Months.series;
import static org.cspstat.trend.Months.ym;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.cspstat.format.Table;
import org.cspstat.table.Tables;
import org.cspstat.trend.ControlChart.Kind;
import org.junit.jupiter.api.Test;

class TrendAnalysisTest {
    /**
     * Baseline Jun 2020–Jun 2021 with a gap in Aug 2020: twelve observed months 14, 18, 16, 12, 20,
     * 16, 14, 18, 16, 12, 20, 16, mean 192/12 = 16.
     */
    private static final MonthlySeries ROBBERY = series("Robbery", "2020-06", 14L, 18L, null, 16L, 12L, 20L, 16L,
            14L, 18L, 16L, 12L, 20L, 16L, 30L, 15L);
    /** Baseline Jan–Jun 2021 with a gap in March: five observed months. */
    private static final MonthlySeries SHORT = series("Robbery", "2021-01", 14L, 18L, null, 16L, 12L, 20L, 30L, 15L);

    private static TrendAnalysis robbery() {
        // c-chart: 16 ± 3·√16 = 16 ± 12: upper 28, lower 4; July's 30 is beyond the upper limit
        return TrendAnalysis.of(ROBBERY, Kind.C_CHART, ym("2021-07"), ym("2021-08"), ym("2020-06"), ym("2021-06"));
    }

    @Test
    void fewerThanTwelveBaselineMonthsGiveNoLimitsAndNoSignals() {
        TrendAnalysis t = TrendAnalysis.of(SHORT, Kind.C_CHART, ym("2021-07"), ym("2021-08"), ym("2021-01"), ym("2021-06"));
        assertEquals(Optional.empty(), t.chart());
        assertEquals(List.of(), t.signals());
        assertEquals(Optional.of("not enough history: 5 baseline months with data (2021-01 to 2021-06), control limits"
                + " need at least 12"), t.limitsUnavailableReason());
        assertTrue(org.cspstat.json.CspstatJson.write(t).contains("\"centre\":null,\"upper\":null,\"lower\":null,\"limits\":\"not enough history"),
                org.cspstat.json.CspstatJson.write(t));
        assertTrue(Tables.of(t).column("upper").isMissing(0));
        TrendAnalysis byDefault = TrendAnalysis.of(SHORT, Kind.XMR, ym("2021-07"), ym("2021-08"));
        assertTrue(byDefault.chart().isEmpty());
    }

    @Test
    void writesTheNamedJsonKeysWithGapsAsNullCounts() {
        assertEquals("{\"category\":\"Robbery\",\"months\":["
                + "{\"month\":\"2020-06\",\"count\":14,\"gap\":false},"
                + "{\"month\":\"2020-07\",\"count\":18,\"gap\":false},"
                + "{\"month\":\"2020-08\",\"count\":null,\"gap\":true},"
                + "{\"month\":\"2020-09\",\"count\":16,\"gap\":false},"
                + "{\"month\":\"2020-10\",\"count\":12,\"gap\":false},"
                + "{\"month\":\"2020-11\",\"count\":20,\"gap\":false},"
                + "{\"month\":\"2020-12\",\"count\":16,\"gap\":false},"
                + "{\"month\":\"2021-01\",\"count\":14,\"gap\":false},"
                + "{\"month\":\"2021-02\",\"count\":18,\"gap\":false},"
                + "{\"month\":\"2021-03\",\"count\":16,\"gap\":false},"
                + "{\"month\":\"2021-04\",\"count\":12,\"gap\":false},"
                + "{\"month\":\"2021-05\",\"count\":20,\"gap\":false},"
                + "{\"month\":\"2021-06\",\"count\":16,\"gap\":false},"
                + "{\"month\":\"2021-07\",\"count\":30,\"gap\":false},"
                + "{\"month\":\"2021-08\",\"count\":15,\"gap\":false}],"
                + "\"centre\":16,\"upper\":28,\"lower\":4,\"limits\":null,"
                + "\"signals\":[{\"month\":\"2021-07\",\"rule\":\"beyond upper limit\"}],"
                + "\"projection\":null}", org.cspstat.json.CspstatJson.write(robbery()));
    }

    @Test
    void saysWhyThereIsNoProjection() {
        TrendAnalysis t = robbery();
        assertEquals(Optional.empty(), t.projection());
        assertEquals(Optional.of("projecting 2021/22 needs months 2020-04 to 2021-08 but 'Robbery' covers 2020-06 to 2021-08"),
                t.projectionUnavailableReason());
    }

    @Test
    void tableHasOneRowPerMonthWithLimitsAndSignals() {
        Table table = Tables.of(robbery());
        assertEquals("Robbery", table.name());
        assertEquals(List.of("month", "count", "gap", "centre", "upper", "lower", "signal"), table.columnNames());
        assertEquals(15, table.rowCount());
        assertTrue(table.column("count").isMissing(2));
        assertTrue(table.column("gap").isTrue(2));
        assertEquals(18L, table.column("count").value(1));
        assertEquals(28.0, table.column("upper").number(14), 0.0);
        assertEquals("beyond upper limit", table.column("signal").value(13));
        assertEquals("", table.column("signal").value(14));
    }

    @Test
    void showsTheDefaultBaselineAndProjectsTheYearEnd() {
        MonthlySeries s = series("Burglary", "2020-04",
                50L, 60L, 70L, 65L, 55L, 60L, 75L, 80L, 60L, 50L, 45L, 50L, 60L, 70L, 80L);
        TrendAnalysis t = TrendAnalysis.of(s, Kind.C_CHART, ym("2021-04"), ym("2021-06"));
        assertTrue(t.chart().isPresent());
        assertEquals(ym("2020-04"), t.series().first());
        assertEquals(15, t.series().months().size());
        assertFalse(t.projectionUnavailableReason().isPresent());
        // reference values in YearEndProjectionTest (R, Poisson–log-normal quantiles)
        assertTrue(org.cspstat.json.CspstatJson.write(t).endsWith(
                "\"projection\":{\"yearToDate\":210,\"projected\":840,\"low\":709,\"high\":1001,\"dispersion\":1}}"), org.cspstat.json.CspstatJson.write(t));
    }
}
