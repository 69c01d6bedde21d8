package org.cspstat.trend;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Builds test series: a null count is a gap month. */
final class Months {
    private Months() {
    }

    static MonthlySeries series(String label, String first, Long... counts) {
        List<MonthCount> months = new ArrayList<>();
        YearMonth month = YearMonth.parse(first);
        for (Long count : counts) {
            months.add(count == null ? MonthCount.gapAt(month) : MonthCount.observed(month, count));
            month = month.plusMonths(1);
        }
        return new MonthlySeries(label, months);
    }

    static YearMonth ym(String text) {
        return YearMonth.parse(text);
    }
}
