package org.cspstat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.cspstat.count.CountStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The readers against the real Hertfordshire months (shared/data, OGL v3.0), checked against an
 * independent count made with Python's csv module (src/test/resources/expected).
 */
@Tag("real-data")
class HertfordshireTest {
    /** The force-wide months beside the clone (../shared): tests reading them are tagged {@code real-data}. */
    static final Path HERTS = Path.of("../../shared/data/police-uk/hertfordshire-2021-01-to-2022-01");
    /** The Stevenage rows of the same months, in the repository (sample-data/README.md). */
    static final Path STEVENAGE = Path.of("../sample-data/stevenage-2021-01-to-2022-01");

    static Map<String, Long> expected(String resource) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        try (InputStream in = HertfordshireTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.startsWith("month,") || line.isBlank()) {
                    continue;
                }
                int last = line.lastIndexOf(',');
                out.put(line.substring(0, last), Long.parseLong(line.substring(last + 1).strip()));
            }
        }
        return out;
    }

    @Test
    void stevenageCountsPerMonthAndCategoryMatchTheIndependentCount() throws IOException {
        Dataset d = Loader.load(LoadOptions.builder().data(HERTS)
                .selection(AreaSelection.namePrefix("Stevenage")).build());
        CountStore s = d.counts();
        assertEquals(expected("/expected/stevenage-counts.csv"), LoadWithoutAreasTest.totals(s));
        assertEquals(52, s.areas().size());
        assertEquals(11_283, d.quality().accepted());
        assertEquals(d.quality().rowsRead(), d.quality().accepted() + d.quality().outsideArea() + d.quality().rejected());
    }

    @Test
    void everyHertfordshireRowIsReadAndNoMonthIsAGap() throws IOException {
        Dataset d = Loader.load(LoadOptions.builder().data(HERTS).build());
        Map<String, Long> perMonth = new TreeMap<>();
        d.quality().monthTotals().forEach((m, n) -> perMonth.put(m.toString(), n));
        assertEquals(expected("/expected/hertfordshire-rows-per-month.csv"), perMonth);
        assertEquals(108_465, d.quality().rowsRead());
        assertEquals(0, d.quality().rejected());
        assertEquals(13, d.quality().months().size());
        assertEquals(0, d.quality().gaps().size());
    }
}
