package org.cspstat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.cspstat.compare.Comparison;
import org.cspstat.compare.ComparisonResult;
import org.cspstat.compare.Grouping;
import org.cspstat.count.CountStore;
import org.cspstat.period.Period;
import org.junit.jupiter.api.Test;

/**
 * Loading for analyses by category only ({@code areas(false)}): the same account and the same
 * counts by category and month as a full load, on the real Hertfordshire months, and a clear
 * failure for anything that needs areas.
 */
class LoadWithoutAreasTest {

    /** @return the store's non-zero totals keyed {@code month,category}, as the independent counts are */
    static Map<String, Long> totals(CountStore s) {
        Map<String, Long> out = new TreeMap<>();
        for (YearMonth m : s.months()) {
            for (int c = 0; c < s.categories().size(); c++) {
                long n = s.total(c, m);
                if (n > 0) {
                    out.put(m + "," + s.categories().get(c).name(), n);
                }
            }
        }
        return out;
    }

    @Test
    void theAccountAndTheCountsByCategoryAreThoseOfAFullLoad() {
        Dataset full = Loader.load(LoadOptions.builder().data(HertfordshireTest.STEVENAGE).build());
        Dataset lean = Loader.load(LoadOptions.builder().data(HertfordshireTest.STEVENAGE).areas(false).build());
        assertEquals(full.quality(), lean.quality());
        assertEquals(totals(full.counts()), totals(lean.counts()));
        assertTrue(full.counts().hasAreas());
        assertFalse(lean.counts().hasAreas());
        assertTrue(lean.counts().areas().isEmpty());

        Period current = Period.parse("2022-01..2022-01");
        ComparisonResult a = Comparison.of(full).current(current).run();
        ComparisonResult b = Comparison.of(lean).current(current).run();
        assertEquals(org.cspstat.json.CspstatJson.write(a), org.cspstat.json.CspstatJson.write(b));
    }

    @Test
    void anAreaSelectionStillAppliesWithoutKeepingAreas() throws IOException {
        Dataset d = Loader.load(LoadOptions.builder().data(HertfordshireTest.STEVENAGE)
                .selection(AreaSelection.namePrefix("Stevenage")).areas(false).build());
        // the independent count made with Python's csv module, as in HertfordshireTest
        assertEquals(HertfordshireTest.expected("/expected/stevenage-counts.csv"), totals(d.counts()));
        assertEquals(11_283, d.quality().accepted());
        assertTrue(d.counts().areas().isEmpty());
    }

    @Test
    void aComparisonByAreaSaysTheAreasWereNotLoaded() {
        Dataset lean = Loader.load(LoadOptions.builder().data(HertfordshireTest.STEVENAGE).areas(false).build());
        var e = assertThrows(org.cspstat.error.ConfigurationException.class, () -> Comparison.of(lean)
                .current(Period.parse("2022-01..2022-01")).by(Grouping.parse("area")).run());
        assertTrue(e.getMessage().contains("loaded without areas"), e.getMessage());
        assertEquals(org.cspstat.error.ConfigurationException.AREAS, e.setting());
    }

    @Test
    void positionsNeedAreas() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LoadOptions.builder().positions(true).areas(false).build());
        assertEquals("positions need areas: hotspots and named places use both", e.getMessage());
    }
}
