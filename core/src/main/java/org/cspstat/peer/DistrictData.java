package org.cspstat.peer;

import java.time.YearMonth;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cspstat.count.AreaSubset;
import org.cspstat.count.CountStore;
import org.cspstat.io.DataQuality;
import org.cspstat.io.Dataset;
import org.cspstat.model.CategoryKind;

/**
 * One district's part of data loaded for a whole county: what loading the same files with
 * {@code --area-prefix <district>} would give, without reading them again.
 *
 * <p>The account: rows read and rejected are those of the files (as in a load of the district),
 * accepted are the district's rows, outside the area the rest, so it reconciles; rows without a
 * location and repeated Crime IDs are the files' figures (a load of the district counts its own
 * repeats only).
 */
public final class DistrictData {
    private DistrictData() {
    }

    /**
     * @param county data loaded with areas and no area selection
     * @param district one of its districts ({@link Districts#of})
     * @return the district's data
     */
    public static Dataset of(Dataset county, District district) {
        Set<Integer> keep = new java.util.HashSet<>();
        for (int a : district.areaIds()) {
            keep.add(a);
        }
        CountStore store = AreaSubset.of(county.counts(), keep::contains);
        DataQuality q = county.quality();
        SortedMap<YearMonth, Long> monthTotals = new TreeMap<>();
        for (YearMonth m : store.months()) {
            long sum = 0;
            for (int c = 0; c < store.categories().size(); c++) {
                if (store.categories().get(c).kind() != CategoryKind.FLAG) {
                    sum += store.total(c, m);
                }
            }
            monthTotals.put(m, sum);
        }
        long accepted = district.rows();
        DataQuality quality = new DataQuality(q.rowsRead(), accepted, q.rowsRead() - accepted - q.rejected(),
                q.noLocation(), q.duplicateIds(), q.rejected(), q.rejectedByReason(), q.rejects(), q.months(),
                q.gaps(), monthTotals, q.notes());
        return new Dataset(store, quality, county.source(), "LSOA names '" + district.name() + " NNNX'",
                county.lookup());
    }
}
