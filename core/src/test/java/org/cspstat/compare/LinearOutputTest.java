package org.cspstat.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.cspstat.format.TableFormat;
import org.cspstat.io.Dataset;
import org.cspstat.io.LoadOptions;
import org.cspstat.io.Loader;
import org.cspstat.period.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A comparison by area over 35,000 LSOAs (about England's count) writes its JSON, CSV and
 * Markdown in time linear in the rows: JSON once asked per row whether the rows carry residents,
 * which made it quadratic (62.6 s against 12.3 s for CSV). Limits are generous; the point is
 * linear against quadratic, not speed.
 */
class LinearOutputTest {
    static final int AREAS = 35_000;

    @TempDir
    Path dir;

    @Test
    void thirtyFiveThousandAreasWriteJsonCsvAndMarkdownInLinearTime() throws Exception {
        StringBuilder csv = new StringBuilder("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
                + "LSOA code,LSOA name,Crime type,Last outcome category,Context\n");
        for (String month : new String[] {"2023-01", "2024-01"}) {
            for (int i = 0; i < AREAS; i++) {
                csv.append(String.format(",%s,F,F,-0.2,51.9,On or near X,E01%06d,Place %05dA,Burglary,,%n", month, i, i));
            }
        }
        Path file = dir.resolve("2024-01-big-street.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Dataset d = Loader.load(LoadOptions.builder().data(file).build());
        ComparisonResult r = Comparison.of(d).current(Period.parse("2024-01..2024-01")).by(Grouping.AREA).run();
        assertEquals(AREAS, r.rows().size());
        String json = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> org.cspstat.json.CspstatJson.write(r), "JSON");
        String out = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> TableFormat.CSV.render(org.cspstat.table.Tables.of(r)), "CSV");
        String md = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> TableFormat.MD.render(org.cspstat.table.Tables.of(r)), "Markdown");
        assertTrue(json.startsWith("{\"currentPeriod\""));
        assertEquals(AREAS + 1, out.lines().count());
        assertEquals(AREAS + 2, md.lines().count());
    }
}
