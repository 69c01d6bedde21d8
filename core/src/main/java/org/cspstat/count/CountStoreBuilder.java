package org.cspstat.count;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.cspstat.count.internal.Building;
import org.cspstat.count.internal.PartialCounts;
import org.cspstat.model.Area;
import org.cspstat.model.Category;

/**
 * Builds a {@link CountStore} from many loading threads: the dictionaries (categories, areas,
 * points) are shared and thread-safe; each thread counts into its own partial counter (the
 * loaders reach them through a package the module does not export), and {@link #build} merges
 * them; {@link #addAll} adds a whole store.
 */
public final class CountStoreBuilder {
    static {
        Building.install(new Building.Hooks() {
            @Override
            public PartialCounts newPartial(Object builder) {
                return ((CountStoreBuilder) builder).newPartial();
            }

            @Override
            public void absorb(Object builder, Object piece) {
                ((CountStoreBuilder) builder).absorb((CountStoreBuilder) piece);
            }
        });
    }

    private final Dictionary<Category, Category> categories = new Dictionary<>(Keys.MAX_CATEGORIES);
    private final Dictionary<String, Area> areas = new Dictionary<>(Keys.MAX_PLACES - 1);
    private final Dictionary<Long, SnapPoint> points;
    private final boolean keepAreas;
    private final List<Partial> partials = new ArrayList<>();

    /**
     * @param positions true to keep counts by snap point as well, for hotspot analysis
     */
    public CountStoreBuilder(boolean positions) {
        this(positions, true);
    }

    /**
     * @param positions true to keep counts by snap point as well, for hotspot analysis
     * @param areas false to keep no areas: {@link #areaId} gives -1 (no area) for every row, and
     *     the store counts by category and month only
     */
    public CountStoreBuilder(boolean positions, boolean areas) {
        this.points = positions ? new Dictionary<>(Keys.MAX_PLACES) : null;
        this.keepAreas = areas;
    }

    /** @return true when counts by area are kept */
    public boolean areas() {
        return keepAreas;
    }

    /** @return true when counts by position are kept */
    public boolean positions() {
        return points != null;
    }

    /**
     * @param category a category
     * @return its dense id
     * @throws IllegalStateException past 256 distinct categories
     */
    public int categoryId(Category category) {
        return categories.id(category, c -> c);
    }

    /**
     * @param code an area code
     * @param name its name, kept from the first row that names it
     * @return its dense id, or -1 when areas are not kept
     */
    public int areaId(String code, String name) {
        return keepAreas ? areas.id(code, c -> new Area(c, name)) : -1;
    }

    /**
     * @param lon longitude, finite
     * @param lat latitude, finite
     * @param location the location text
     * @param area the area id of the row, or -1
     * @return the point's dense id
     * @throws IllegalStateException when positions are not kept
     */
    public int pointId(double lon, double lat, String location, int area) {
        if (points == null) {
            throw new IllegalStateException("positions are not kept");
        }
        long key = (Math.round((lon + 180) * 1e6) << 32) | Math.round((lat + 90) * 1e6);
        return points.id(key, k -> new SnapPoint(lon, lat, location, area));
    }

    /** @return a new per-thread counter, merged by {@link #build} */
    synchronized Partial newPartial() {
        Partial p = new Partial(this);
        partials.add(p);
        return p;
    }

    /**
     * Adds everything another builder counted, as if its rows had been counted here in the order
     * it met them: its categories, areas and snap points get ids here in that order (an area keeps
     * the name of the first row that named it), and its counts are moved to those ids. The loader
     * counts each piece of a file split between threads into a builder of its own and absorbs the
     * pieces in file order only when the whole file was read, so a file that must be read again
     * leaves no trace (not an area, not a name) and the result is the one reading the file in order
     * gives.
     *
     * @param piece a builder with the same settings, not used afterwards
     * @throws IllegalArgumentException when the settings differ
     */
    synchronized void absorb(CountStoreBuilder piece) {
        if (piece.positions() != positions() || piece.keepAreas != keepAreas) {
            throw new IllegalArgumentException("a piece must keep the same counts as the builder it joins");
        }
        List<Category> pieceCategories = piece.categories.values();
        int[] category = new int[pieceCategories.size()];
        for (int i = 0; i < category.length; i++) {
            category[i] = categoryId(pieceCategories.get(i));
        }
        List<Area> pieceAreas = piece.areas.values();
        int[] place = new int[pieceAreas.size() + 1]; // by place (area id + 1; 0 for no area)
        for (int i = 0; i < pieceAreas.size(); i++) {
            place[i + 1] = areaId(pieceAreas.get(i).code(), pieceAreas.get(i).name()) + 1;
        }
        int[] point = new int[0];
        if (points != null) {
            List<SnapPoint> piecePoints = piece.points.values();
            point = new int[piecePoints.size()];
            for (int i = 0; i < point.length; i++) {
                SnapPoint p = piecePoints.get(i);
                point[i] = pointId(p.lon(), p.lat(), p.location(), p.area() < 0 ? -1 : place[p.area() + 1] - 1);
            }
        }
        Partial merged = new Partial(this);
        int[] pointOf = point;
        for (Partial p : piece.partials) {
            p.areaCounts.forEachRow((c, month, row) -> {
                for (int i = 0; i < row.length; i++) {
                    if (row[i] != 0) {
                        merged.areaCounts.add(category[c], month, place[i], row[i]);
                    }
                }
            });
            if (p.pointCounts != null) {
                p.pointCounts.forEach((key, count) -> merged.pointCounts.add(
                        Keys.pack(category[Keys.category(key)], Keys.month(key), pointOf[(int) Keys.place(key)]), count));
            }
            if (p.timeCounts != null) {
                p.timeCounts.forEach((key, count) -> merged.times().add(
                        Keys.pack(category[Keys.category(key)], Keys.month(key), Keys.place(key)), count));
            }
        }
        partials.add(merged);
    }

    /**
     * Adds every count of a store (another source's, say) as if its rows had been counted here:
     * its categories, areas and snap points get ids here, and its counts are added to them.
     *
     * @param store a store with at least the counts this builder keeps (areas, positions)
     * @throws IllegalArgumentException when this builder keeps areas or positions the store lacks
     */
    public synchronized void addAll(CountStore store) {
        if ((keepAreas && !store.hasAreas()) || (points != null && !store.hasPositions())) {
            throw new IllegalArgumentException("the store lacks the areas or positions this builder keeps");
        }
        List<Category> storeCategories = store.categories();
        int[] category = new int[storeCategories.size()];
        for (int i = 0; i < category.length; i++) {
            category[i] = categoryId(storeCategories.get(i));
        }
        List<Area> storeAreas = store.areas();
        int[] area = new int[storeAreas.size()];
        for (int i = 0; i < area.length; i++) {
            area[i] = areaId(storeAreas.get(i).code(), storeAreas.get(i).name());
        }
        Partial merged = new Partial(this);
        store.forEachCount((c, month, place, count) -> merged.areaCounts.add(category[c], Keys.monthIndex(month),
                (place < 0 ? -1 : area[place]) + 1, Math.toIntExact(count)));
        if (points != null) {
            List<SnapPoint> storePoints = store.points();
            int[] point = new int[storePoints.size()];
            for (int i = 0; i < point.length; i++) {
                SnapPoint p = storePoints.get(i);
                point[i] = pointId(p.lon(), p.lat(), p.location(), p.area() < 0 ? -1 : area[p.area()]);
            }
            store.forEachPointCount((c, month, place, count) -> merged.pointCounts.add(
                    Keys.pack(category[c], Keys.monthIndex(month), point[place]), Math.toIntExact(count)));
        }
        if (store.hasTimesOfDay()) {
            store.forEachTimeCount((c, month, slot, count) -> merged.times().add(
                    Keys.pack(category[c], Keys.monthIndex(month), slot), Math.toIntExact(count)));
        }
        partials.add(merged);
    }

    /**
     * Merges every partial into an immutable store.
     *
     * @param months the months any row was read for
     * @param gaps the months with no rows between a source's first and last month
     * @return the store
     */
    public synchronized CountStore build(SortedSet<YearMonth> months, SortedSet<YearMonth> gaps) {
        // merged into the first partial, dropping each other one as it goes, so that at most two
        // sets of counts are alive at once; the merged partial replaces them, so building again
        // gives the same store
        Partial merged = partials.isEmpty() ? new Partial(this) : partials.get(0);
        for (int i = 1; i < partials.size(); i++) {
            Partial p = partials.set(i, null);
            merged.areaCounts.addAll(p.areaCounts);
            if (merged.pointCounts != null) {
                merged.pointCounts.addAll(p.pointCounts);
            }
            if (p.timeCounts != null) {
                merged.times().addAll(p.timeCounts);
            }
        }
        partials.clear();
        partials.add(merged);
        AreaCounts areaCounts = merged.areaCounts;
        LongIntMap pointCounts = merged.pointCounts;
        return new CountStore(keepAreas, categories.values(), areas.values(),
                points == null ? null : points.values(), areaCounts, pointCounts, merged.timeCounts,
                new TreeSet<>(months), new TreeSet<>(gaps));
    }

    /** Counts of one loading thread; not thread-safe. */
    static final class Partial implements PartialCounts {
        private final AreaCounts areaCounts;
        private final LongIntMap pointCounts;
        /** Counts by (category, month, time slot), made on the first row with a time: see {@link CountStore#timeSlot}. */
        private LongIntMap timeCounts;

        private Partial(CountStoreBuilder builder) {
            // a new (category, month) row is made as long as the areas known so far, plus one for "no area"
            this.areaCounts = new AreaCounts(() -> builder.areas.size() + 1);
            this.pointCounts = builder.points != null ? new LongIntMap() : null;
        }

        /**
         * Counts one incident.
         *
         * @param category a category id
         * @param month the month
         * @param area an area id, or -1 for none
         * @param point a point id, or -1 for none (ignored when positions are not kept)
         */
        @Override
        public void add(int category, YearMonth month, int area, int point) {
            int m = Keys.monthIndex(month);
            areaCounts.add(category, m, area + 1, 1);
            if (pointCounts != null && point >= 0) {
                pointCounts.add(Keys.pack(category, m, point), 1);
            }
        }

        /**
         * Counts one incident without a position, its month given as an index: the loaders' fast
         * path, with no object per row.
         *
         * @param category a category id
         * @param monthIndex the month as {@code year * 12 + month - 1}
         * @param area an area id, or -1 for none
         */
        @Override
        public void add(int category, int monthIndex, int area) {
            areaCounts.add(category, monthIndex, area + 1, 1);
        }

        /**
         * Counts one incident of a source that records times of day, by its weekday and hour (in
         * addition to {@link #add}, which counts it by month and area).
         *
         * @param category a category id
         * @param month the month
         * @param slot {@link CountStore#timeSlot} of its weekday and hour, or
         *     {@link CountStore#TIME_NOT_RECORDED} for a row with a date alone
         * @throws IllegalArgumentException when the slot is neither
         */
        @Override
        public void addTime(int category, YearMonth month, int slot) {
            if (slot < 0 || slot > CountStore.TIME_NOT_RECORDED) {
                throw new IllegalArgumentException("a time slot is 0 to " + CountStore.TIME_NOT_RECORDED + " but was " + slot);
            }
            times().add(Keys.pack(category, Keys.monthIndex(month), slot), 1);
        }

        private LongIntMap times() {
            if (timeCounts == null) {
                timeCounts = new LongIntMap(256);
            }
            return timeCounts;
        }
    }
}
