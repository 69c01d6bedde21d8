package org.cspstat.trend;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;

/**
 * One month of a {@link MonthlySeries}: its count, or a gap when the month's data are missing.
 *
 * <p>A gap month carries count 0 only as a placeholder: it is excluded from every statistic
 * and is never treated as a month with no incidents.
 *
 * @param month the calendar month
 * @param count the number of incidents, 0 for a gap
 * @param gap true when the month's data are missing
 */
public record MonthCount(YearMonth month, long count, boolean gap) {

    /**
     * Validates the month.
     *
     * @throws NullPointerException if {@code month} is null
     * @param month the calendar month
     * @param count the number of incidents, 0 for a gap
     * @param gap true when the month's data are missing
     * @throws IllegalArgumentException if the count is negative, or a gap has a count other than 0
     */
    public MonthCount {
        requireNonNull(month, "month must not be null");
        if (count < 0) {
            throw new IllegalArgumentException("count for " + month + " must not be negative but was " + count);
        }
        if (gap && count != 0) {
            throw new IllegalArgumentException("gap month " + month + " must have count 0 but had " + count);
        }
    }

    /**
     * @param month the calendar month
     * @param count the number of incidents
     * @return an observed (non-gap) month
     */
    public static MonthCount observed(YearMonth month, long count) {
        return new MonthCount(month, count, false);
    }

    /**
     * @param month the calendar month whose data are missing
     * @return a gap month
     */
    public static MonthCount gapAt(YearMonth month) {
        return new MonthCount(month, 0, true);
    }
}
