package org.cspstat.hotspot;

import static java.util.Objects.requireNonNull;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
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
 *
 * <p><b>Permutation p-values on a study area</b> ({@link #permutation}): only the cells of the
 * study area take part (n is their number, neighbours outside the area do not count), z is the
 * same formula over them, and each cell's p-value comes from conditional permutation, as spdep
 * {@code localG_perm} does it for Gi* (weights with {@code include.self}): the cell's value is
 * taken out of the pool and its W_i neighbourhood places (its own included) are filled with counts
 * drawn without replacement from the other n − 1 cells; the observed neighbourhood sum (its own
 * count included) is ranked among the permuted ones. (PySAL {@code esda.G_Local(star=True)}
 * permutes in the same conditional way.) One table of random draws (permutations × the largest
 * neighbourhood, from a seeded generator) serves every cell, the draw j meaning the j-th other
 * cell; the result is reproducible for a seed and does not depend on the number of threads. The
 * two-sided p-value is spdep's {@code "Pr(z != E(Gi)) Sim"}: with N permutations, of which
 * {@code greater} give a neighbourhood sum above the observed one and {@code ties} the same sum,
 * the observed sum's mid-rank gives {@code u = max(greater + ties/2, 1)/(N + 1)} and
 * {@code p = min(1, 2·min(u, 1 − u))}. Ties count half on each side; PySAL's folded {@code p_sim}
 * counts {@code sim >= observed} as above, so a cell whose neighbourhood is all zeros, tied with
 * most permutations, would get its smallest p-value and look cold. The p-values are then adjusted
 * across the area's cells. The smallest p-value possible is {@code 2/(N + 1)}.
 */
public final class GiStar {
    /** The significance level for hot and cold cells, applied to adjusted p-values. */
    public static final double ALPHA = 0.05;

    private final int rows;
    private final int cols;
    private final double[] z;
    private final double[] p;
    private final double[] pAdjusted;
    private final boolean[] inArea;
    private final int permutations;

    private GiStar(int rows, int cols, double[] z, double[] p, double[] pAdjusted) {
        this(rows, cols, z, p, pAdjusted, null, 0);
    }

    private GiStar(int rows, int cols, double[] z, double[] p, double[] pAdjusted, boolean[] inArea,
            int permutations) {
        this.rows = rows;
        this.cols = cols;
        this.z = z;
        this.p = p;
        this.pAdjusted = pAdjusted;
        this.inArea = inArea;
        this.permutations = permutations;
    }

    /**
     * Computes Gi* over the cells of a study area with conditional-permutation p-values, adjusted
     * across the area's cells by Benjamini–Hochberg. Cells outside the area get z 0, p 1 and are
     * never hot or cold.
     *
     * @param counts non-negative counts, {@code counts[row][col]}; cells outside the area must be 0
     * @param inArea for each cell {@code row * cols + col}, whether it is in the study area
     * @param permutations the number of permutations, at least 99
     * @param seed the seed of the random draws
     * @return the statistics
     * @throws IllegalArgumentException when the arrays disagree, a count is negative or
     *     non-finite, a cell outside the area has a count, or there are too few permutations
     */
    public static GiStar permutation(double[][] counts, boolean[] inArea, int permutations, long seed) {
        int rows = counts.length;
        int cols = rows == 0 ? 0 : counts[0].length;
        if (rows == 0 || cols == 0) {
            throw new IllegalArgumentException("the grid must have at least one cell");
        }
        if (inArea.length != rows * cols) {
            throw new IllegalArgumentException("inArea must have " + rows * cols + " cells but had " + inArea.length);
        }
        if (permutations < 99) {
            throw new IllegalArgumentException("permutations must be at least 99 but was " + permutations);
        }
        int[] slot = new int[rows * cols];
        int m = 0;
        for (int i = 0; i < slot.length; i++) {
            slot[i] = inArea[i] ? m++ : -1;
        }
        double[] x = new double[Math.max(m, 1)];
        int[] start = new int[m + 1];
        int[] nb = new int[9 * m];
        int used = 0;
        for (int r = 0; r < rows; r++) {
            if (counts[r].length != cols) {
                throw new IllegalArgumentException("every row must have " + cols + " cells");
            }
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                if (slot[i] < 0) {
                    if (counts[r][c] != 0) {
                        throw new IllegalArgumentException("cell (" + r + ", " + c + ") is outside the area but has "
                                + counts[r][c] + " incidents");
                    }
                    continue;
                }
                x[slot[i]] = counts[r][c];
                start[slot[i]] = used;
                nb[used++] = slot[i]; // self first
                for (int rr = Math.max(0, r - 1); rr <= Math.min(rows - 1, r + 1); rr++) {
                    for (int cc = Math.max(0, c - 1); cc <= Math.min(cols - 1, c + 1); cc++) {
                        int j = slot[rr * cols + cc];
                        if (j >= 0 && (rr != r || cc != c)) {
                            nb[used++] = j;
                        }
                    }
                }
                start[slot[i] + 1] = used;
            }
        }
        double[] zs = new double[m];
        double[] ps = new double[m];
        if (m > 0) {
            double[] moments = moments(m == x.length ? x : java.util.Arrays.copyOf(x, m));
            double[] lag = new double[m];
            int maxOthers = 0;
            for (int k = 0; k < m; k++) {
                for (int t = start[k]; t < start[k + 1]; t++) {
                    lag[k] += x[nb[t]];
                }
                int w = start[k + 1] - start[k];
                zs[k] = z(lag[k], w, m, moments[0], moments[1]);
                maxOthers = Math.max(maxOthers, Math.min(w, m - 1));
            }
            int[] draws = draws(m - 1, maxOthers, permutations, seed);
            int pool = m - 1;
            int stride = maxOthers;
            IntStream.range(0, m).parallel().forEach(k -> {
                int others = Math.min(start[k + 1] - start[k], pool);
                double observed = lag[k];
                int greater = 0;
                int ties = 0;
                for (int q = 0, base = 0; q < permutations; q++, base += stride) {
                    double sum = 0;
                    for (int t = 0; t < others; t++) {
                        int j = draws[base + t];
                        sum += x[j >= k ? j + 1 : j];
                    }
                    greater += sum > observed ? 1 : 0;
                    ties += sum == observed ? 1 : 0;
                }
                double u = Math.max(greater + ties / 2.0, 1.0) / (permutations + 1.0);
                ps[k] = Math.min(1.0, 2.0 * Math.min(u, 1 - u));
            });
        }
        double[] adjusted = MultipleComparisons.BENJAMINI_HOCHBERG.adjust(ps);
        double[] z = new double[rows * cols];
        double[] p = new double[rows * cols];
        double[] pAdj = new double[rows * cols];
        for (int i = 0; i < slot.length; i++) {
            z[i] = slot[i] < 0 ? 0 : zs[slot[i]];
            p[i] = slot[i] < 0 ? 1 : ps[slot[i]];
            pAdj[i] = slot[i] < 0 ? 1 : adjusted[slot[i]];
        }
        return new GiStar(rows, cols, z, p, pAdj, inArea.clone(), permutations);
    }

    /**
     * The shared table of random draws: for each permutation, {@code k} distinct indices in
     * {@code [0, n)} (the first k of a random permutation of the other cells), row after row.
     */
    static int[] draws(int n, int k, int permutations, long seed) {
        int[] out = new int[permutations * k];
        if (k == 0) {
            return out;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] scratch = n <= 64 * k ? new int[n] : null;
        for (int q = 0; q < permutations; q++) {
            int base = q * k;
            if (scratch != null) {
                for (int i = 0; i < n; i++) {
                    scratch[i] = i;
                }
                for (int t = 0; t < k; t++) { // partial Fisher–Yates
                    int j = t + random.nextInt(n - t);
                    int tmp = scratch[t];
                    scratch[t] = scratch[j];
                    scratch[j] = tmp;
                    out[base + t] = scratch[t];
                }
            } else {
                for (int t = 0; t < k; t++) { // rejection: n is much larger than k
                    int j;
                    boolean repeat;
                    do {
                        j = random.nextInt(n);
                        repeat = false;
                        for (int u = 0; u < t; u++) {
                            repeat |= out[base + u] == j;
                        }
                    } while (repeat);
                    out[base + t] = j;
                }
            }
        }
        return out;
    }

    /**
     * Tells whether a cell is in the study area (every cell is, for the plain {@link #of}).
     *
     * @param row the row
     * @param col the column
     * @return true when the cell takes part
     */
    public boolean inArea(int row, int col) {
        int i = index(row, col);
        return inArea == null || inArea[i];
    }

    /**
     * Returns the number of permutations behind the p-values.
     *
     * @return the permutations, or 0 for normal p-values ({@link #of})
     */
    public int permutations() {
        return permutations;
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
