package org.cspstat.trend;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.RandomDataGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks by simulation that the 95% prediction interval holds the true year-end count about 95%
 * of the time.
 *
 * <p>Each simulated pair of years: last year's monthly means drawn uniformly from 40 to 80
 * (seasonality), this year's means last year's times a level factor drawn uniformly from 0.8 to
 * 1.2 (a rate change of up to ±20%), every month's count Poisson. With N = 1,000 seeded
 * simulations per case, the binomial standard error of an empirical coverage near 0.95 is
 * √(0.95·0.05/1000) = 0.0069, so ±3 standard errors is ±0.021: an interval whose true coverage
 * is 95% lands in [0.929, 0.971] with probability 0.997. The lower bound is 0.93; the upper is
 * 0.985, because with Poisson-only data the interval is a little conservative (the dispersion is
 * floored at 1, so months that happen to agree never narrow it, and those that happen to disagree
 * widen it: 0.977 at six months known).
 */
class YearEndProjectionCoverageTest {
    private static final int SIMULATIONS = 1000;

    @ParameterizedTest(name = "{0} months known, means {1} to {2}")
    @CsvSource({"3, 40, 80, 11", "6, 40, 80, 12", "9, 40, 80, 13", "6, 2, 6, 14"})
    void ninetyFivePercentIntervalCoversTheTrueYearEndAboutNinetyFivePercentOfTheTime(
            int monthsKnown, double minMean, double maxMean, long seed) {
        RandomDataGenerator random = new RandomDataGenerator(new Well19937c(seed));
        int covered = 0;
        for (int sim = 0; sim < SIMULATIONS; sim++) {
            double level = random.nextUniform(0.8, 1.2);
            List<Long> lastYear = new ArrayList<>();
            List<Long> thisYear = new ArrayList<>();
            for (int month = 0; month < 12; month++) {
                double mean = random.nextUniform(minMean, maxMean);
                lastYear.add(random.nextPoisson(mean));
                thisYear.add(random.nextPoisson(mean * level));
            }
            long trueTotal = thisYear.stream().mapToLong(Long::longValue).sum();
            if (thisYear.subList(0, monthsKnown).stream().mapToLong(Long::longValue).sum() == 0
                    || lastYear.subList(0, monthsKnown).stream().mapToLong(Long::longValue).sum() == 0) {
                covered++; // cannot occur with these means; counted as covered to keep N fixed
                continue;
            }
            YearEndProjection p = YearEndProjection.of(thisYear.subList(0, monthsKnown), lastYear);
            if (p.low() <= trueTotal && trueTotal <= p.high()) {
                covered++;
            }
        }
        double coverage = (double) covered / SIMULATIONS;
        assertTrue(coverage >= 0.93 && coverage <= 0.985, "coverage " + coverage);
    }

    /**
     * Seasonal shares and the level move from year to year, as on real data: this year's mean for
     * each month is last year's times the level, times a month's own log-normal movement (sd
     * {@code monthSd}), times a drift shared by all months still to come (sd {@code driftSd}: a
     * season that comes early or late, a level that changes mid-year). A Poisson-only interval
     * covers far less than 95% here; the interval must cover at
     * least 90%.
     */
    @ParameterizedTest(name = "{0} months known, means {1} to {2}, month sd {3}, drift sd {4}")
    @CsvSource({"3, 40, 80, 0.15, 0.05, 21", "6, 150, 300, 0.15, 0.05, 22", "9, 150, 300, 0.20, 0.02, 23"})
    void intervalStillCoversWhenMonthsMoveFromYearToYear(int monthsKnown, double minMean, double maxMean,
            double monthSd, double driftSd, long seed) {
        RandomDataGenerator random = new RandomDataGenerator(new Well19937c(seed));
        int covered = 0;
        int poissonCovered = 0;
        for (int sim = 0; sim < SIMULATIONS; sim++) {
            double level = random.nextUniform(0.8, 1.2);
            double drift = Math.exp(random.nextGaussian(0, driftSd));
            List<Long> lastYear = new ArrayList<>();
            List<Long> thisYear = new ArrayList<>();
            for (int month = 0; month < 12; month++) {
                double mean = random.nextUniform(minMean, maxMean);
                double move = Math.exp(random.nextGaussian(0, monthSd)) * (month >= monthsKnown ? drift : 1);
                lastYear.add(random.nextPoisson(mean));
                thisYear.add(random.nextPoisson(mean * level * move));
            }
            long trueTotal = thisYear.stream().mapToLong(Long::longValue).sum();
            YearEndProjection p = YearEndProjection.of(thisYear.subList(0, monthsKnown), lastYear);
            if (p.low() <= trueTotal && trueTotal <= p.high()) {
                covered++;
            }
            long[] poissonOnly = poissonOnly(thisYear.subList(0, monthsKnown), lastYear);
            if (poissonOnly[0] <= trueTotal && trueTotal <= poissonOnly[1]) {
                poissonCovered++;
            }
        }
        double coverage = (double) covered / SIMULATIONS;
        double before = (double) poissonCovered / SIMULATIONS;
        assertTrue(coverage >= 0.90, "coverage " + coverage + " (Poisson only: " + before + ")");
        assertTrue(before < 0.9, "the case should defeat a Poisson-only interval, but it covered " + before);
    }

    /** The interval of the earlier, Poisson-only model, for comparison. */
    private static long[] poissonOnly(List<Long> yearToDate, List<Long> lastYear) {
        int k = yearToDate.size();
        long c = yearToDate.stream().mapToLong(Long::longValue).sum();
        long b = lastYear.subList(0, k).stream().mapToLong(Long::longValue).sum();
        long r = lastYear.subList(k, 12).stream().mapToLong(Long::longValue).sum();
        double mu = Math.log(c + 0.5) + Math.log(r + 0.5) - Math.log(b + 0.5);
        double sigma = Math.sqrt(1 / (c + 0.5) + 1 / (b + 0.5) + 1 / (r + 0.5));
        PoissonLogNormal d = new PoissonLogNormal(mu, sigma);
        return new long[] {c + d.quantile(0.025), c + d.quantile(0.975)};
    }
}
