package org.cspstat.hotspot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class GiStarTest {

    @Test
    void matchesThePublishedPysalExample() {
        // esda.G_Local docstring: points (10,10) (20,10) (40,10) (15,20) (30,20) (30,30),
        // DistanceBand(threshold=15), y = [2, 3, 3.2, 5, 8, 7], G_Local(y, w, transform='B',
        // star=True).Zs = [-1.39727626, -0.28917762, 0.65064964, -0.28917762, 1.23452088, 2.02424331]
        int[][] neighbours = {{0, 1, 3}, {0, 1, 3, 4}, {2, 4}, {0, 1, 3, 4}, {1, 2, 3, 4, 5}, {4, 5}};
        double[] z = GiStar.zScores(new double[] {2, 3, 3.2, 5, 8, 7}, neighbours);
        assertArrayEquals(new double[] {-1.39727626, -0.28917762, 0.65064964, -0.28917762,
            1.23452088, 2.02424331}, z, 1e-8);
    }

    @Test
    void matchesHandComputedZScoresOnAFourByFourGrid() {
        double[][] counts = {
            {0, 1, 0, 2},
            {1, 5, 3, 0},
            {0, 4, 8, 1},
            {2, 0, 1, 0},
        };
        // n = 16, sum = 28, mean = 1.75; sum of squares = 126, S^2 = 126/16 - 1.75^2 = 4.8125,
        // S = 2.1937410968.
        // (0,0): corner, W = 4, L = 0+1+1+5 = 7 = 1.75*4, so z = 0.
        // (1,1): W = 9, L = 0+1+0+1+5+3+0+4+8 = 22; z = (22 - 15.75) / (S*sqrt((144-81)/15))
        //        = 6.25 / (2.1937410968 * 2.0493901532) = 1.390176686003
        // (1,2): W = 9, L = 1+0+2+5+3+0+4+8+1 = 24; z = 8.25 / 4.4958309 = 1.835033225524
        // (0,3): corner, W = 4, L = 0+2+3+0 = 5; z = (5 - 7) / (S*sqrt((64-16)/15)) = -0.509647191438
        // (3,0): corner, W = 4, L = 0+4+2+0 = 6; z = -1 / 3.9243... = -0.254823595719
        // The full grid, from the PySAL G_Local(star=True) formula in numpy:
        double[][] expected = {
            {0.0, -0.11396057646, 0.11396057646, -0.509647191438},
            {0.11396057646, 1.390176686003, 1.835033225524, 0.797724035217},
            {0.341881729379, 1.835033225524, 1.390176686003, 0.569802882298},
            {-0.254823595719, 1.025645188137, 0.797724035217, 0.764470787156},
        };
        GiStar gi = GiStar.of(counts);
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                assertEquals(expected[r][c], gi.z(r, c), 1e-11, "cell " + r + "," + c);
            }
        }
        // two-sided p of z = 1.835033225524: 2 * pnorm(-1.835033225524) = 0.066500766625
        assertEquals(0.066500766625, gi.pValue(1, 2), 1e-11);
        assertEquals(0, gi.significantCells());
    }

    @Test
    void findsAPlantedClusterHot() {
        double[][] counts = poisson(20, 20, 3.0, 42);
        counts[10][10] += 40;
        counts[10][11] += 15;
        GiStar gi = GiStar.of(counts);
        assertTrue(gi.hot(10, 10));
        assertTrue(gi.pAdjusted(10, 10) < 0.001);
        assertFalse(gi.hot(0, 0));
    }

    @Test
    void findsAtMostFivePercentSignificantCellsInUniformData() {
        for (long seed = 1; seed <= 5; seed++) {
            GiStar gi = GiStar.of(poisson(30, 30, 5.0, seed));
            assertTrue(gi.significantCells() <= 45, "seed " + seed + ": " + gi.significantCells());
        }
    }

    @Test
    void findsAColdSpotInAnEmptyCornerOfABusyGrid() {
        double[][] counts = poisson(15, 15, 20.0, 7);
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                counts[r][c] = 0;
            }
        }
        GiStar gi = GiStar.of(counts);
        assertTrue(gi.cold(1, 1));
        assertFalse(gi.hot(1, 1));
    }

    @Test
    void reportsNoSpotsWhenEveryCellIsEqual() {
        GiStar gi = GiStar.of(new double[][] {{2, 2}, {2, 2}});
        assertEquals(0, gi.z(0, 0), 0);
        assertEquals(1, gi.pValue(0, 0), 0);
        assertEquals(0, gi.significantCells());
    }

    private static double[][] poisson(int rows, int cols, double mean, long seed) {
        PoissonDistribution d = new PoissonDistribution(new Well19937c(seed), mean,
                PoissonDistribution.DEFAULT_EPSILON, PoissonDistribution.DEFAULT_MAX_ITERATIONS);
        double[][] counts = new double[rows][cols];
        for (double[] row : counts) {
            for (int c = 0; c < cols; c++) {
                row[c] = d.sample();
            }
        }
        return counts;
    }

    /** The cells of the 3x3 block around (r, c) that lie on the grid, (r, c) included. */
    private static int[] block(int r, int c, int rows, int cols) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (int rr = Math.max(0, r - 1); rr <= Math.min(rows - 1, r + 1); rr++) {
            for (int cc = Math.max(0, c - 1); cc <= Math.min(cols - 1, c + 1); cc++) {
                out.add(rr * cols + cc);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void theGridSumsAreTheGeneralFormulaWithBlockNeighbours() {
        org.quicktheories.QuickTheory.qt().withExamples(300)
                .forAll(org.quicktheories.generators.SourceDSL.integers().between(1, 12),
                        org.quicktheories.generators.SourceDSL.integers().between(1, 12),
                        org.quicktheories.generators.SourceDSL.longs().all())
                .checkAssert((rows, cols, seed) -> {
                    java.util.Random random = new java.util.Random(seed);
                    double[] x = new double[rows * cols];
                    int[][] neighbours = new int[rows * cols][];
                    for (int r = 0; r < rows; r++) {
                        for (int c = 0; c < cols; c++) {
                            x[r * cols + c] = random.nextInt(4) == 0 ? random.nextInt(50) : 0;
                            neighbours[r * cols + c] = block(r, c, rows, cols);
                        }
                    }
                    org.junit.jupiter.api.Assertions.assertArrayEquals(GiStar.zScores(x, neighbours),
                            GiStar.gridZScores(x, rows, cols), 0.0);
                });
    }
}
