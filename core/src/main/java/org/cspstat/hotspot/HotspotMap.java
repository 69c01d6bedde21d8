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
        return withEmerging(periods, 0, cellSize);
    }

    /**
     * Maps hot spots for the last periods of a run, with each cell's emerging class from the
     * whole run: the cell counts, z and p-values describe the periods from {@code focusFrom} to
     * the end (the period being reported on), the classes all periods.
     *
     * @param periods incident counts at map points, one list per period in time order, at least
     *     {@link EmergingHotspots#MIN_PERIODS} periods
     * @param focusFrom the index of the first period the counts and Gi* describe
     * @param cellSize the cell side in metres
     * @return the map with emerging classes
     * @throws IllegalArgumentException when there are too few periods, no points at all, the
     *     focus index is out of range, or the cell size is not positive
     */
    public static HotspotResult withEmerging(List<List<PointCount>> periods, int focusFrom, double cellSize) {
        requireNonNull(periods, "periods must not be null");
        EmergingHotspots.requirePeriods(periods.size());
        if (focusFrom < 0 || focusFrom >= periods.size()) {
            throw new IllegalArgumentException("focus period " + focusFrom + " is outside 0.." + (periods.size() - 1));
        }
        return build(periods, cellSize, true, focusFrom);
    }

    private static HotspotResult build(List<List<PointCount>> periods, double cellSize, boolean emerging) {
        return build(periods, cellSize, emerging, 0);
    }

    private static HotspotResult build(List<List<PointCount>> periods, double cellSize,
            boolean emerging, int focusFrom) {
        List<EastingNorthing> projected = new ArrayList<>();
        for (List<PointCount> period : periods) {
            for (PointCount p : period) {
                projected.add(BritishNationalGrid.toGrid(p.lon(), p.lat()));
            }
        }
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
            classes = EmergingHotspots.classify(perPeriod.stream().map(GiStar::of).toList());
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
