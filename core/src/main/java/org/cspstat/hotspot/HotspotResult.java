package org.cspstat.hotspot;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.cspstat.geo.EastingNorthing;

/**
 * A grid hot-spot map: the cells of the grid that lie in the study area, in row-major order from
 * the south-west (cells outside the area take no part and are not listed).
 *
 * @param grid the grid (a rectangle over the study area)
 * @param cells the study area's cells, in increasing {@code row * cols + col}
 * @param areaRule which cells are in the study area, in words
 * @param boundary the study area's outline on the British National Grid (rings of points), for
 *     drawing under the map; empty when the area is not a boundary
 * @param permutations the permutations behind the p-values
 * @param seed the seed of the permutations
 * @param outsideArea incidents whose cell is outside the study area, left off the map
 */
public record HotspotResult(Grid grid, List<HotspotCell> cells, String areaRule,
        List<List<EastingNorthing>> boundary, int permutations, long seed, long outsideArea) {
    /**
     * Validates the result and copies the cells.
     *
     * @param grid the grid
     * @param cells the study area's cells, in increasing {@code row * cols + col}
     * @param areaRule which cells are in the study area
     * @param boundary the outline, or empty
     * @param permutations the permutations
     * @param seed the seed
     * @param outsideArea incidents left off the map
     * @throws NullPointerException when a component is null
     * @throws IllegalArgumentException when there are more cells than the grid has, or they are
     *     out of order
     */
    public HotspotResult {
        requireNonNull(grid, "grid must not be null");
        requireNonNull(areaRule, "areaRule must not be null");
        cells = List.copyOf(requireNonNull(cells, "cells must not be null"));
        boundary = List.copyOf(requireNonNull(boundary, "boundary must not be null"));
        if (cells.size() > grid.size()) {
            throw new IllegalArgumentException("expected at most " + grid.size() + " cells but got "
                    + cells.size());
        }
        for (int i = 1; i < cells.size(); i++) {
            if (index(grid, cells.get(i)) <= index(grid, cells.get(i - 1))) {
                throw new IllegalArgumentException("cells must be in increasing row-major order");
            }
        }
    }

    private static long index(Grid grid, HotspotCell c) {
        return (long) c.row() * grid.cols() + c.col();
    }

    /**
     * Returns a cell of the study area.
     *
     * @param row the row
     * @param col the column
     * @return the cell
     * @throws IllegalArgumentException when the cell is not in the study area
     */
    public HotspotCell cell(int row, int col) {
        long key = (long) row * grid.cols() + col;
        int low = 0;
        int high = cells.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long k = index(grid, cells.get(mid));
            if (k == key) {
                return cells.get(mid);
            } else if (k < key) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        throw new IllegalArgumentException("cell (" + row + ", " + col + ") is not in the study area");
    }
}
