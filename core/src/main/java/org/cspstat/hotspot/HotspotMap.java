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
 * British National Grid, lays a {@link Grid} over them, counts per cell, computes {@link GiStar}
 * over every cell (zeros included) and, for a run of periods, classifies each cell with
 * {@link EmergingHotspots}.
 */
public final class HotspotMap {
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
        return build(List.of(requireNonNull(points, "points must not be null")), cellSize, false);
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
        return build(periods, cellSize, true);
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
        requireNonNull(periods, "periods must not be null");
        EmergingHotspots.requirePeriods(periods.size());
        List<List<PointCount>> all = new java.util.ArrayList<>(periods);
        all.add(requireNonNull(focus, "focus must not be null"));
        return build(all, cellSize, true, periods.size());
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

    private static HotspotResult build(List<List<PointCount>> periods, double cellSize, boolean emerging) {
        return build(periods, cellSize, emerging, 0);
    }

    /**
     * Lays the grid over every period's points; Gi* describes the periods from {@code focusFrom}
     * on. With emerging classes and a focus after the run ({@code focusFrom} = number of run
     * periods), the classes come from the run alone; otherwise from every period.
     */

    private static HotspotResult build(List<List<PointCount>> periods, double cellSize,
            boolean emerging, int focusFrom) {
        List<EastingNorthing> projected = project(periods);
        Grid grid = Grid.covering(projected, cellSize);
        double[][] total = new double[grid.rows()][grid.cols()];
        List<double[][]> perPeriod = new ArrayList<>();
        Map<Integer, Map<String, Long>> locations = new HashMap<>();
        Map<Integer, Map<String, Long>> lsoas = new HashMap<>();
        int k = 0;
        int periodIndex = 0;
        for (List<PointCount> period : periods) {
            boolean inFocus = periodIndex++ >= focusFrom;
            double[][] counts = new double[grid.rows()][grid.cols()];
            for (PointCount p : period) {
                int index = grid.indexOf(projected.get(k++));
                int row = index / grid.cols();
                int col = index % grid.cols();
                counts[row][col] += p.count();
                if (inFocus) {
                    total[row][col] += p.count();
                    tally(locations, index, p.location(), p.count());
                    tally(lsoas, index, p.lsoa(), p.count());
                }
            }
            perPeriod.add(counts);
        }
        GiStar gi = GiStar.of(total);
        EmergingClass[][] classes = null;
        if (emerging) {
            List<double[][]> run = focusFrom > 0 && focusFrom == periods.size() - 1
                    ? perPeriod.subList(0, focusFrom) : perPeriod;
            classes = EmergingHotspots.classify(run.stream().map(GiStar::of).toList());
        }
        List<HotspotCell> cells = new ArrayList<>(grid.size());
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.cols(); c++) {
                int index = r * grid.cols() + c;
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
        return new HotspotResult(grid, cells);
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
