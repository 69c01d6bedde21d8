package org.cspstat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cspstat.io.Dataset;
import org.cspstat.io.LoadOptions;
import org.cspstat.io.Loader;
import org.cspstat.io.SampleData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pack made from the embedded sample, whose planted changes sample-data/README.md lists. */
class ReportBuilderTest {
    static ReportPack pack;

    @BeforeAll
    static void build() {
        Dataset d = Loader.load(LoadOptions.builder().sample().positions(true).lookup(SampleData.lookup().orElseThrow()).build());
        pack = ReportBuilder.of(d).build();
    }

    @Test
    void aTitleCarriesNoControlCharacterIntoThePack() {
        Dataset d = Loader.load(LoadOptions.builder().sample().build());
        ReportPack titled = ReportBuilder.of(d).title("Northbrook\u001b[31m CSP\nFAKE").build();
        assertTrue(titled.title().startsWith("Northbrook [31m CSP FAKE: "), titled.title());
        assertTrue(titled.title().chars().noneMatch(Character::isISOControl), titled.title());
    }

    @Test
    void theDefaultIsTheLatestYearToDateAgainstTheSameMonthsAYearBefore() {
        assertEquals("Apr–Dec 2025", pack.current().monthsLabel());
        assertEquals("Apr–Dec 2024", pack.previous().monthsLabel());
        assertEquals(SampleData.SOURCE, pack.source());
    }

    @Test
    void theSectionsComeInPageOrder() {
        assertEquals(List.of("changes", "priorities", "trends", "three-years", "areas", "harm", "repeat-locations",
                "time-of-day", "hotspots", "caveats", "quality", "method"),
                pack.sections().stream().map(ReportSection::id).toList());
    }

    @Test
    void policeDataAloneHasNoTimeOfDayAndThePackSaysSoInsteadOfAnEmptyChart() {
        ReportSection when = pack.sections().stream().filter(s -> s.id().equals("time-of-day")).findFirst().orElseThrow();
        assertEquals(List.of(), when.charts());
        assertTrue(when.paragraphs().get(0).startsWith("police.uk publishes the month only, so no time of day for "
                + "police data."), when.paragraphs().get(0));
    }

    @Test
    void theHeadlinesLeadWithTheShortPeriodNoteThenTheTotalsThenTheSignificantChanges() {
        // Apr–Dec is 9 months: the pack says so before any claim
        assertTrue(pack.headlines().get(0).startsWith("This comparison rests on 9 months (fewer than 12)"),
                pack.headlines().get(0));
        assertTrue(pack.headlines().get(1).startsWith("All crime: "), pack.headlines().get(1));
        assertTrue(pack.headlines().get(2).startsWith("All ASB: "), pack.headlines().get(2));
        List<String> rest = pack.headlines().subList(3, pack.headlines().size());
        // the planted shoplifting rise is clear; the planted falls in robbery (89 to 53) and vehicle
        // crime are not, once each category's own month-to-month variation is allowed for over 9 months
        assertTrue(rest.stream().anyMatch(h -> h.startsWith("Shoplifting: ") && h.contains(": significant increase (rate ratio 1.42, ")),
                rest.toString());
        assertTrue(rest.stream().noneMatch(h -> h.startsWith("Anti-social behaviour")), rest.toString());
    }

    @Test
    void everyKindOfChartIsThereWithPeriodsInItsTitleAndTheSourceLine() {
        List<String> names = pack.charts().stream().map(ChartData::name).toList();
        for (String n : List.of("change-by-category", "risk-matrix", "trend-all-crime", "top-areas", "hotspot-map",
                "concentration")) {
            assertTrue(names.contains(n), n + " in " + names);
        }
        assertEquals("Change by category, Apr–Dec 2025 vs Apr–Dec 2024", pack.chart("change-by-category").title());
        assertEquals("All crime by month, 2025/26 (to Dec 2025) vs 2024/25", pack.chart("trend-all-crime").title());
        pack.charts().forEach(c -> assertEquals(SampleData.SOURCE, c.source(), c.name()));
        assertEquals(names.size(), names.stream().distinct().count(), "chart names are unique");
    }

    @Test
    void theDivergingChartColoursEachCategoryByItsVerdict() {
        BarChartData c = (BarChartData) pack.chart("change-by-category");
        int shoplifting = c.categories().indexOf("Shoplifting");
        assertEquals(Tone.INCREASE, c.series().get(0).tone());
        assertTrue(Double.isFinite(c.series().get(0).values().get(shoplifting)));
        assertTrue(Double.isNaN(c.series().get(2).values().get(shoplifting)));
        int burglary = c.categories().indexOf("Burglary");
        assertTrue(Double.isNaN(c.series().get(0).values().get(burglary)));
        assertTrue(Double.isFinite(c.series().get(2).values().get(burglary)));
    }

    @Test
    void tableNamesAreUniqueFileStems() {
        List<String> names = pack.tables().stream().map(ReportTable::name).toList();
        assertEquals(names.size(), names.stream().distinct().count(), names.toString());
        assertTrue(names.containsAll(List.of("change-by-category", "change-by-area", "priorities", "hot-cells",
                "rows-per-month")), names.toString());
    }

    @Test
    void theRiskMatrixIsBandedByTheConfiguredScoringNotAlwaysByAProduct() {
        org.cspstat.risk.RiskMatrix matrix = org.cspstat.risk.RiskMatrix.bundled();
        org.cspstat.risk.RiskSettings weighted = org.cspstat.risk.RiskSettings.parse("s.csv", new java.io.StringReader(
                "setting,value\nrisk.method,weighted_sum\nrisk.weight.likelihood,1\nrisk.weight.impact,1\n"
                        + "band.medium,5\nband.high,8\n"), matrix.dimensions());
        Dataset d = Loader.load(LoadOptions.builder().sample().positions(true).lookup(SampleData.lookup().orElseThrow()).build());
        ReportPack p = ReportBuilder.of(d).risk(new org.cspstat.risk.RiskConfig(matrix, weighted,
                org.cspstat.risk.DistrictOverrides.none())).build();
        RiskMatrixData m = p.charts().stream().filter(c -> c instanceof RiskMatrixData).map(c -> (RiskMatrixData) c)
                .findFirst().orElseThrow();
        // likelihood 1, impact 5: the sum 6 is medium (from 5); the product, 5, would have been low (under 8)
        assertEquals(Tone.MEDIUM, m.band(1, 5));
        assertEquals(Tone.LOW, m.band(2, 2)); // 4
        assertEquals(Tone.HIGH, m.band(4, 4)); // 8
        ReportSection priorities = p.sections().stream().filter(x -> x.id().equals("priorities")).findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertTrue(priorities.paragraphs().get(0).startsWith("Risk = 1 × likelihood + 1 × impact."),
                priorities.paragraphs().get(0));
    }
}
