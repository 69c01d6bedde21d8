package org.cspstat.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cspstat.io.Dataset;
import org.cspstat.io.LoadOptions;
import org.cspstat.io.Loader;
import org.cspstat.period.Period;
import org.cspstat.format.TableFormat;
import org.cspstat.stats.MultipleComparisons;
import org.cspstat.stats.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Significant" if and only if the printed interval excludes 1, in every row of every table:
 * random over-dispersed data by category and by category and area, every adjustment, with rows
 * of no incidents and duplicated rows (All ASB is Anti-social behaviour here).
 */
class VerdictIntervalAgreementTest {
    @TempDir
    Path dir;

    private static final String[] TYPES = {"Burglary", "Robbery", "Shoplifting", "Anti-social behaviour"};

    /** Writes 24 months (2021-01 to 2022-12) of gamma-mixed Poisson counts for some LSOAs. */
    static Dataset data(Path dir, long seed) {
        Random random = new Random(seed);
        int lsoas = 2 + random.nextInt(12);
        try {
            Path folder = Files.createDirectories(dir.resolve("d" + seed));
            for (int month = 0; month < 24; month++) {
                String ym = String.format("%d-%02d", 2021 + month / 12, month % 12 + 1);
                List<String> lines = new ArrayList<>();
                lines.add("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
                        + "Crime type,Last outcome category,Context");
                for (int a = 0; a < lsoas; a++) {
                    for (int t = 0; t < TYPES.length; t++) {
                        // a mean between 0 and ~20, a change of up to x3 in some rows, gamma noise
                        double mean = (seed + a * 7 + t) % 5 == 0 ? 0 : 0.2 + 20 * random.nextDouble() * random.nextDouble();
                        if (month >= 12 && (a + t) % 3 == 0) {
                            mean *= 0.3 + 2.7 * random.nextDouble();
                        }
                        double shape = 1 + 10 * random.nextDouble();
                        int n = poisson(random, mean * gamma(random, shape) / shape);
                        for (int i = 0; i < n; i++) {
                            lines.add((TYPES[t].startsWith("Anti") ? "" : "id" + month + "x" + a + "x" + t + "x" + i)
                                    + "," + ym + ",Force,Force,-0.2,51.9,On or near Road,E010000" + (10 + a)
                                    + ",Town 0" + (10 + a) + "A," + TYPES[t] + ",,");
                        }
                    }
                }
                Files.writeString(folder.resolve(ym + "-force-street.csv"), String.join("\n", lines) + "\n",
                        StandardCharsets.UTF_8);
            }
            return Loader.load(LoadOptions.builder().data(folder).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int poisson(Random random, double mean) {
        double l = Math.exp(-mean);
        int k = 0;
        double p = random.nextDouble();
        while (p > l) {
            k++;
            p *= random.nextDouble();
        }
        return k;
    }

    /** A Gamma(shape, 1) draw (Marsaglia and Tsang). */
    private static double gamma(Random random, double shape) {
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = Math.pow(1 + c * x, 3);
            if (v > 0 && Math.log(random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    static void agrees(ComparisonResult r) {
        org.cspstat.format.Table table = org.cspstat.table.Tables.of(r);
        List<String> names = table.columnNames();
        List<List<String>> cells = table.cells();
        for (int i = 0; i < r.rows().size(); i++) {
            ComparisonRow row = r.rows().get(i);
            String what = row.category() + " " + row.area() + " " + row;
            if (row.current() == 0 && row.previous() == 0) {
                assertEquals(Verdict.NO_INCIDENTS, row.verdict(), what);
                assertTrue(Double.isNaN(row.pAdjusted()) && Double.isNaN(row.low()), what);
            } else {
                assertEquals(row.verdict().isSignificant(), row.intervalExcludesOne(), what);
                assertEquals(row.verdict().isSignificant(), row.pAdjusted() < r.alpha(), what);
                assertTrue(row.low() <= row.rateRatio() && row.rateRatio() <= row.high(), what);
                if (row.previous() > 0) {
                    assertEquals(100 * (row.rateRatio() - 1), row.percentChange(), 1e-9, what);
                }
            }
            if (!row.sameAs().isEmpty()) {
                ComparisonRow first = r.rows().stream().filter(x -> x.category().equals(row.sameAs())
                        && java.util.Objects.equals(x.area(), row.area())).findFirst().orElseThrow();
                assertEquals(first.verdict(), row.verdict(), what);
                assertEquals(first.low(), row.low(), 0, what);
                assertEquals(first.pAdjusted(), row.pAdjusted(), 0, what);
            }
            // the CSV and JSON carry the same interval and verdict
            List<String> cell = cells.get(i);
            assertEquals(row.verdict().words(), cell.get(names.indexOf("verdict")), what);
            assertEquals(TableFormat.plainNumber(row.low()), cell.get(names.indexOf("rateRatioLow")), what);
            assertEquals(TableFormat.plainNumber(row.high()), cell.get(names.indexOf("rateRatioHigh")), what);
        }
        String json = org.cspstat.json.CspstatJson.write(r);
        for (ComparisonRow row : r.rows()) {
            assertTrue(json.contains("\"verdict\":\"" + row.verdict().words() + "\""), row::toString);
        }
    }

    @Test
    void significantExactlyWhenTheIntervalExcludesOneInEveryRow() {
        qt().withExamples(15).forAll(integers().between(1, 1_000_000), integers().between(0, 2))
                .checkAssert((seed, method) -> {
                    Dataset d = data(dir, seed);
                    MultipleComparisons m = MultipleComparisons.values()[method];
                    Period current = Period.parse("2022-01..2022-12");
                    agrees(Comparison.of(d).current(current).adjustment(m).run());
                    agrees(Comparison.of(d).current(current).adjustment(m).by(Grouping.parse("category,area")).run());
                    agrees(Comparison.of(d).current(Period.parse("2022-04..2022-06")).adjustment(m)
                            .by(Grouping.AREA).run());
                });
    }

    @Test
    void allAsbIsTestedOnceAndZeroAgainstZeroIsNotTested() {
        Dataset d = data(dir, 5);
        ComparisonResult r = Comparison.of(d).current(Period.parse("2022-01..2022-12")).run();
        assertEquals(CategoryGroups.ALL_ASB, r.row("Anti-social behaviour").sameAs());
        assertEquals(ComparisonResult.HEADLINES, r.row(CategoryGroups.ALL_ASB).family());
        // the families: All crime and All ASB; the three crime types (ASB is All ASB's test)
        assertEquals(2, r.families().get(0).tests());
        long categories = r.rows().stream().filter(x -> x.family().equals(ComparisonResult.CATEGORIES)
                && x.sameAs().isEmpty() && x.verdict() != Verdict.NO_INCIDENTS).count();
        assertEquals(categories, r.families().get(1).tests());
    }
}
