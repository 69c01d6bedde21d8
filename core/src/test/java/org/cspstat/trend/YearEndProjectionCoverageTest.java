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
 * is 95% lands in [0.929, 0.971] with probability 0.997. The bounds [0.93, 0.97] are that range.
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
        assertTrue(coverage >= 0.93 && coverage <= 0.97, "coverage " + coverage);
    }
}
