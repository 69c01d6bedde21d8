package org.cspstat.peer;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cspstat.count.CountStore;
import org.cspstat.io.AreaSelection;
import org.cspstat.io.Dataset;
import org.cspstat.io.LoadOptions;
import org.cspstat.io.Loader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The districts of the real Hertfordshire files (shared/data, OGL v3.0), checked against an
 * independent count with Python's csv module (docs/peers.md):
 *
 * <pre>
 * import csv, glob, re, collections
 * c = collections.Counter()
 * for f in sorted(glob.glob('hertfordshire-2021-01-to-2022-01/*-street.csv')):
 *     for row in csv.DictReader(open(f, newline='', encoding='utf-8')):
 *         m = re.fullmatch(r'(.+?) (\d{3}[A-Za-z]?)', row['LSOA name'].strip())
 *         c[m.group(1) if m else ''] += 1
 * </pre>
 */
@Tag("real-data")
class HertfordshireDistrictsTest {
    static final Path HERTS = Path.of("../../shared/data/police-uk/hertfordshire-2021-01-to-2022-01");

    static Dataset load(AreaSelection selection, boolean positions) {
        Assumptions.assumeTrue(Files.isDirectory(HERTS), "needs ../shared/data");
        return Loader.load(LoadOptions.builder().data(HERTS).selection(selection).positions(positions).build());
    }

    @Test
    void countsEachDistrictsRowsAsPythonDoes() {
        Districts d = Districts.of(load(AreaSelection.all(), false).counts());
        Map<String, Long> python = new LinkedHashMap<>();
        python.put("Broxbourne", 9140L);
        python.put("Dacorum", 13187L);
        python.put("East Hertfordshire", 10489L);
        python.put("Hertsmere", 10875L);
        python.put("North Hertfordshire", 9057L);
        python.put("St Albans", 11444L);
        python.put("Stevenage", 11283L);
        python.put("Three Rivers", 6422L);
        python.put("Watford", 11143L);
        python.put("Welwyn Hatfield", 12300L);
        assertEquals(List.copyOf(python.keySet()), d.all().stream().map(District::name).toList());
        assertAll(d.all().stream().map(x -> () -> assertEquals(python.get(x.name()), x.rows(), x.name())));
        // 1,789 rows without a location (Python's '' key)
        assertEquals(1789, d.rowsWithoutDistrict());
        assertEquals(173, d.partial().size());
        assertEquals(52, d.find("stevenage").orElseThrow().lsoas());
    }

    @Test
    void aDistrictsPartIsWhatLoadingItAloneGives() {
        Dataset county = load(AreaSelection.all(), true);
        District stevenage = Districts.of(county.counts()).find("Stevenage").orElseThrow();
        Dataset part = DistrictData.of(county, stevenage);
        Dataset alone = load(AreaSelection.namePrefix("Stevenage"), true);
        CountStore a = part.counts();
        CountStore b = alone.counts();
        assertEquals(b.areas().size(), a.areas().size());
        assertEquals(b.points().size(), a.points().size());
        assertEquals(cells(b), cells(a));
        for (int c = 0; c < b.categories().size(); c++) {
            int ca = a.categoryId(b.categories().get(c).name()).orElseThrow();
            for (var m : b.months()) {
                assertEquals(b.total(c, m), a.total(ca, m), b.categories().get(c).name() + " " + m);
            }
        }
        assertAll(
                () -> assertEquals(alone.quality().rowsRead(), part.quality().rowsRead()),
                () -> assertEquals(alone.quality().accepted(), part.quality().accepted()),
                () -> assertEquals(alone.quality().outsideArea(), part.quality().outsideArea()),
                () -> assertEquals(alone.quality().rejected(), part.quality().rejected()),
                () -> assertEquals(alone.quality().monthTotals(), part.quality().monthTotals()));
    }

    /** The distinct non-zero cells a store holds, by area and by snap point. */
    private static long cells(CountStore s) {
        long[] n = new long[1];
        s.forEachCount((c, m, place, count) -> n[0]++);
        if (s.hasPositions()) {
            s.forEachPointCount((c, m, point, count) -> n[0]++);
        }
        return n[0];
    }
}
