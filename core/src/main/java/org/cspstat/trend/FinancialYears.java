package org.cspstat.trend;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Financial-year arithmetic (April to March) needed by {@link YearEndProjection}. To be replaced
 * by {@code org.cspstat.period.FinancialYear}.
 */
final class FinancialYears {
    /** The number of months in a financial year. */
    static final int MONTHS = 12;

    private FinancialYears() {
    }

    /**
     * @param month a month
     * @return April of the financial year containing {@code month}
     */
    static YearMonth start(YearMonth month) {
        return YearMonth.of(month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1, 4);
    }

    /**
     * @param month a month
     * @return the months from April to {@code month} inclusive, 1 to 12
     */
    static int monthsElapsed(YearMonth month) {
        return (int) ChronoUnit.MONTHS.between(start(month), month) + 1;
    }

    /**
     * @param month a month
     * @return the financial year containing {@code month}, written like {@code 2017/18}
     */
    static String label(YearMonth month) {
        int y = start(month).getYear();
        return String.format(java.util.Locale.ROOT, "%d/%02d", y, (y + 1) % 100);
    }
}
