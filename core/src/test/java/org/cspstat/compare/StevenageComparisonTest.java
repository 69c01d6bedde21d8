package org.cspstat.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cspstat.io.AreaSelection;
import org.cspstat.io.Dataset;
import org.cspstat.io.LoadOptions;
import org.cspstat.io.Loader;
import org.cspstat.period.Period;
import org.cspstat.stats.MultipleComparisons;
import org.cspstat.stats.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code compare --area-prefix Stevenage --period 2022-01..2022-01} on the real Hertfordshire
 * months: counts against the independent Python count, statistics against R.
 */
class StevenageComparisonTest {
    static Dataset data;

    @BeforeAll
    static void load() {
        data = Loader.load(LoadOptions.builder()
                .data(Path.of("../sample-data/stevenage-2021-01-to-2022-01"))
                .selection(AreaSelection.namePrefix("Stevenage")).build());
    }

    /** Sums the independent count (src/test/resources/expected/stevenage-counts.csv) for a month. */
    static Map<String, Long> independent(String month) throws IOException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (InputStream in = StevenageComparisonTest.class.getResourceAsStream("/expected/stevenage-counts.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split(",");
                if (f.length == 3 && f[0].equals(month)) {
                    out.put(f[1], Long.parseLong(f[2].strip()));
                }
            }
        }
        return out;
    }

    @Test
    void countsMatchTheIndependentCountForEveryCategoryAndGroup() throws IOException {
        ComparisonResult r = Comparison.of(data).current(Period.parse("2022-01..2022-01")).run();
        assertEquals("Jan 2022", r.current().label());
        assertEquals("Jan 2021", r.previous().label());
        Map<String, Long> now = independent("2022-01");
        Map<String, Long> before = independent("2021-01");
        for (String category : now.keySet()) {
            assertEquals(now.get(category), r.row(category).current(), category);
            assertEquals(before.getOrDefault(category, 0L), r.row(category).previous(), category);
        }
        long allCrimeNow = now.entrySet().stream().filter(e -> !e.getKey().equals("Anti-social behaviour"))
                .mapToLong(Map.Entry::getValue).sum();
        assertEquals(allCrimeNow, r.row("All crime").current());
        assertEquals(now.get("Anti-social behaviour"), r.row("All ASB").current());
    }

    @Test
    void ratesIntervalsAndAdjustedPValuesMatchR() {
        // R: poisson.test(c(647, 541), T = c(1, 1))
        //    conf.int 1.065229076 1.343083762, p.value 0.002302677449
        // a <- c(647,173,173,3,18,62,32,16,51,5,44,5,41,8,68,294)
        // b <- c(541,130,130,2,14,70,25,12,30,4,52,2,32,5,47,246)
        // p <- mapply(function(x, y) poisson.test(c(x, y))$p.value, a, b)
        // p.adjust(p, "holm")[1] = 0.03684284; [2] = 0.23534385; [16] = 0.51622888
        // p.adjust(p, "BH")[2] = 0.08367781
        ComparisonResult holm = Comparison.of(data).current(Period.parse("2022-01..2022-01")).run();
        ComparisonRow all = holm.row("All crime");
        assertEquals(647.0 / 541.0, all.rateRatio(), 1e-12);
        assertEquals(1.065229076, all.change().comparison().low(), 1e-6);
        assertEquals(1.343083762, all.change().comparison().high(), 1e-6);
        assertEquals(0.002302677449, all.pValue(), 1e-9);
        assertEquals(0.03684284, all.pAdjusted(), 1e-7);
        assertEquals(Verdict.SIGNIFICANT_INCREASE, all.verdict());
        assertEquals(0.23534385, holm.row("All ASB").pAdjusted(), 1e-7);
        assertEquals(0.51622888, holm.row("Violence and sexual offences").pAdjusted(), 1e-7);
        assertEquals(Verdict.NO_CLEAR_CHANGE, holm.row("Violence and sexual offences").verdict());
        ComparisonResult bh = Comparison.of(data).current(Period.parse("2022-01..2022-01"))
                .adjustment(MultipleComparisons.BENJAMINI_HOCHBERG).run();
        assertEquals(0.08367781, bh.row("All ASB").pAdjusted(), 1e-7);
        assertEquals(16, holm.rows().size());
    }

    @Test
    void byAreaGivesOneRowPerLsoaWithTheSameTotalsLessRowsWithoutLocation() {
        ComparisonResult r = Comparison.of(data).current(Period.parse("2022-01..2022-01"))
                .by(Grouping.AREA).run();
        long current = r.rows().stream().mapToLong(ComparisonRow::current).sum();
        assertEquals(List.of("All crime"), r.rows().stream().map(ComparisonRow::category).distinct().toList());
        // rows without a location are outside the area once an area is selected, so the LSOA rows
        // add up to All crime exactly
        assertEquals(647, current);
        assertNull(Comparison.of(data).current(Period.parse("2022-01..2022-01")).run().rows().get(0).area());
    }

    @Test
    void aPeriodBeyondTheDataIsRefusedNamingTheMonths() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.cspstat.error.DataException.class,
                () -> Comparison.of(data).current(Period.parse("2021/22:Q3-Q4")).run());
        assertEquals("2021/22 Q3–Q4 (Oct 2021–Mar 2022) vs 2020/21 Q3–Q4 (Oct 2020–Mar 2021): the periods include"
                + " months without data: 2020-10, 2020-11, 2020-12 (before the data); 2022-02, 2022-03 (after the data);"
                + " the data covers 2021-01 to 2022-01; a missing month is not a zero: the data can compare Jan 2022 with"
                + " a year earlier (--period 2022-01); or use --allow-gaps to compare anyway",
                e.getMessage());
    }

    @Test
    void allowingGapsComparesMonthlyRatesOverTheMonthsWithDataAndWarns() {
        ComparisonResult r = Comparison.of(data).current(Period.parse("2021/22:Q3-Q4")).allowGaps(true).run();
        ComparisonRow row = r.row("All crime");
        // current: Oct 2021–Jan 2022 (4 months with data); previous: Jan–Mar 2021 (3 months with data)
        assertEquals(4.0, row.change().comparison().t1(), 0);
        assertEquals(3.0, row.change().comparison().t2(), 0);
        assertEquals("months without data: 2020-10, 2020-11, 2020-12 (before the data); 2022-02, 2022-03 (after the data);"
                + " the data covers 2021-01 to 2022-01", row.warning());
    }
}
