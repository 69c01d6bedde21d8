package org.cspstat.trend;

import static org.cspstat.trend.Months.series;
import static org.cspstat.trend.Months.ym;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.cspstat.trend.ControlChart.Kind;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class TrendAnalysisTest {
    /** Baseline Jan–Jun 2021 with a gap in March: observed 14, 18, 16, 12, 20, mean 80/5 = 16. */
    private static final MonthlySeries ROBBERY = series("Robbery", "2021-01", 14L, 18L, null, 16L, 12L, 20L, 30L, 15L);

    private static TrendAnalysis robbery() {
        // c-chart: 16 ± 3·√16 = 16 ± 12: upper 28, lower 4; July's 30 is beyond the upper limit
        return TrendAnalysis.of(ROBBERY, Kind.C_CHART, ym("2021-07"), ym("2021-08"), ym("2021-01"), ym("2021-06"));
    }

    @Test
    void writesTheNamedJsonKeysWithGapsAsNullCounts() {
        assertEquals("{\"category\":\"Robbery\",\"months\":["
                + "{\"month\":\"2021-01\",\"count\":14,\"gap\":false},"
                + "{\"month\":\"2021-02\",\"count\":18,\"gap\":false},"
                + "{\"month\":\"2021-03\",\"count\":null,\"gap\":true},"
                + "{\"month\":\"2021-04\",\"count\":16,\"gap\":false},"
                + "{\"month\":\"2021-05\",\"count\":12,\"gap\":false},"
                + "{\"month\":\"2021-06\",\"count\":20,\"gap\":false},"
                + "{\"month\":\"2021-07\",\"count\":30,\"gap\":false},"
                + "{\"month\":\"2021-08\",\"count\":15,\"gap\":false}],"
                + "\"centre\":16,\"upper\":28,\"lower\":4,"
                + "\"signals\":[{\"month\":\"2021-07\",\"rule\":\"beyond upper limit\"}],"
                + "\"projection\":null}", robbery().toJson());
    }

    @Test
    void saysWhyThereIsNoProjection() {
        TrendAnalysis t = robbery();
        assertEquals(Optional.empty(), t.projection());
        assertEquals(Optional.of("projecting 2021/22 needs months 2020-04 to 2021-08 but 'Robbery' covers 2021-01 to 2021-08"),
                t.projectionUnavailableReason());
    }

    @Test
    void tableHasOneRowPerMonthWithLimitsAndSignals() {
        Table table = robbery().toTable();
        assertEquals("Robbery", table.name());
        assertEquals(List.of("month", "count", "gap", "centre", "upper", "lower", "signal"), table.columnNames());
        assertEquals(8, table.rowCount());
        assertTrue(table.longColumn("count").isMissing(2));
        assertTrue(table.booleanColumn("gap").get(2));
        assertEquals(18L, table.longColumn("count").get(1));
        assertEquals(28.0, table.doubleColumn("upper").get(7), 0.0);
        assertEquals("beyond upper limit", table.stringColumn("signal").get(6));
        assertEquals("", table.stringColumn("signal").get(7));
    }

    @Test
    void showsTheDefaultBaselineAndProjectsTheYearEnd() {
        MonthlySeries s = series("Burglary", "2020-04",
                50L, 60L, 70L, 65L, 55L, 60L, 75L, 80L, 60L, 50L, 45L, 50L, 60L, 70L, 80L);
        TrendAnalysis t = TrendAnalysis.of(s, Kind.C_CHART, ym("2021-04"), ym("2021-06"));
        assertEquals(ym("2020-04"), t.series().first());
        assertEquals(15, t.series().months().size());
        assertFalse(t.projectionUnavailableReason().isPresent());
        // reference values in YearEndProjectionTest (R, Poisson–log-normal quantiles)
        assertTrue(t.toJson().endsWith(
                "\"projection\":{\"yearToDate\":210,\"projected\":840,\"low\":709,\"high\":1001}}"), t.toJson());
    }
}
