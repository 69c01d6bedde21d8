package org.cspstat.trend;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * A monthly count series for one category, group or area, covering consecutive months, in
 * which months with missing data are marked as gaps rather than filled with zero.
 *
 * @param label the category, group or area name
 * @param months the months in calendar order, consecutive, at least one
 */
public record MonthlySeries(String label, List<MonthCount> months) {

    /**
     * Validates the series.
     *
     * @throws NullPointerException if an argument or a month is null
     * @param label the category, group or area name
     * @param months the months in calendar order
     * @throws IllegalArgumentException if there are no months or the months are not consecutive
     */
    public MonthlySeries {
        requireNonNull(label, "label must not be null");
        months = List.copyOf(requireNonNull(months, "months must not be null"));
        if (months.isEmpty()) {
            throw new IllegalArgumentException("series '" + label + "' has no months");
        }
        for (int i = 1; i < months.size(); i++) {
            YearMonth expected = months.get(i - 1).month().plusMonths(1);
            if (!months.get(i).month().equals(expected)) {
                throw new IllegalArgumentException("series '" + label + "' expected " + expected
                        + " after " + months.get(i - 1).month() + " but found " + months.get(i).month());
            }
        }
    }

    /**
     * Builds a series spanning the earliest to the latest month found in {@code counts} or
     * {@code gaps}. A month inside that span that is neither counted nor a gap had no incidents
     * (count 0, not a gap).
     *
     * @param label the category, group or area name
     * @param counts counts by month
     * @param gaps months whose data are missing
     * @return the series
     * @throws IllegalArgumentException if both maps are empty, or a gap month also has a count
     */
    public static MonthlySeries of(String label, SortedMap<YearMonth, Long> counts, Set<YearMonth> gaps) {
        requireNonNull(counts, "counts must not be null");
        TreeSet<YearMonth> all = new TreeSet<>(requireNonNull(gaps, "gaps must not be null"));
        all.addAll(counts.keySet());
        if (all.isEmpty()) {
            throw new IllegalArgumentException("series '" + label + "' has no months");
        }
        return of(label, all.first(), all.last(), counts, gaps);
    }

    /**
     * Builds a series over the months {@code first} to {@code last} inclusive. A month that is
     * neither counted nor a gap had no incidents (count 0, not a gap).
     *
     * @param label the category, group or area name
     * @param first the first month
     * @param last the last month, not before {@code first}
     * @param counts counts by month; every key must lie in the range
     * @param gaps months whose data are missing; months outside the range are ignored
     * @return the series
     * @throws IllegalArgumentException if the range is empty, a count lies outside it, or a gap
     *     month also has a count
     */
    public static MonthlySeries of(String label, YearMonth first, YearMonth last,
            Map<YearMonth, Long> counts, Set<YearMonth> gaps) {
        requireNonNull(first, "first must not be null");
        requireNonNull(last, "last must not be null");
        requireNonNull(counts, "counts must not be null");
        requireNonNull(gaps, "gaps must not be null");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last month " + last + " is before first month " + first);
        }
        for (YearMonth m : counts.keySet()) {
            if (m.isBefore(first) || m.isAfter(last)) {
                throw new IllegalArgumentException("count for " + m + " lies outside " + first + " to " + last);
            }
            if (gaps.contains(m)) {
                throw new IllegalArgumentException("month " + m + " is marked as a gap but has a count");
            }
        }
        List<MonthCount> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            if (gaps.contains(m)) {
                months.add(MonthCount.gapAt(m));
            } else {
                Long count = counts.get(m);
                months.add(MonthCount.observed(m, count == null ? 0 : count));
            }
        }
        return new MonthlySeries(label, months);
    }

    /** @return the first month of the series */
    public YearMonth first() {
        return months.get(0).month();
    }

    /** @return the last month of the series */
    public YearMonth last() {
        return months.get(months.size() - 1).month();
    }

    /**
     * @param month a month
     * @return true if the series covers the month (as a count or a gap)
     */
    public boolean covers(YearMonth month) {
        return !month.isBefore(first()) && !month.isAfter(last());
    }

    /**
     * @param month a month the series covers
     * @return that month's entry
     * @throws IllegalArgumentException if the series does not cover the month
     */
    public MonthCount at(YearMonth month) {
        requireCovers(month);
        return months.get(offset(month));
    }

    /**
     * @param from the first month wanted
     * @param to the last month wanted
     * @return the months {@code from} to {@code to} inclusive, with the same label
     * @throws IllegalArgumentException if {@code to} is before {@code from} or the series does not
     *     cover both
     */
    public MonthlySeries slice(YearMonth from, YearMonth to) {
        requireCovers(from);
        requireCovers(to);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("last month " + to + " is before first month " + from);
        }
        return new MonthlySeries(label, months.subList(offset(from), offset(to) + 1));
    }

    private int offset(YearMonth month) {
        return (int) ChronoUnit.MONTHS.between(first(), month);
    }

    private void requireCovers(YearMonth month) {
        requireNonNull(month, "month must not be null");
        if (!covers(month)) {
            throw new IllegalArgumentException("series '" + label + "' covers " + first() + " to " + last()
                    + ", not " + month);
        }
    }
}
