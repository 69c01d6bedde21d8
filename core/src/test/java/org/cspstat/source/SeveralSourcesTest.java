package org.cspstat.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.cspstat.compare.CategoryGroups;
import org.cspstat.compare.Comparison;
import org.cspstat.compare.ComparisonResult;
import org.cspstat.error.DataException;
import org.cspstat.io.Dataset;
import org.cspstat.io.ExportMapping;
import org.cspstat.io.LoadOptions;
import org.cspstat.io.Loader;
import org.cspstat.model.Polarity;
import org.cspstat.period.Period;
import org.junit.jupiter.api.Test;

/**
 * A police.uk folder and a council export in one run, each read with its own mapping.
 *
 * <p>Expected counts from an independent count of the files (Python, csv module):
 * <pre>
 * police.uk rows with Crime type 'Anti-social behaviour' in synthetic/2025-04..2025-12: 1752,
 *   in 2024-04..2024-12: 1658
 * council rows (asb-cases.csv, cp1252) dated Apr-Dec 2025: 652, Apr-Dec 2024: 637;
 *   of them with 'Domestic Abuse' Y or Yes: 52 and 62
 * </pre>
 */
class SeveralSourcesTest {
    private static final Path SYNTHETIC = Path.of("../sample-data/synthetic");
    private static final Path COUNCIL = Path.of("../sample-data/council-asb/asb-cases.csv");
    private static final ExportMapping MAPPING = ExportMapping.read(Path.of("../sample-data/council-asb/mapping.txt"));
    private static final Period CURRENT = Period.of(YearMonth.of(2025, 4), YearMonth.of(2025, 12));
    private static final Period PREVIOUS = Period.of(YearMonth.of(2024, 4), YearMonth.of(2024, 12));

    private static LoadOptions.Builder both() {
        LoadOptions.Builder b = LoadOptions.builder();
        for (YearMonth m = YearMonth.of(2024, 4); !m.isAfter(YearMonth.of(2025, 12)); m = m.plusMonths(1)) {
            b.source(SYNTHETIC.resolve(m.toString()), null);
        }
        return b.source(COUNCIL, MAPPING);
    }

    @Test
    void eachDataPathIsReadWithItsOwnMappingAndCountsKeepTheirSource() {
        Dataset d = Loader.load(both().build());
        assertTrue(d.hasSeveralSources());
        assertEquals(List.of("police.uk", "Northbrook Borough Council ASB cases (invented)"),
                d.sources().stream().map(s -> s.name()).toList());
        // no police row is taken for an unreadable council file, nor the other way round
        assertEquals(0, d.sources().get(0).quality().rejected());
        long read = d.sources().stream().mapToLong(s -> s.quality().rowsRead()).sum();
        assertEquals(read, d.quality().rowsRead());
        assertEquals(d.quality().rowsRead(), d.quality().accepted() + d.quality().outsideArea() + d.quality().rejected());
        assertEquals("police.uk, Open Government Licence v3.0; Northbrook Borough Council ASB cases (invented)",
                d.source());
    }

    @Test
    void allAsbSpansBothSourcesWithABreakdownThatAddsUp() {
        Dataset d = Loader.load(both().build());
        ComparisonResult r = Comparison.of(d).current(CURRENT).previous(PREVIOUS).run();
        assertEquals(1752 + 652, r.row(CategoryGroups.ALL_ASB).current());
        assertEquals(1658 + 637, r.row(CategoryGroups.ALL_ASB).previous());
        assertEquals(52, r.row("Domestic abuse").current());
        assertEquals(62, r.row("Domestic abuse").previous());
        SourceBreakdown b = SourceBreakdown.of(d, CURRENT, PREVIOUS, CategoryGroups.builtIn(), List.of());
        assertEquals(4, b.rows().size(), "All ASB has counts from both sources; a flag category is always split");
        assertEquals(List.of("Domestic abuse", "police.uk", 0L, 0L), List.of(b.rows().get(2).issue(),
                b.rows().get(2).source(), b.rows().get(2).current(), b.rows().get(2).previous()));
        assertEquals(List.of(52L, 62L, 1.0), List.of(b.rows().get(3).current(), b.rows().get(3).previous(),
                b.rows().get(3).share()));
        SourceBreakdown.Row police = b.rows().get(0);
        SourceBreakdown.Row council = b.rows().get(1);
        assertEquals(List.of("All ASB", "police.uk", 1752L, 1658L), List.of(police.issue(), police.source(),
                police.current(), police.previous()));
        assertEquals(List.of(652L, 637L), List.of(council.current(), council.previous()));
        assertEquals(1752.0 / 2404, police.share(), 1e-12);
        assertTrue(org.cspstat.json.CspstatJson.write(b).contains("\"source\":\"police.uk\""));
        assertEquals("All ASB,police.uk,1752,1658,94,5.669481302774427,0.7287853577371048",
                String.join(",", b.cells().get(0)));
    }

    @Test
    void flagCategoriesFromTwoExportsAreSplitUnnamed(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        // the Northbrook council export split into its odd and even lines, read as two sources (two mappings
        // with different names): Domestic abuse then has counts from both, and its rows add up to the whole
        List<String> lines = java.nio.file.Files.readAllLines(COUNCIL, java.nio.charset.Charset.forName("windows-1252"));
        List<String> odd = new java.util.ArrayList<>(List.of(lines.get(0)));
        List<String> even = new java.util.ArrayList<>(List.of(lines.get(0)));
        for (int i = 1; i < lines.size(); i++) {
            (i % 2 == 1 ? odd : even).add(lines.get(i));
        }
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        java.nio.file.Files.write(a, odd, java.nio.charset.Charset.forName("windows-1252"));
        java.nio.file.Files.write(b, even, java.nio.charset.Charset.forName("windows-1252"));
        List<String> text = java.nio.file.Files.readAllLines(Path.of("../sample-data/council-asb/mapping.txt"));
        ExportMapping other = ExportMapping.parse("other.txt", text.stream()
                .map(l -> l.startsWith("name =") ? "name = Housing association (invented)" : l).toList());
        Dataset d = Loader.load(LoadOptions.builder().source(SYNTHETIC, null).source(a, MAPPING).source(b, other)
                .build());
        SourceBreakdown split = SourceBreakdown.of(d, CURRENT, PREVIOUS, CategoryGroups.builtIn(), List.of());
        List<SourceBreakdown.Row> da = split.rows().stream().filter(r -> r.issue().equals("Domestic abuse")).toList();
        assertEquals(List.of("police.uk", "Northbrook Borough Council ASB cases (invented)",
                "Housing association (invented)"), da.stream().map(SourceBreakdown.Row::source).toList());
        assertEquals(0, da.get(0).current());
        assertEquals(52, da.get(1).current() + da.get(2).current());
        assertEquals(62, da.get(1).previous() + da.get(2).previous());
        assertTrue(da.get(1).current() > 0 && da.get(2).current() > 0);
    }

    @Test
    void aMonthOneSourceLacksIsAGapOfTheSum() {
        LoadOptions.Builder b = LoadOptions.builder();
        for (YearMonth m = YearMonth.of(2023, 4); !m.isAfter(YearMonth.of(2025, 12)); m = m.plusMonths(1)) {
            b.source(SYNTHETIC.resolve(m.toString()), null);
        }
        Dataset d = Loader.load(b.source(COUNCIL, MAPPING).build());
        // police.uk starts 2023-04 (2023-02, its gap, is before), the council 2024-04
        assertEquals(YearMonth.of(2024, 4), d.counts().months().first());
        assertTrue(d.counts().gaps().contains(YearMonth.of(2023, 4)));
        assertFalse(d.counts().hasData(YearMonth.of(2024, 3)));
        assertTrue(d.quality().notes().stream().anyMatch(n -> n.startsWith("sources cover different months")));
    }

    @Test
    void sourcesWithoutACommonMonthCannotBeSummed() {
        LoadOptions o = LoadOptions.builder().source(SYNTHETIC.resolve("2022-04"), null).source(COUNCIL, MAPPING).build();
        DataException e = assertThrows(DataException.class, () -> Loader.load(o));
        assertTrue(e.getMessage().contains("the sources share no month"), e.getMessage());
    }

    @Test
    void oneMappingForEveryPathIsOneSourceAsBefore() {
        Dataset d = Loader.load(LoadOptions.builder().data(COUNCIL).mapping(MAPPING).build());
        assertFalse(d.hasSeveralSources());
        assertEquals(1, d.sources().size());
        assertEquals(d.counts(), d.sources().get(0).counts());
    }

    @Test
    void domesticAbuseAndHateCrimeWantMoreReports() {
        assertEquals(Polarity.MORE_REPORTS_WANTED, Polarity.of("Domestic abuse"));
        assertEquals(Polarity.MORE_REPORTS_WANTED, Polarity.of("Hate crime"));
        assertEquals(Polarity.MORE_REPORTS_WANTED, Polarity.of("Hate incidents"));
        assertEquals(Polarity.FEWER_IS_BETTER, Polarity.of("Knife crime"));
        assertEquals(Polarity.FEWER_IS_BETTER, Polarity.of("Whatever"));
        assertEquals("significant increase (more reports)", org.cspstat.stats.Verdict.SIGNIFICANT_INCREASE
                .words(Polarity.MORE_REPORTS_WANTED));
        assertEquals("significant increase", org.cspstat.stats.Verdict.SIGNIFICANT_INCREASE
                .words(Polarity.FEWER_IS_BETTER));
    }
}
