package org.cspstat.io;

import org.cspstat.count.internal.PartialCounts;
import org.cspstat.error.DataException;

import java.time.YearMonth;
import org.cspstat.count.CountStoreBuilder;
import org.cspstat.model.Area;

/**
 * Where a reader sends each row: it applies the area selection and de-duplication, counts the
 * row into the store and keeps the account. One per source; not thread-safe.
 */
final class RowCounter {
    private final CountStoreBuilder builder;
    private final PartialCounts partial;
    private final LoadOptions options;
    private final Tally tally;
    /** Crime IDs seen, when de-duplicating (the answer is needed at once, row by row). */
    private final LongSet seenIds = new LongSet();
    /** Crime IDs seen, otherwise (repeats are only counted, at the end: see {@link #finish}). */
    private final IdLog ids = new IdLog();

    RowCounter(CountStoreBuilder builder, PartialCounts partial, LoadOptions options, Tally tally) {
        this.builder = builder;
        this.partial = partial;
        this.options = options;
        this.tally = tally;
    }

    Tally tally() {
        return tally;
    }

    CountStoreBuilder builder() {
        return builder;
    }

    /** Notes that a data row was read; every row read ends in exactly one of reject, outside or accept. */
    void read() {
        tally.rowsRead++;
    }

    /** Notes a month that has data, whatever becomes of the row. */
    void monthSeen(YearMonth month) {
        tally.monthSeen(month);
    }

    /**
     * Rejects the current row.
     *
     * @throws DataException in strict mode
     */
    void reject(String file, long line, String kind, String reason) {
        if (options.strict()) {
            throw new DataException(file, line, reason);
        }
        tally.reject(file, line, kind, reason);
    }

    /** The area id of a row outside the selected area. */
    static final int OUTSIDE = -2;

    /**
     * @return the area id of a row by its LSOA, -1 for a row without one, or {@link #OUTSIDE}
     *     when an area is selected and the row is not in it
     */
    int areaOf(String areaCode, String areaName) {
        if (!options.selection().isAll() && !options.selection().contains(areaCode, areaName)) {
            return OUTSIDE;
        }
        return areaCode.isEmpty() ? -1 : builder.areaId(areaCode, areaName);
    }

    /**
     * Counts a valid row.
     *
     * @param categories the category ids to count it in (its own, then any flag categories)
     * @param lon longitude, or NaN when the row has no location
     */
    void accept(String file, long line, String id, YearMonth month, int[] categories, double lon, double lat,
            String location, String areaCode, String areaName) {
        accept(file, line, id, month, NO_TIME, categories, lon, lat, location, areaCode, areaName);
    }

    /** The time slot of a row from a source that records no time of day (police.uk: the month alone). */
    static final int NO_TIME = -1;

    /**
     * Counts a valid row, with its time of day.
     *
     * @param timeSlot {@code CountStore.timeSlot} of its weekday and hour, {@code CountStore.TIME_NOT_RECORDED}
     *     for a row with a date alone from a source that records times, or {@link #NO_TIME}
     * @param categories the category ids to count it in (its own, then any flag categories)
     * @param lon longitude, or NaN when the row has no location
     */
    void accept(String file, long line, String id, YearMonth month, int timeSlot, int[] categories, double lon,
            double lat, String location, String areaCode, String areaName) {
        boolean located = !Double.isNaN(lon);
        if (!located) {
            tally.noLocation++;
        }
        int area;
        AreaAssigner assigner = options.assigner();
        if (assigner != null) {
            Area a = located ? assigner.areaOf(lon, lat) : null;
            area = a == null ? OUTSIDE : builder.areaId(a.code(), a.name());
        } else {
            area = areaOf(areaCode, areaName);
        }
        if (area == OUTSIDE) {
            tally.outsideArea++;
            return;
        }
        if (!id.isEmpty() && repeated(LongSet.hash(id)) && options.dedupe()) {
            reject(file, line, "repeated Crime ID (removed by de-duplication)",
                    "repeated Crime ID '" + id + "' (removed by de-duplication)");
            return;
        }
        tally.accepted++;
        tally.acceptedIn(month);
        int point = located && builder.positions() ? builder.pointId(lon, lat, location, area) : -1;
        for (int c : categories) {
            partial.add(c, month, area, point);
            if (timeSlot >= 0) {
                partial.addTime(c, month, timeSlot);
            }
        }
    }

    /**
     * Counts a valid row whose area is already resolved (by {@link #areaOf}), with no positions
     * kept, no polygons and no de-duplication: the fast path's version of {@link #accept}, with
     * the same accounting and no allocation.
     *
     * @param monthIndex the month as {@code year * 12 + month - 1}, 1900-01 to 2199-12
     *     (see {@link Tally#indexMonths})
     * @param idHash {@link LongSet#hash} of the Crime ID, unused when {@code hasId} is false
     * @param area an area id, -1, or {@link #OUTSIDE}
     */
    void acceptResolved(boolean hasId, long idHash, int monthIndex, int category, boolean located, int area) {
        tally.noLocation += located ? 0 : 1;
        if (area == OUTSIDE) {
            tally.outsideArea++;
            return;
        }
        if (hasId) {
            ids.add(idHash); // no de-duplication on this path: repeats are counted at the end
        }
        tally.accepted++;
        tally.acceptedIn(monthIndex);
        partial.add(category, monthIndex, area);
    }

    /** Notes a month that has data, given by index ({@code year * 12 + month - 1}), for the fast path. */
    void seenIn(int monthIndex) {
        tally.seenIn(monthIndex);
    }

    /**
     * Notes a Crime ID. When de-duplicating, returns true, and counts it, when the file already
     * had it; otherwise only logs it, for {@link #finish} to count repeats, and returns false.
     */
    private boolean repeated(long idHash) {
        if (!options.dedupe()) {
            ids.add(idHash);
            return false;
        }
        if (seenIds.add(idHash)) {
            return false;
        }
        tally.duplicateIds++;
        return true;
    }

    /** Ends the source: counts its repeated Crime IDs into the account. */
    void finish() {
        tally.duplicateIds += IdLog.repeats(java.util.List.of(ids));
        tally.foldMonths();
    }

    /** @return the Crime IDs logged, for counting repeats across the pieces of a split file */
    IdLog ids() {
        return ids;
    }
}
