package org.cspstat.hotspot;

import java.util.List;
import org.cspstat.geo.BritishNationalGrid;
import org.cspstat.geo.EastingNorthing;
import org.cspstat.geo.LonLat;

/**
 * A regular grid of square cells on the British National Grid, laid over a set of points.
 *
 * <p>The origin (south-west corner of cell row 0, column 0) is snapped down to a multiple of the
 * cell size, so two maps with the same cell size share cell boundaries. Row 0 is the southern
 * row and column 0 the western column; a point on a boundary belongs to the cell north-east of
 * it. Cells are numbered {@code index = row * cols + col}.
 *
 * @param originEasting easting of the grid's south-west corner, in metres
 * @param originNorthing northing of the grid's south-west corner, in metres
 * @param cellSize the side of a cell, in metres
 * @param rows number of rows (south to north), at least 1
 * @param cols number of columns (west to east), at least 1
 */
public record Grid(double originEasting, double originNorthing, double cellSize, int rows,
        int cols) {

    /**
     * The default cell size, 250 metres: about a street block to a small neighbourhood, wider
     * than the few hundred metres within which police.uk moves each incident to an anonymous
     * map point's street, and fine enough that a town the size of Stevenage (about 7 km across)
     * has some 800 cells, each with a useful expected count over a year of incidents.
     */
    public static final double DEFAULT_CELL_SIZE = 250;

    /**
     * Validates the grid.
     *
     * @param originEasting easting of the grid's south-west corner, in metres
     * @param originNorthing northing of the grid's south-west corner, in metres
     * @param cellSize the side of a cell, in metres
     * @param rows number of rows (south to north), at least 1
     * @param cols number of columns (west to east), at least 1
     * @throws IllegalArgumentException when the cell size is not positive or a dimension is
     *     below 1
     */
    public Grid {
        checkCellSize(cellSize);
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException(
                    "a grid needs at least one row and one column but had " + rows + " x " + cols);
        }
        if (!Double.isFinite(originEasting) || !Double.isFinite(originNorthing)) {
            throw new IllegalArgumentException("grid origin must be finite");
        }
    }

    /**
     * Lays the smallest grid with a snapped origin that covers the points.
     *
     * @param points points in British National Grid metres, at least one
     * @param cellSize the side of a cell in metres
     * @return the grid
     * @throws IllegalArgumentException when there are no points or the cell size is not positive
     */
    public static Grid covering(List<EastingNorthing> points, double cellSize) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("cannot lay a grid over no points");
        }
        checkCellSize(cellSize);
        double minE = Double.POSITIVE_INFINITY;
        double minN = Double.POSITIVE_INFINITY;
        double maxE = Double.NEGATIVE_INFINITY;
        double maxN = Double.NEGATIVE_INFINITY;
        for (EastingNorthing p : points) {
            minE = Math.min(minE, p.easting());
            minN = Math.min(minN, p.northing());
            maxE = Math.max(maxE, p.easting());
            maxN = Math.max(maxN, p.northing());
        }
        double originE = Math.floor(minE / cellSize) * cellSize;
        double originN = Math.floor(minN / cellSize) * cellSize;
        int cols = (int) Math.floor((maxE - originE) / cellSize) + 1;
        int rows = (int) Math.floor((maxN - originN) / cellSize) + 1;
        return new Grid(originE, originN, cellSize, rows, cols);
    }

    private static void checkCellSize(double cellSize) {
        if (!(cellSize > 0) || Double.isInfinite(cellSize)) {
            throw new IllegalArgumentException(
                    "cell size must be a positive number of metres but was " + cellSize);
        }
    }

    /**
     * Returns the number of cells.
     *
     * @return rows times columns
     */
    public int size() {
        return rows * cols;
    }

    /**
     * Returns the row holding a northing.
     *
     * @param northing metres
     * @return the row, which may fall outside {@code [0, rows)} for points outside the grid
     */
    public int rowOf(double northing) {
        return (int) Math.floor((northing - originNorthing) / cellSize);
    }

    /**
     * Returns the column holding an easting.
     *
     * @param easting metres
     * @return the column, which may fall outside {@code [0, cols)} for points outside the grid
     */
    public int colOf(double easting) {
        return (int) Math.floor((easting - originEasting) / cellSize);
    }

    /**
     * Returns the index of the cell holding a point.
     *
     * @param point the point in metres
     * @return {@code row * cols + col}
     * @throws IllegalArgumentException when the point is outside the grid
     */
    public int indexOf(EastingNorthing point) {
        int row = rowOf(point.northing());
        int col = colOf(point.easting());
        if (row < 0 || row >= rows || col < 0 || col >= cols) {
            throw new IllegalArgumentException("point " + point + " is outside the grid");
        }
        return row * cols + col;
    }

    /**
     * Returns the centre of a cell on the British National Grid.
     *
     * @param row the row
     * @param col the column
     * @return the centroid in metres
     */
    public EastingNorthing centroid(int row, int col) {
        return new EastingNorthing(originEasting + (col + 0.5) * cellSize,
                originNorthing + (row + 0.5) * cellSize);
    }

    /**
     * Returns the centre of a cell in WGS84.
     *
     * @param row the row
     * @param col the column
     * @return the centroid's longitude and latitude
     */
    public LonLat centroidLonLat(int row, int col) {
        EastingNorthing c = centroid(row, col);
        return BritishNationalGrid.toLonLat(c.easting(), c.northing());
    }

    /**
     * Returns a cell's boundary in WGS84 as a closed ring: south-west, south-east, north-east,
     * north-west, south-west again (anticlockwise, as GeoJSON asks for outer rings).
     *
     * @param row the row
     * @param col the column
     * @return five corners in longitude/latitude
     */
    public List<LonLat> cornersLonLat(int row, int col) {
        double w = originEasting + col * cellSize;
        double s = originNorthing + row * cellSize;
        double e = w + cellSize;
        double n = s + cellSize;
        LonLat sw = BritishNationalGrid.toLonLat(w, s);
        return List.of(sw, BritishNationalGrid.toLonLat(e, s), BritishNationalGrid.toLonLat(e, n),
                BritishNationalGrid.toLonLat(w, n), sw);
    }
}
