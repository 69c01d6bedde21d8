package org.cspstat.period;

import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds a period the data can compare with the same months a year earlier, to name in an error
 * when the one asked for cannot be compared: the latest financial year to date when it can be,
 * else the longest run of months (at most twelve) ending with the latest month whose every month
 * and the month a year before have data.
 */
public final class ComparablePeriod {
    private ComparablePeriod() {
    }

    /**
     * @param last the latest month with data
     * @param hasData whether a month has data
     * @return a period whose months and those a year earlier all have data; empty when there is none
     */
    public static Optional<Period> latest(YearMonth last, Predicate<YearMonth> hasData) {
        Period ytd = FinancialYear.containing(last).yearToDate(last);
        if (ytd.months().stream().allMatch(m -> hasData.test(m) && hasData.test(m.minusYears(1)))) {
            return Optional.of(ytd);
        }
        for (YearMonth end = last; !end.isBefore(last.minusMonths(24)); end = end.minusMonths(1)) {
            YearMonth from = end;
            while (from.plusMonths(11).isAfter(end) && hasData.test(from) && hasData.test(from.minusYears(1))) {
                from = from.minusMonths(1);
            }
            if (!from.equals(end)) {
                return Optional.of(Period.of(from.plusMonths(1), end));
            }
        }
        return Optional.empty();
    }

    /**
     * @param p a period
     * @return the text {@link Period#parse} reads back as its months: {@code 2022-01} or
     *     {@code 2021-04..2022-01}
     */
    public static String spelling(Period p) {
        return p.from().equals(p.to()) ? p.from().toString() : p.from() + ".." + p.to();
    }
}
