package org.cspstat.count;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.cspstat.model.Area;

/**
 * The counts of some of a store's areas, as a store of their own: what a load of the same files
 * selecting only those areas would give. A county is read once and each district's pack made
 * from its part, instead of reading the files once per district.
 */
public final class AreaSubset {
    private AreaSubset() {
    }

    /**
     * Keeps the areas a test accepts, renumbered in their original order; snap points (when kept)
     * follow their area. Rows without an area are dropped, as an area selection drops them. The
     * months and gaps stay those of the data read, since they describe the files, not the area.
     *
     * @param store the store, loaded with areas
     * @param keep accepts the area ids to keep
     * @return the smaller store
     * @throws IllegalStateException when the store has no areas
     */
    public static CountStore of(CountStore store, IntPredicate keep) {
        requireNonNull(keep, "keep must not be null");
        store.requireAreas();
        List<Area> all = store.areas();
        int[] newArea = new int[all.size()];
        List<Area> areas = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            newArea[i] = keep.test(i) ? areas.size() : -1;
            if (newArea[i] >= 0) {
                areas.add(all.get(i));
            }
        }
        int places = areas.size() + 1;
        AreaCounts counts = new AreaCounts(() -> places);
        store.forEachCount((category, month, area, count) -> {
            if (area >= 0 && newArea[area] >= 0) {
                counts.add(category, Keys.monthIndex(month), newArea[area] + 1, (int) count);
            }
        });
        List<SnapPoint> points = null;
        LongIntMap pointCounts = null;
        if (store.hasPositions()) {
            List<SnapPoint> allPoints = store.points();
            int[] newPoint = new int[allPoints.size()];
            Arrays.fill(newPoint, -1);
            points = new ArrayList<>();
            for (int i = 0; i < allPoints.size(); i++) {
                SnapPoint p = allPoints.get(i);
                if (p.area() >= 0 && newArea[p.area()] >= 0) {
                    newPoint[i] = points.size();
                    points.add(new SnapPoint(p.lon(), p.lat(), p.location(), newArea[p.area()]));
                }
            }
            LongIntMap kept = new LongIntMap();
            store.forEachPointCount((category, month, point, count) -> {
                if (newPoint[point] >= 0) {
                    kept.add(Keys.pack(category, Keys.monthIndex(month), newPoint[point]), (int) count);
                }
            });
            pointCounts = kept;
        }
        // times of day are kept by category and month, not by area: a subset of areas has none
        return new CountStore(true, store.categories(), areas, points, counts, pointCounts, null, store.months(),
                store.gaps());
    }
}
