package org.cspstat.trend;

import static org.cspstat.trend.Months.ym;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MonthlySeriesTest {

    @Test
    void marksGapMonthsAndCountsUnlistedMonthsInsideTheSpanAsZero() {
        TreeMap<java.time.YearMonth, Long> counts = new TreeMap<>(Map.of(ym("2021-01"), 5L, ym("2021-03"), 7L));
        MonthlySeries s = MonthlySeries.of("Robbery", counts, Set.of(ym("2021-04")));
        assertEquals(List.of(
                MonthCount.observed(ym("2021-01"), 5),
                MonthCount.observed(ym("2021-02"), 0),
                MonthCount.observed(ym("2021-03"), 7),
                MonthCount.gapAt(ym("2021-04"))), s.months());
        assertEquals(ym("2021-01"), s.first());
        assertEquals(ym("2021-04"), s.last());
    }

    @Test
    void explicitRangeKeepsLeadingAndTrailingZeroMonths() {
        MonthlySeries s = MonthlySeries.of("Drugs", ym("2020-12"), ym("2021-02"), Map.of(ym("2021-01"), 3L), Set.of());
        assertEquals(List.of(0L, 3L, 0L), s.months().stream().map(MonthCount::count).toList());
    }

    @Test
    void rejectsAGapMonthThatAlsoHasACount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MonthlySeries.of("Drugs",
                new TreeMap<>(Map.of(ym("2021-03"), 2L)), Set.of(ym("2021-03"))));
        assertEquals("month 2021-03 is marked as a gap but has a count", e.getMessage());
    }

    @Test
    void rejectsACountOutsideTheExplicitRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MonthlySeries.of("Drugs",
                ym("2021-01"), ym("2021-02"), Map.of(ym("2021-05"), 2L), Set.of()));
        assertEquals("count for 2021-05 lies outside 2021-01 to 2021-02", e.getMessage());
    }

    @Test
    void rejectsMonthsThatAreNotConsecutive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MonthlySeries("Drugs",
                List.of(MonthCount.observed(ym("2021-01"), 1), MonthCount.observed(ym("2021-03"), 1))));
        assertEquals("series 'Drugs' expected 2021-02 after 2021-01 but found 2021-03", e.getMessage());
    }

    @Test
    void rejectsAGapWithACountAndANegativeCount() {
        assertEquals("gap month 2021-01 must have count 0 but had 4", assertThrows(IllegalArgumentException.class,
                () -> new MonthCount(ym("2021-01"), 4, true)).getMessage());
        assertEquals("count for 2021-01 must not be negative but was -1", assertThrows(IllegalArgumentException.class,
                () -> MonthCount.observed(ym("2021-01"), -1)).getMessage());
    }

    @Test
    void slicesAndLooksUpMonths() {
        MonthlySeries s = Months.series("Drugs", "2021-11", 1L, 2L, null, 4L);
        assertEquals(MonthCount.gapAt(ym("2022-01")), s.at(ym("2022-01")));
        assertEquals(Months.series("Drugs", "2021-12", 2L, null), s.slice(ym("2021-12"), ym("2022-01")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.at(ym("2022-03")));
        assertEquals("series 'Drugs' covers 2021-11 to 2022-02, not 2022-03", e.getMessage());
    }
}
