package org.cspstat.count;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.Collections;
import org.cspstat.model.Area;
import org.cspstat.model.Category;

/**
 * The compact store of counts that every analysis reads instead of raw rows: incidents counted
 * by category, month and area, and optionally by category, month and snap point (position) for
 * hotspot analysis. Categories, areas and points are dictionary-encoded, so the store grows with
 * the number of distinct cells, never with the number of rows.
 *
 * <p>The store also knows which months have data: {@link #months()} lists the months any row was
 * read for, and {@link #gaps()} the months with no rows at all between a source's first and last
 * month. A gap is missing data, never a zero.
 *
 * <p>Instances are immutable and safe to share between threads. Build one with
 * {@code org.cspstat.io.Loader}.
 */
public final class CountStore {
    private final boolean hasAreas;
    private final List<Category> categories;
    private final List<Area> areas;
    private final List<SnapPoint> points;
    private final AreaCounts areaCounts;
    private final LongIntMap pointCounts;
    private final LongIntMap timeCounts;
    private final SortedSet<YearMonth> months;
    private final SortedSet<YearMonth> gaps;
    private final int firstMonth;
    private final long[][] totals;

    CountStore(boolean hasAreas, List<Category> categories, List<Area> areas, List<SnapPoint> points,
            AreaCounts areaCounts, LongIntMap pointCounts, LongIntMap timeCounts,
            SortedSet<YearMonth> months, SortedSet<YearMonth> gaps) {
        this.hasAreas = hasAreas;
        this.categories = List.copyOf(categories);
        this.areas = List.copyOf(areas);
        this.points = points == null ? null : List.copyOf(points);
        this.areaCounts = requireNonNull(areaCounts);
        this.pointCounts = pointCounts;
        this.timeCounts = timeCounts;
        this.months = Collections.unmodifiableSortedSet(new TreeSet<>(months));
        this.gaps = Collections.unmodifiableSortedSet(new TreeSet<>(gaps));
        this.firstMonth = months.isEmpty() ? 0 : Keys.monthIndex(months.first());
        int span = months.isEmpty() ? 0 : Keys.monthIndex(months.last()) - firstMonth + 1;
        this.totals = new long[this.categories.size()][span];
        areaCounts.forEachRow((category, month, row) -> {
            int m = month - firstMonth;
            if (m >= 0 && m < span) {
                long sum = 0;
                for (int count : row) {
                    sum += count;
                }
                totals[category][m] += sum;
            }
        });
    }

    /** @return the categories, indexed by category id */
    public List<Category> categories() {
        return categories;
    }

    /**
     * @param name a category name, matched exactly
     * @return its id, or empty when the data has no such category
     */
    public Optional<Integer> categoryId(String name) {
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i).name().equals(name)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /**
     * @return the areas incidents were counted in (LSOAs, or the export's areas), indexed by area
     *     id; empty when the store was loaded without areas ({@link #hasAreas})
     */
    public List<Area> areas() {
        return areas;
    }

    /**
     * @return true when counts are kept by area; false when the data was loaded for analyses by
     *     category only ({@code LoadOptions.areas(false)}), and every count is in "no area"
     */
    public boolean hasAreas() {
        return hasAreas;
    }

    /**
     * Fails unless counts are kept by area.
     *
     * @throws org.cspstat.error.ConfigurationException when the store was loaded without areas
     */
    public void requireAreas() {
        if (!hasAreas) {
            throw new org.cspstat.error.ConfigurationException(org.cspstat.error.ConfigurationException.AREAS,
                    "the data was loaded without areas (LoadOptions.areas(false)); load with areas to analyse by area");
        }
    }

    /** @return true when the store was loaded with positions, for hotspot analysis */
    public boolean hasPositions() {
        return points != null;
    }

    /**
     * @return the distinct snap points, indexed by point id
     * @throws IllegalStateException when the store was loaded without positions
     */
    public List<SnapPoint> points() {
        requirePositions();
        return points;
    }

    /** @return the months any row was read for, in order (gaps excluded) */
    public SortedSet<YearMonth> months() {
        return months;
    }

    /** @return the months with no rows at all between a source's first and last month */
    public SortedSet<YearMonth> gaps() {
        return gaps;
    }

    /**
     * @param month a month
     * @return true when rows were read for the month (it may still hold zero incidents of a
     *     category or area: that zero is real)
     */
    public boolean hasData(YearMonth month) {
        return months.contains(month);
    }

    /**
     * Returns the number of incidents of a category in a month, over all areas and rows without one.
     *
     * @param category a category id
     * @param month a month
     * @return the count, 0 when none (check {@link #hasData} to tell a zero from a gap)
     */
    public long total(int category, YearMonth month) {
        int m = Keys.monthIndex(month) - firstMonth;
        if (category < 0 || category >= totals.length || m < 0 || m >= (totals.length == 0 ? 0 : totals[0].length)) {
            return 0;
        }
        return totals[category][m];
    }

    /**
     * Returns the number of incidents of a category in a month and area.
     *
     * @param category a category id
     * @param month a month
     * @param area an area id, or -1 for rows without an area
     * @return the count, 0 when none
     */
    public long count(int category, YearMonth month, int area) {
        if (category < 0 || category >= Keys.MAX_CATEGORIES || area < -1) {
            return 0;
        }
        return areaCounts.get(category, Keys.monthIndex(month), area + 1);
    }

    /**
     * Visits every non-zero (category, month, area) cell, in no particular order.
     *
     * @param visitor receives each cell; the place is an area id or -1
     */
    public void forEachCount(CountVisitor visitor) {
        areaCounts.forEach((key, count) -> visitor.accept(Keys.category(key),
                Keys.yearMonth(Keys.month(key)), (int) Keys.place(key) - 1, count));
    }

    /**
     * Visits every non-zero (category, month, snap point) cell, in no particular order.
     *
     * @param visitor receives each cell; the place is a point id
     * @throws IllegalStateException when the store was loaded without positions
     */
    public void forEachPointCount(CountVisitor visitor) {
        requirePositions();
        pointCounts.forEach((key, count) -> visitor.accept(Keys.category(key),
                Keys.yearMonth(Keys.month(key)), (int) Keys.place(key), count));
    }

    /** The time slots: 7 weekdays (Monday first) × 24 hours. */
    public static final int TIME_SLOTS = 7 * 24;

    /** The slot of incidents from a source that records times, on a row with a date alone. */
    public static final int TIME_NOT_RECORDED = TIME_SLOTS;

    /**
     * @param day the weekday
     * @param hour the hour of the day, 0 to 23
     * @return the time slot, {@code (day − Monday) × 24 + hour}, 0 to 167
     * @throws IllegalArgumentException when the hour is not 0 to 23
     */
    public static int timeSlot(java.time.DayOfWeek day, int hour) {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("an hour is 0 to 23 but was " + hour);
        }
        return (day.getValue() - 1) * 24 + hour;
    }

    /**
     * @return true when some incidents were counted by weekday and hour: only sources whose dates
     *     carry a time of day (a mapped export with a date-time format) are; police.uk publishes the
     *     month alone
     */
    public boolean hasTimesOfDay() {
        return timeCounts != null;
    }

    /**
     * Visits every non-zero (category, month, time slot) cell, in no particular order. Only
     * incidents from a source with times of day are counted here; each of them once, in its
     * weekday-and-hour slot ({@link #timeSlot}) or in {@link #TIME_NOT_RECORDED}.
     *
     * @param visitor receives each cell; the place is the time slot, 0 to {@link #TIME_NOT_RECORDED}
     */
    public void forEachTimeCount(CountVisitor visitor) {
        if (timeCounts != null) {
            timeCounts.forEach((key, count) -> visitor.accept(Keys.category(key),
                    Keys.yearMonth(Keys.month(key)), (int) Keys.place(key), count));
        }
    }

    private void requirePositions() {
        if (points == null) {
            throw new org.cspstat.error.ConfigurationException(org.cspstat.error.ConfigurationException.POSITIONS,
                    "the data was loaded without positions; load with positions for hotspots");
        }
    }
}
