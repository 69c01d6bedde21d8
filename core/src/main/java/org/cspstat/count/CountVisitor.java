package org.cspstat.count;

import java.time.YearMonth;

/**
 * Receives the non-zero cells of a {@link CountStore}, one call per (category, month, place).
 */
@FunctionalInterface
public interface CountVisitor {
    /**
     * @param category the category id, an index into {@link CountStore#categories()}
     * @param month the month
     * @param place an area id (index into {@link CountStore#areas()}), -1 for rows without an
     *     area; or, when visiting positions, a point id (index into {@link CountStore#points()})
     * @param count the number of incidents, at least 1
     */
    void accept(int category, YearMonth month, int place, long count);
}
