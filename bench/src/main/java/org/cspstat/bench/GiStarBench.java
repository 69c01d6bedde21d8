package org.cspstat.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.cspstat.hotspot.GiStar;

/**
 * Times Gi* with conditional-permutation p-values on a county-size grid: 150 × 200 = 30,000
 * cells of a study area, counts drawn from a clustered Poisson-like pattern (seeded), 999
 * permutations. Prints the median of five timed runs after two warm-up runs, in seconds.
 * Run: {@code java -cp bench/target/classes:core/target/classes:<core deps> org.cspstat.bench.GiStarBench}
 * (bench/run-gistar.sh does it). The target is under 2 s on 2 cores (docs/BENCHMARKS.md).
 */
public final class GiStarBench {
    private GiStarBench() {
    }

    /**
     * @param args optional: rows, columns, permutations
     */
    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 150;
        int cols = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int permutations = args.length > 2 ? Integer.parseInt(args[2]) : 999;
        SplittableRandom random = new SplittableRandom(2021);
        double[][] x = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double mean = 0.3 + 4 * Math.exp(-(Math.pow(r - rows / 3.0, 2) + Math.pow(c - cols / 2.0, 2)) / 200.0);
                int k = 0;
                double p = Math.exp(-mean);
                double s = p;
                double u = random.nextDouble();
                while (u > s && k < 1000) {
                    k++;
                    p *= mean / k;
                    s += p;
                }
                x[r][c] = k;
            }
        }
        boolean[] inArea = new boolean[rows * cols];
        Arrays.fill(inArea, true);
        for (int i = 0; i < 2; i++) {
            GiStar.permutation(x, inArea, permutations, 1);
        }
        double[] seconds = new double[5];
        int hot = 0;
        for (int i = 0; i < seconds.length; i++) {
            long t0 = System.nanoTime();
            GiStar g = GiStar.permutation(x, inArea, permutations, 1);
            seconds[i] = (System.nanoTime() - t0) / 1e9;
            hot = 0;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    hot += g.hot(r, c) ? 1 : 0;
                }
            }
        }
        Arrays.sort(seconds);
        System.out.printf(java.util.Locale.ROOT, "Gi* %d x %d = %,d cells, %d permutations, %d cores: median %.3f s"
                + " (min %.3f, max %.3f), %d hot cells%n", rows, cols, rows * cols, permutations,
                Runtime.getRuntime().availableProcessors(), seconds[2], seconds[0], seconds[4], hot);
    }
}
