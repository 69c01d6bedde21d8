package org.cspstat.hotspot;

import static java.util.Objects.requireNonNull;

import org.apache.commons.math3.special.Erf;
import org.cspstat.stats.MultipleComparisons;

/**
 * Getis–Ord Gi* statistics for every cell of a grid of counts.
 *
 * <p>Weights are binary: cell j is a neighbour of cell i when their centres are within
 * {@code cellSize·√2}, that is the 3×3 block around i, i itself included (fewer at the grid's
 * edges). All cells count, empty ones included. With n cells, mean x̄ and
 * {@code S = sqrt(Σx²/n − x̄²)}, for cell i with W_i neighbours (self included) and neighbour sum
 * L_i, the z-score is (Ord &amp; Getis 1995, eq. 14; PySAL {@code esda.G_Local(star=True)}):
 * <pre>
 *   z_i = (L_i − x̄·W_i) / ( S · sqrt( (n·W_i − W_i²) / (n − 1) ) )
 * </pre>
 * Scaling a cell's weights (PySAL's default row standardisation) leaves z_i unchanged. The
 * p-value is two-sided from the standard normal, {@code erfc(|z|/√2)}, and p-values are adjusted
 * across all cells (Benjamini–Hochberg by default). A cell is hot when its adjusted p-value is
 * below 0.05 and z &gt; 0, cold when below 0.05 and z &lt; 0.
 *
 * <p>When every cell has the same count (S = 0), or the grid has a single cell, the statistic
 * is undefined; every z is then reported as 0 and every p-value as 1 (no hot or cold spots).
 */
public final class GiStar {
    /** The significance level for hot and cold cells, applied to adjusted p-values. */
    public static final double ALPHA = 0.05;

    private final int rows;
    private final int cols;
    private final double[] z;
    private final double[] p;
    private final double[] pAdjusted;

    private GiStar(int rows, int cols, double[] z, double[] p, double[] pAdjusted) {
        this.rows = rows;
        this.cols = cols;
        this.z = z;
        this.p = p;
        this.pAdjusted = pAdjusted;
    }

    /**
     * Computes Gi* with Benjamini–Hochberg adjustment.
     *
     * @param counts non-negative counts, {@code counts[row][col]}, a rectangle of at least 1×1
     * @return the statistics
     * @throws IllegalArgumentException when the array is ragged, empty or holds a negative or
     *     non-finite value
     */
    public static GiStar of(double[][] counts) {
        return of(counts, MultipleComparisons.BENJAMINI_HOCHBERG);
    }

    /**
     * Computes Gi* with a chosen adjustment across cells.
     *
     * @param counts non-negative counts, {@code counts[row][col]}, a rectangle of at least 1×1
     * @param adjustment how to adjust p-values across cells
     * @return the statistics
     * @throws IllegalArgumentException when the array is ragged, empty or holds a negative or
     *     non-finite value
     */
    public static GiStar of(double[][] counts, MultipleComparisons adjustment) {
        requireNonNull(adjustment, "adjustment must not be null");
        int rows = counts.length;
        int cols = rows == 0 ? 0 : counts[0].length;
        if (rows == 0 || cols == 0) {
            throw new IllegalArgumentException("the grid must have at least one cell");
        }
        double[] x = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            if (counts[r].length != cols) {
                throw new IllegalArgumentException("every row must have " + cols + " cells");
            }
            for (int c = 0; c < cols; c++) {
                x[r * cols + c] = counts[r][c];
            }
        }
        double[] z = gridZScores(x, rows, cols);
        double[] p = new double[z.length];
        // runs of equal z (the empty parts of a large grid) share one erfc, the costly part
        double lastZ = Double.NaN;
        double lastP = Double.NaN;
        for (int i = 0; i < z.length; i++) {
            double az = Math.abs(z[i]);
            if (az != lastZ) {
                lastZ = az;
                lastP = Erf.erfc(az / Math.sqrt(2));
            }
            p[i] = lastP;
        }
        return new GiStar(rows, cols, z, p, adjustment.adjust(p));
    }

    /**
     * {@link #zScores} for the grid's 3×3 blocks, summed in place instead of from a list of
     * neighbours per cell (which cost about 50 bytes a cell: gigabytes for a national grid).
     * The counts are whole numbers, so the sums, and the z-scores, are the same.
     */
    static double[] gridZScores(double[] x, int rows, int cols) {
        int n = x.length;
        double[] moments = moments(x);
        double mean = moments[0];
        double s = moments[1];
        double[] z = new double[n];
        for (int r = 0; r < rows; r++) {
            int r0 = Math.max(0, r - 1);
            int r1 = Math.min(rows - 1, r + 1);
            for (int c = 0; c < cols; c++) {
                int c0 = Math.max(0, c - 1);
                int c1 = Math.min(cols - 1, c + 1);
                double lag = 0;
                for (int rr = r0; rr <= r1; rr++) {
                    for (int cc = c0; cc <= c1; cc++) {
                        lag += x[rr * cols + cc];
                    }
                }
                double w = (r1 - r0 + 1) * (c1 - c0 + 1);
                z[r * cols + c] = z(lag, w, n, mean, s);
            }
        }
        return z;
    }

    /** @return the mean and the population standard deviation of the values, checked finite and >= 0 */
    private static double[] moments(double[] x) {
        double sum = 0;
        for (double v : x) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("counts must be finite and >= 0 but found " + v);
            }
            sum += v;
        }
        double mean = sum / x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return new double[] {mean, Math.sqrt(ss / x.length)};
    }

    private static double z(double lag, double w, int n, double mean, double s) {
        double spread = n * w - w * w;
        return s > 0 && spread > 0 ? (lag - mean * w) / (s * Math.sqrt(spread / (n - 1))) : 0;
    }

    /**
     * Gi* z-scores with binary weights for any neighbourhood structure (the grid is one case).
     *
     * @param x the values, finite and at least 0
     * @param neighbours for each i, the indices j with w_ij = 1, i itself included
     * @return the z-scores, 0 where undefined (all values equal, or i neighbours every j)
     */
    static double[] zScores(double[] x, int[][] neighbours) {
        int n = x.length;
        double[] moments = moments(x);
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double lag = 0;
            for (int j : neighbours[i]) {
                lag += x[j];
            }
            z[i] = z(lag, neighbours[i].length, n, moments[0], moments[1]);
        }
        return z;
    }

    /**
     * Returns the number of rows.
     *
     * @return rows
     */
    public int rows() {
        return rows;
    }

    /**
     * Returns the number of columns.
     *
     * @return columns
     */
    public int cols() {
        return cols;
    }

    /**
     * Returns a cell's z-score.
     *
     * @param row the row
     * @param col the column
     * @return the Gi* z-score
     */
    public double z(int row, int col) {
        return z[index(row, col)];
    }

    /**
     * Returns a cell's two-sided p-value before adjustment.
     *
     * @param row the row
     * @param col the column
     * @return the p-value
     */
    public double pValue(int row, int col) {
        return p[index(row, col)];
    }

    /**
     * Returns a cell's p-value adjusted across all cells.
     *
     * @param row the row
     * @param col the column
     * @return the adjusted p-value
     */
    public double pAdjusted(int row, int col) {
        return pAdjusted[index(row, col)];
    }

    /**
     * Tells whether a cell is a hot spot: adjusted p below {@link #ALPHA} and z &gt; 0.
     *
     * @param row the row
     * @param col the column
     * @return true for a hot spot
     */
    public boolean hot(int row, int col) {
        int i = index(row, col);
        return pAdjusted[i] < ALPHA && z[i] > 0;
    }

    /**
     * Tells whether a cell is a cold spot: adjusted p below {@link #ALPHA} and z &lt; 0.
     *
     * @param row the row
     * @param col the column
     * @return true for a cold spot
     */
    public boolean cold(int row, int col) {
        int i = index(row, col);
        return pAdjusted[i] < ALPHA && z[i] < 0;
    }

    /**
     * Counts the cells that are hot or cold.
     *
     * @return the number of significant cells
     */
    public int significantCells() {
        int k = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                k += hot(r, c) || cold(r, c) ? 1 : 0;
            }
        }
        return k;
    }

    private int index(int row, int col) {
        if (row < 0 || row >= rows || col < 0 || col >= cols) {
            throw new IndexOutOfBoundsException("cell (" + row + ", " + col + ") is outside a "
                    + rows + " x " + cols + " grid");
        }
        return row * cols + col;
    }
}
