package org.cspstat.hotspot;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cspstat.geo.BritishNationalGrid;
import org.cspstat.geo.EastingNorthing;
import org.cspstat.geo.LonLat;

/**
 * Builds a grid Gi* hot-spot map from incident counts at map points: projects the points to the
 * British National Grid, lays a {@link Grid} over the study area, counts per cell, computes
 * {@link GiStar#permutation} over the study area's cells (zeros included, cells outside left
 * out) and, for a run of periods, classifies each cell with {@link EmergingHotspots}.
 *
 * <p>Without {@link Options}, the study area is every cell of the rectangle over the points
 * ({@link StudyArea#rectangle()}), with the default permutations and seed: right for synthetic
 * grids, wrong for a real area, whose rectangle holds cells where no incident can fall (give a
 * {@link StudyArea}; {@link HotspotAnalysis} always does).
 */
public final class HotspotMap {
    /** The seed of the permutations unless one is given. */
    public static final long DEFAULT_SEED = 20_210_601L;

    /** Permutations for a study area of more than {@link #SMALL_AREA_CELLS} cells. */
    public static final int DEFAULT_PERMUTATIONS = 999;

    /**
     * Up to this many cells, the default is {@value #SMALL_AREA_PERMUTATIONS} permutations: with 999 the
     * smallest two-sided p-value is 0.002, and Benjamini–Hochberg over n cells can then call a
     * cell hot only when at least 0.002·n/0.05 cells (16 of 400) reach it, so a small cluster
     * could never be found. 9,999 permutations lower that to 0.0002 (two cells of 400).
     */
    public static final int SMALL_AREA_CELLS = 3_000;

    /** Permutations for a study area of at most {@link #SMALL_AREA_CELLS} cells. */
    public static final int SMALL_AREA_PERMUTATIONS = 9_999;

    /**
     * How the map is made: the study area, the permutations (0 for the default by area size) and
     * the seed.
     *
     * @param area the study area, or null for every cell of the rectangle over the points
     * @param permutations the permutations, 0 for the default
     * @param seed the seed
     */
    public record Options(StudyArea area, int permutations, long seed) {
        /** The defaults: the whole rectangle, permutations by area size, {@link #DEFAULT_SEED}. */
        public static final Options DEFAULT = new Options(null, 0, DEFAULT_SEED);

        /**
         * Validates the options.
         *
         * @param area the study area, or null
         * @param permutations 0, or at least 99
         * @param seed the seed
         */
        public Options {
            if (permutations != 0 && permutations < 99) {
                throw new IllegalArgumentException("permutations must be at least 99 but was " + permutations);
            }
        }

        int permutationsFor(int cells) {
            return permutations > 0 ? permutations
                    : cells <= SMALL_AREA_CELLS ? SMALL_AREA_PERMUTATIONS : DEFAULT_PERMUTATIONS;
        }
    }

    private HotspotMap() {
    }

    /**
     * Maps hot spots for one set of counts.
     *
     * @param points incident counts at map points, at least one
     * @param cellSize the cell side in metres, such as {@link Grid#DEFAULT_CELL_SIZE}
     * @return the map, with no emerging classes
     * @throws IllegalArgumentException when there are no points or the cell size is not positive
     */
    public static HotspotResult of(List<PointCount> points, double cellSize) {
        return of(points, cellSize, Options.DEFAULT);
    }

    /**
     * Maps hot spots for one set of counts on a study area.
     *
     * @param points incident counts at map points, at least one
     * @param cellSize the cell side in metres
     * @param options the study area, permutations and seed
     * @return the map, with no emerging classes
     */
    public static HotspotResult of(List<PointCount> points, double cellSize, Options options) {
        return build(List.of(requireNonNull(points, "points must not be null")), cellSize, false, 0, options);
    }

    /**
     * Maps hot spots over a run of periods: the cell counts, z and p-values describe all periods
     * together, and each cell also gets its emerging class from per-period Gi*.
     *
     * @param periods incident counts at map points, one list per period in time order, at least
     *     {@link EmergingHotspots#MIN_PERIODS} periods (a period may be empty)
     * @param cellSize the cell side in metres
     * @return the map with emerging classes
     * @throws IllegalArgumentException when there are too few periods, no points at all, or the
     *     cell size is not positive
     */
    public static HotspotResult withEmerging(List<List<PointCount>> periods, double cellSize) {
        requireNonNull(periods, "periods must not be null");
        EmergingHotspots.requirePeriods(periods.size());
        return build(periods, cellSize, true, 0, Options.DEFAULT);
    }

    /**
     * Maps hot spots for one set of counts (the period reported on), with each cell's emerging
     * class from a run of periods: the cell counts, z and p-values describe {@code focus}, the
     * classes the run. The grid covers the points of both.
     *
     * @param periods incident counts at map points, one list per period in time order, at least
     *     {@link EmergingHotspots#MIN_PERIODS} periods
     * @param focus the counts the map's Gi* describes, at least one point
     * @param cellSize the cell side in metres
     * @return the map with emerging classes
     * @throws IllegalArgumentException when there are too few periods, no focus points, or the
     *     cell size is not positive
     */
    public static HotspotResult withEmerging(List<List<PointCount>> periods, List<PointCount> focus,
            double cellSize) {
        return withEmerging(periods, focus, cellSize, Options.DEFAULT);
    }

    /**
     * As {@link #withEmerging(List, List, double)}, on a study area.
     *
     * @param periods incident counts at map points, one list per period in time order
     * @param focus the counts the map's Gi* describes
     * @param cellSize the cell side in metres
     * @param options the study area, permutations and seed
     * @return the map with emerging classes
     */
    public static HotspotResult withEmerging(List<List<PointCount>> periods, List<PointCount> focus,
            double cellSize, Options options) {
        requireNonNull(periods, "periods must not be null");
        EmergingHotspots.requirePeriods(periods.size());
        List<List<PointCount>> all = new java.util.ArrayList<>(periods);
        all.add(requireNonNull(focus, "focus must not be null"));
        return build(all, cellSize, true, periods.size(), options);
    }

    /**
     * The most cells a map is laid on: a 500 × 500 grid, some 125 km square at the default 250 m,
     * larger than any district or county. A national extract at 250 m would need millions of
     * cells and gigabytes for the emerging run; {@link #cellSizeFor} gives such an area larger cells.
     */
    public static final long MAX_CELLS = 250_000;

    /**
     * Returns the number of cells of the grid over the points at a cell size.
     *
     * @param periods the points of every period the map covers
     * @param cellSize the cell side in metres
     * @return rows times columns, 0 when there are no points
     */
    public static long cells(List<List<PointCount>> periods, double cellSize) {
        List<EastingNorthing> projected = project(periods);
        return projected.isEmpty() ? 0 : gridCells(projected, cellSize);
    }

    /**
     * Returns the cell size to lay a map with: the one asked for, doubled until the grid over the
     * points has at most {@link #MAX_CELLS} cells.
     *
     * @param periods the points of every period the map covers
     * @param cellSize the cell side asked for, in metres
     * @return the cell side to use
     */
    public static double cellSizeFor(List<List<PointCount>> periods, double cellSize) {
        List<EastingNorthing> projected = project(periods);
        double size = cellSize;
        while (!projected.isEmpty() && gridCells(projected, size) > MAX_CELLS) {
            size *= 2;
        }
        return size;
    }

    private static long gridCells(List<EastingNorthing> projected, double cellSize) {
        Grid grid = Grid.covering(projected, cellSize);
        return (long) grid.rows() * grid.cols();
    }

    /** @return every period's points in British National Grid metres, period by period */
    private static List<EastingNorthing> project(List<List<PointCount>> periods) {
        List<EastingNorthing> projected = new ArrayList<>();
        for (List<PointCount> period : periods) {
            for (PointCount p : period) {
                projected.add(BritishNationalGrid.toGrid(p.lon(), p.lat()));
            }
        }
        return projected;
    }

    /**
     * Lays the grid over the study area; Gi* describes the periods from {@code focusFrom} on. With
     * emerging classes and a focus after the run ({@code focusFrom} = number of run periods), the
     * classes come from the run alone; otherwise from every period.
     */
    private static HotspotResult build(List<List<PointCount>> periods, double cellSize,
            boolean emerging, int focusFrom, Options options) {
        requireNonNull(options, "options must not be null");
        List<EastingNorthing> projected = project(periods);
        StudyArea area = options.area() != null ? options.area() : StudyArea.rectangle();
        List<EastingNorthing> extent = new ArrayList<>(area.extent());
        if (area.boundary().isEmpty()) {
            extent.addAll(projected);
        }
        Grid grid = Grid.covering(extent, cellSize);
        boolean[] inArea = area.cells(grid);
        double[][] total = new double[grid.rows()][grid.cols()];
        List<double[][]> perPeriod = new ArrayList<>();
        Map<Integer, Map<String, Long>> locations = new HashMap<>();
        Map<Integer, Map<String, Long>> lsoas = new HashMap<>();
        int k = 0;
        int periodIndex = 0;
        long outside = 0;
        for (List<PointCount> period : periods) {
            boolean inFocus = periodIndex++ >= focusFrom;
            double[][] counts = new double[grid.rows()][grid.cols()];
            for (PointCount p : period) {
                EastingNorthing at = projected.get(k++);
                int row = grid.rowOf(at.northing());
                int col = grid.colOf(at.easting());
                if (row < 0 || row >= grid.rows() || col < 0 || col >= grid.cols() || !inArea[row * grid.cols() + col]) {
                    outside += inFocus ? p.count() : 0;
                    continue;
                }
                int index = row * grid.cols() + col;
                counts[row][col] += p.count();
                if (inFocus) {
                    total[row][col] += p.count();
                    tally(locations, index, p.location(), p.count());
                    tally(lsoas, index, p.lsoa(), p.count());
                }
            }
            perPeriod.add(counts);
        }
        int cellsInArea = 0;
        for (boolean b : inArea) {
            cellsInArea += b ? 1 : 0;
        }
        int permutations = options.permutationsFor(cellsInArea);
        GiStar gi = GiStar.permutation(total, inArea, permutations, options.seed());
        EmergingClass[][] classes = null;
        if (emerging) {
            List<double[][]> run = focusFrom > 0 && focusFrom == periods.size() - 1
                    ? perPeriod.subList(0, focusFrom) : perPeriod;
            classes = EmergingHotspots.classify(run.stream()
                    .map(c -> GiStar.permutation(c, inArea, permutations, options.seed())).toList());
        }
        List<HotspotCell> cells = new ArrayList<>(cellsInArea);
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.cols(); c++) {
                int index = r * grid.cols() + c;
                if (!inArea[index]) {
                    continue;
                }
                EastingNorthing centre = grid.centroid(r, c);
                LonLat centreLonLat = grid.centroidLonLat(r, c);
                cells.add(new HotspotCell(r, c, (long) total[r][c], gi.z(r, c), gi.pValue(r, c),
                        gi.pAdjusted(r, c), gi.hot(r, c), gi.cold(r, c), centreLonLat.lat(),
                        centreLonLat.lon(), centre.easting(), centre.northing(),
                        commonest(locations.getOrDefault(index, Map.of())),
                        commonest(lsoas.getOrDefault(index, Map.of())),
                        classes == null ? null : classes[r][c]));
            }
        }
        return new HotspotResult(grid, cells, area.description(),
                area.boundary().map(org.cspstat.geo.Boundary::rings).orElse(List.of()), permutations,
                options.seed(), outside);
    }

    private static void tally(Map<Integer, Map<String, Long>> tallies, int cell, String key,
            long count) {
        if (key != null && !key.isBlank() && count > 0) {
            tallies.computeIfAbsent(cell, i -> new HashMap<>()).merge(key, count, Long::sum);
        }
    }

    /** The key with the largest total; ties go to the alphabetically first key. */
    private static String commonest(Map<String, Long> tally) {
        String best = null;
        long most = 0;
        for (Map.Entry<String, Long> e : tally.entrySet()) {
            if (e.getValue() > most || e.getValue() == most && best != null
                    && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }
}
