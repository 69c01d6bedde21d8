package org.cspstat.count.internal;

import java.time.YearMonth;

/**
 * Counts of one loading thread, merged into its builder's store when the store is built; not
 * thread-safe. Internal: the module does not export this package.
 */
public interface PartialCounts {
    /**
     * Counts one incident.
     *
     * @param category a category id
     * @param month the month
     * @param area an area id, or -1 for none
     * @param point a point id, or -1 for none (ignored when positions are not kept)
     */
    void add(int category, YearMonth month, int area, int point);

    /**
     * Counts one incident without a position, its month given as an index: the loaders' fast
     * path, with no object per row.
     *
     * @param category a category id
     * @param monthIndex the month as {@code year * 12 + month - 1}
     * @param area an area id, or -1 for none
     */
    void add(int category, int monthIndex, int area);

    /**
     * Counts one incident of a source that records times of day, by its weekday and hour (in
     * addition to {@link #add(int, YearMonth, int, int)}, which counts it by month and area).
     *
     * @param category a category id
     * @param month the month
     * @param slot {@code CountStore.timeSlot} of its weekday and hour, or
     *     {@code CountStore.TIME_NOT_RECORDED} for a row with a date alone
     * @throws IllegalArgumentException when the slot is neither
     */
    void addTime(int category, YearMonth month, int slot);
}
