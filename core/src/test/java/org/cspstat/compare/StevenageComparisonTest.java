package org.cspstat.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        // The verdicts use the central exact p-value (the test the Clopper-Pearson interval inverts),
        // adjusted in two families: headlines (All crime, All ASB) and the 13 categories other than
        // anti-social behaviour, which is All ASB's data and tested once. One month: no dispersion.
        // a <- c(647,173,173,3,18,62,32,16,51,5,44,5,41,8,68,294)
        // b <- c(541,130,130,2,14,70,25,12,30,4,52,2,32,5,47,246)
        // central <- function(x, y) { n <- x + y; min(1, 2 * min(pbinom(x, n, .5), pbinom(x - 1, n, .5, lower.tail = FALSE))) }
        // p <- mapply(central, a, b)
        // p.adjust(p[1:2], "holm")   0.00460535489704 0.01568958984987
        // p.adjust(p[4:16], "holm")[13] = 0.516228885046;  p.adjust(p[4:16], "BH")[13] = 0.267403969037
        // both headlines significant, so Holm's interval level is 1 - 0.05 / max(2 - 2, 1) = 0.95:
        // poisson.test(c(173, 130))$conf.int  1.05386433594 1.68384375585
        ComparisonResult holm = Comparison.of(data).current(Period.parse("2022-01..2022-01")).run();
        ComparisonRow all = holm.row("All crime");
        assertEquals(647.0 / 541.0, all.rateRatio(), 1e-12);
        assertEquals(1.065229076, all.change().comparison().low(), 1e-6);
        assertEquals(1.343083762, all.change().comparison().high(), 1e-6);
        assertEquals(0.002302677449, all.change().comparison().pValue(), 1e-9);
        assertEquals(0.00460535489704, all.pAdjusted(), 1e-10);
        assertEquals(Verdict.SIGNIFICANT_INCREASE, all.verdict());
        ComparisonRow asb = holm.row("All ASB");
        assertEquals(0.01568958984987, asb.pAdjusted(), 1e-10);
        assertEquals(Verdict.SIGNIFICANT_INCREASE, asb.verdict());
        assertEquals(0.95, asb.level(), 1e-15);
        assertEquals(1.05386433594, asb.low(), 1e-9);
        assertEquals(1.68384375585, asb.high(), 1e-9);
        assertEquals("All ASB", holm.row("Anti-social behaviour").sameAs());
        assertEquals(Verdict.SIGNIFICANT_INCREASE, holm.row("Anti-social behaviour").verdict());
        assertEquals(0.516228885046, holm.row("Violence and sexual offences").pAdjusted(), 1e-10);
        assertEquals(Verdict.NO_CLEAR_CHANGE, holm.row("Violence and sexual offences").verdict());
        assertEquals(List.of(new ComparisonResult.Family("headlines", 2, 0.95),
                new ComparisonResult.Family("categories", 13, 1 - 0.05 / 13)), holm.families());
        ComparisonResult bh = Comparison.of(data).current(Period.parse("2022-01..2022-01"))
                .adjustment(MultipleComparisons.BENJAMINI_HOCHBERG).run();
        assertEquals(0.267403969037, bh.row("Violence and sexual offences").pAdjusted(), 1e-10);
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
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.cspstat.error.GapException.class,
                () -> Comparison.of(data).current(Period.parse("2021/22:Q3-Q4")).run());
        assertEquals("2021/22 Q3–Q4 (Oct 2021–Mar 2022) vs 2020/21 Q3–Q4 (Oct 2020–Mar 2021): the periods include"
                + " months without data: 2020-10, 2020-11, 2020-12 (before the data); 2022-02, 2022-03 (after the data);"
                + " the data covers 2021-01 to 2022-01; a missing month is not a zero: the data can compare Jan 2022 with"
                + " a year earlier (period 2022-01)",
                e.getMessage());
    }

    @Test
    void allowingGapsComparesOnlyTheCalendarMonthsWithDataInBothPeriodsAndSaysWhich() {
        ComparisonResult r = Comparison.of(data).current(Period.parse("2021/22:Q3-Q4")).allowGaps(true).run();
        ComparisonRow row = r.row("All crime");
        // current Oct 2021–Mar 2022, previous Oct 2020–Mar 2021: only January has data in both
        assertEquals(List.of(java.time.YearMonth.of(2022, 1)), r.monthsCurrent());
        assertEquals(List.of(java.time.YearMonth.of(2021, 1)), r.monthsPrevious());
        assertEquals(1.0, row.change().comparison().t1(), 0);
        assertEquals(1.0, row.change().comparison().t2(), 0);
        // like with like: the January counts of the month test above
        assertEquals(647, row.current());
        assertEquals(541, row.previous());
        assertEquals(100.0 * (647.0 / 541.0 - 1), row.percentChange(), 1e-9);
        assertEquals("months without data: 2020-10, 2020-11, 2020-12 (before the data); 2022-02, 2022-03 (after the data);"
                + " the data covers 2021-01 to 2022-01; compared only the calendar months with data in both periods"
                + " (2022-01 against 2021-01)", row.warning());
        assertTrue(r.notes().get(0).startsWith("This comparison rests on 1 month (fewer than 12)"));
        assertTrue(org.cspstat.json.CspstatJson.write(r).contains("\"monthsCompared\":{\"current\":[\"2022-01\"],\"previous\":[\"2021-01\"],\"count\":1}"));
    }

    @Test
    void aPeriodWithNoDataIsRefusedEvenWhenGapsAreAllowed() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.cspstat.error.DataException.class,
                () -> Comparison.of(data).current(Period.parse("2021-01..2021-06")).allowGaps(true).run());
        assertEquals("Jan–Jun 2021 vs Jan–Jun 2020: the previous period Jan–Jun 2020 has no months with data"
                + " (the data covers 2021-01 to 2022-01); a missing month is not a zero, so there is nothing to compare",
                e.getMessage());
        var none = org.junit.jupiter.api.Assertions.assertThrows(org.cspstat.error.DataException.class,
                () -> Comparison.of(data).current(Period.parse("2021-02..2021-07")).allowGaps(true).run());
        assertTrue(none.getMessage().contains("the previous period"), none.getMessage());
        // each period has a month with data, but never the same calendar month
        var unpaired = org.junit.jupiter.api.Assertions.assertThrows(org.cspstat.error.DataException.class,
                () -> Comparison.of(data).current(Period.parse("2022-01..2022-02"))
                        .previous(Period.parse("2020-12..2021-01")).allowGaps(true).run());
        assertTrue(unpaired.getMessage().contains("no calendar month has data in both periods"), unpaired.getMessage());
    }
}
