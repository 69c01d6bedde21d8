package org.cspstat.report;

import org.cspstat.count.internal.PartialCounts;
import org.cspstat.count.internal.Building;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;
import org.cspstat.count.CountStore;
import org.cspstat.count.CountStoreBuilder;
import org.cspstat.model.Category;
import org.cspstat.model.CategoryKind;
import org.junit.jupiter.api.Test;

class RollingSectionTest {
    static final YearMonth FIRST = YearMonth.of(2021, 1);

    /** Burglary: month i (0-based) has i + 1 incidents, over 15 months, with month 13 (2022-02) a gap. */
    static CountStore store() {
        CountStoreBuilder b = new CountStoreBuilder(false);
        int c = b.categoryId(new Category("Burglary", CategoryKind.CRIME));
        PartialCounts p = Building.newPartial(b);
        TreeSet<YearMonth> months = new TreeSet<>();
        for (int i = 0; i < 15; i++) {
            if (i == 13) {
                continue;
            }
            months.add(FIRST.plusMonths(i));
            for (int k = 0; k <= i; k++) {
                p.add(c, FIRST.plusMonths(i), -1, -1);
            }
        }
        return b.build(months, new TreeSet<>(List.of(FIRST.plusMonths(13))));
    }

    @Test
    void rollingTotalsSumTwelveMonthsAndStopAtAGap() {
        ReportSection s = RollingSection.of(store(), FIRST.plusMonths(14), "test").orElseThrow();
        RollingChartData chart = (RollingChartData) s.charts().get(0);
        assertEquals("rolling-all-crime", chart.name());
        assertEquals(15, chart.months().size());
        // by hand: 2021-12 = 1 + 2 + ... + 12 = 78; 2022-01 = 2 + ... + 13 = 90
        assertEquals(78.0, chart.rolling().get(11));
        assertEquals(90.0, chart.rolling().get(12));
        assertTrue(Double.isNaN(chart.rolling().get(10)), "fewer than twelve months before");
        assertTrue(Double.isNaN(chart.monthly().get(13)), "a gap is missing, not zero");
        assertTrue(Double.isNaN(chart.rolling().get(13)) && Double.isNaN(chart.rolling().get(14)),
                "a window with a gap has no total");
        assertEquals("All crime: no rolling total to Mar 2022 (a month without data in the year).", s.points().get(0));
    }

    @Test
    void fewerThanThirteenMonthsGiveNoSection() {
        assertTrue(RollingSection.of(store(), FIRST.plusMonths(11), "test").isEmpty());
    }
}
