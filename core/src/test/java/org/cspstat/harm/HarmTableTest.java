package org.cspstat.harm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.cspstat.compare.CategoryGroups;
import org.cspstat.error.DataException;
import org.cspstat.io.Dataset;
import org.cspstat.io.LoadOptions;
import org.cspstat.io.Loader;
import org.cspstat.period.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Harm-weighted totals on the embedded sample, Apr–Dec 2025 against Apr–Dec 2024. Counts (from
 * the sample's own independent check, sample-data/README.md): Shoplifting 847 and 596, Burglary
 * 183 and 188, Robbery 53 and 89. Expected values from R:
 *
 * <pre>
 * exp(log(847/596) + c(-1,1)*qnorm(.975)*sqrt(1/847+1/596))          # 1.27975781436829 1.57814357335764
 * w &lt;- c(221.6,365); n &lt;- c(183,53); b &lt;- c(188,89)                  # Burglary, Robbery
 * sum(w*n); sum(w*b)                                                  # 59897.8  74145.8
 * sum(w*n)-sum(w*b) + c(-1,1)*qnorm(.975)*sqrt(sum(w^2*n)+sum(w^2*b)) # -26191.96387760009 -2304.03612239989
 * </pre>
 */
class HarmTableTest {
    @TempDir
    Path dir;

    private static final Period NOW = Period.of(YearMonth.of(2025, 4), YearMonth.of(2025, 12));
    private static final Period BEFORE = Period.of(YearMonth.of(2024, 4), YearMonth.of(2024, 12));

    private static Dataset sample() {
        return Loader.load(LoadOptions.builder().sample().areas(false).build());
    }

    @Test
    void oneCategoryHasThePoissonRatioIntervalWhateverItsWeight() {
        HarmTable h = HarmTable.of(sample().counts(), CategoryGroups.builtIn(), HarmWeights.bundled(), NOW, BEFORE);
        HarmTable.Row s = h.row("Shoplifting");
        assertEquals(847.0, s.harmNow(), 1e-9); // 1 day each
        assertEquals(1.27975781436829, s.ratioLow(), 1e-12);
        assertEquals(1.57814357335764, s.ratioHigh(), 1e-12);
        assertEquals(h.row("All crime"), h.rows().get(0));
        assertEquals(null, h.row("All ASB"), "ASB carries no weight");
    }

    @Test
    void aGroupSumsWeightedCountsAndItsChangeHasThePoissonInterval() throws Exception {
        Path groups = dir.resolve("groups.csv");
        Files.writeString(groups, "group,category\nSerious acquisitive,Burglary\nSerious acquisitive,Robbery\n");
        HarmTable h = HarmTable.of(sample().counts(), CategoryGroups.read(groups), HarmWeights.bundled(), NOW, BEFORE);
        HarmTable.Row g = h.row("Serious acquisitive");
        assertEquals(59897.8, g.harmNow(), 1e-6);
        assertEquals(74145.8, g.harmBefore(), 1e-6);
        assertEquals(-14248.0, g.change(), 1e-6);
        assertEquals(-26191.96387760009, g.changeLow(), 1e-6);
        assertEquals(-2304.03612239989, g.changeHigh(), 1e-6);
    }

    @Test
    void aPartnershipsWeightsReplaceTheBundledOnesItNames() throws Exception {
        Path csv = dir.resolve("days.csv");
        Files.writeString(csv, "# our own\ncategory,days\nshoplifting,3\nDomestic abuse,150\n");
        HarmWeights w = HarmWeights.read(csv);
        assertEquals(3.0, w.days("Shoplifting").orElseThrow());
        assertEquals(150.0, w.days("Domestic abuse").orElseThrow());
        assertEquals(365.0, w.days("Robbery").orElseThrow());
        Files.writeString(csv, "category,days\nShoplifting,lots\n");
        DataException e = assertThrows(DataException.class, () -> HarmWeights.read(csv));
        assertTrue(e.getMessage().startsWith(csv + ":2: column 'days'"), e.getMessage());
        assertEquals(List.of("issue", "harm_current", "harm_previous", "harm_change", "harm_change_low",
                "harm_change_high", "harm_ratio", "harm_ratio_low", "harm_ratio_high"), HarmTable.columnNames());
    }
}
