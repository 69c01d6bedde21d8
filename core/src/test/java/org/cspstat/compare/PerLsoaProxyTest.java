package org.cspstat.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.cspstat.io.Dataset;
import org.cspstat.io.LoadOptions;
import org.cspstat.io.Loader;
import org.cspstat.period.Period;
import org.junit.jupiter.api.Test;

/**
 * Without a population file, district and ward rows are compared per LSOA (a proxy for residents),
 * never as a rate per resident. Reference figures counted independently from the sample's CSV
 * files with Python's csv module: 52 distinct LSOA codes named {@code Stevenage NNNX} over the 13
 * months; 647 crimes (rows other than Anti-social behaviour) in 2022-01 and 541 in 2021-01.
 */
class PerLsoaProxyTest {
    private static final Dataset SAMPLE = Loader.load(LoadOptions.builder()
            .data(Path.of("../sample-data/stevenage-2021-01-to-2022-01")).build());

    private static Comparison byDistrict() {
        return Comparison.of(SAMPLE).current(Period.parse("2022-01..2022-01")).by(Grouping.AREA)
                .areaLevel(AreaLevel.DISTRICT);
    }

    @Test
    void districtRowsCarryTheirLsoasAndCountsPerLsoa() {
        ComparisonResult r = byDistrict().run();
        ComparisonRow row = r.row("All crime");
        assertEquals("Stevenage", row.area());
        assertEquals(52, row.lsoas());
        assertEquals(647.0 / 52, row.perLsoa(true), 1e-12);   // 12.442...
        assertEquals(541.0 / 52, row.perLsoa(false), 1e-12);  // 10.403...
        assertTrue(r.hasLsoaProxy());
        assertFalse(r.hasPopulation());
        assertTrue(r.notes().contains(ComparisonResult.PER_LSOA_NOTE), r.notes().toString());
        assertTrue(org.cspstat.table.Tables.of(r).columnNames().containsAll(java.util.List.of("lsoas", "currentPerLsoa", "previousPerLsoa")));
        assertFalse(org.cspstat.table.Tables.of(r).columnNames().contains("currentRatePer1000"));
        String json = org.cspstat.json.CspstatJson.write(r);
        assertTrue(json.contains("\"lsoas\":52,"), json);
        assertTrue(json.contains("\"currentPerLsoa\":" + (647.0 / 52)), json);
        String display = org.cspstat.format.TableFormat.TEXT.render(org.cspstat.table.Tables.display(r));
        assertTrue(display.contains("Per LSOA (proxy, no population file)") && display.contains("12.4 vs 10.4"), display);
        assertFalse(display.toLowerCase(java.util.Locale.ROOT).contains("per resident"), display);
        assertFalse(display.contains("per 1,000"), display);
    }

    @Test
    void aPopulationFileGivesRatesPerResidentInstead() {
        ComparisonResult r = byDistrict().population(Population.of(Map.of("Stevenage", 88_000L))).run();
        ComparisonRow row = r.row("All crime");
        assertEquals(0, row.lsoas());
        assertEquals(Double.NaN, row.perLsoa(true));
        assertEquals(647.0 / 88_000 * 12_000, row.ratePer1000(true), 1e-9);
        assertFalse(r.hasLsoaProxy());
        assertFalse(org.cspstat.table.Tables.of(r).columnNames().contains("lsoas"));
        assertFalse(org.cspstat.json.CspstatJson.write(r).contains("PerLsoa"));
        assertFalse(r.notes().contains(ComparisonResult.PER_LSOA_NOTE));
    }

    @Test
    void lsoaRowsAndCategoryRowsHaveNoProxy() {
        ComparisonResult lsoa = byDistrict().areaLevel(AreaLevel.LSOA).run();
        assertTrue(lsoa.rows().stream().allMatch(x -> x.lsoas() == 0));
        assertFalse(lsoa.hasLsoaProxy());
        assertFalse(org.cspstat.table.Tables.of(lsoa).columnNames().contains("lsoas"));
        ComparisonResult categories = Comparison.of(SAMPLE).current(Period.parse("2022-01..2022-01")).run();
        assertFalse(categories.hasLsoaProxy());
        assertFalse(org.cspstat.json.CspstatJson.write(categories).contains("\"lsoas\""));
    }
}
