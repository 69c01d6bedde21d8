package org.cspstat.io;

import java.time.YearMonth;
import org.cspstat.count.CountStoreBuilder;
import org.cspstat.model.Area;

/**
 * Where a reader sends each row: it applies the area selection and de-duplication, counts the
 * row into the store and keeps the account. One per source; not thread-safe.
 */
final class RowCounter {
    private final CountStoreBuilder builder;
    private final CountStoreBuilder.Partial partial;
    private final LoadOptions options;
    private final Tally tally;
    private final LongSet seenIds = new LongSet();

    RowCounter(CountStoreBuilder builder, CountStoreBuilder.Partial partial, LoadOptions options, Tally tally) {
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
        tally.monthsRead.add(month);
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

    /**
     * Counts a valid row.
     *
     * @param categories the category ids to count it in (its own, then any flag categories)
     * @param lon longitude, or NaN when the row has no location
     */
    void accept(String file, long line, String id, YearMonth month, int[] categories, double lon, double lat,
            String location, String areaCode, String areaName) {
        boolean located = !Double.isNaN(lon);
        if (!located) {
            tally.noLocation++;
        }
        int area;
        AreaAssigner assigner = options.assigner();
        if (assigner != null) {
            Area a = located ? assigner.areaOf(lon, lat) : null;
            if (a == null) {
                tally.outsideArea++;
                return;
            }
            area = builder.areaId(a.code(), a.name());
        } else {
            if (!options.selection().isAll() && !options.selection().contains(areaCode, areaName)) {
                tally.outsideArea++;
                return;
            }
            area = areaCode.isEmpty() ? -1 : builder.areaId(areaCode, areaName);
        }
        if (!id.isEmpty() && !seenIds.add(LongSet.hash(id))) {
            tally.duplicateIds++;
            if (options.dedupe()) {
                reject(file, line, "repeated Crime ID (removed by de-duplication)",
                        "repeated Crime ID '" + id + "' (removed by de-duplication)");
                return;
            }
        }
        tally.accepted++;
        tally.monthTotals.merge(month, 1L, Long::sum);
        int point = located && builder.positions() ? builder.pointId(lon, lat, location, area) : -1;
        for (int c : categories) {
            partial.add(c, month, area, point);
        }
    }
}
