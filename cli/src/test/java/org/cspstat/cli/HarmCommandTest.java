package org.cspstat.cli;

import static org.cspstat.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** {@code compare --harm} and the pack's harm section on the embedded sample (values in core's HarmTableTest). */
class HarmCommandTest {
    @Test
    void harmColumnsJoinTheComparisonCsv() {
        CliTest.Result r = run("compare", "--harm", "--period", "2025-04..2025-12", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].endsWith(",harm_current,harm_previous,harm_change,harm_change_low,harm_change_high,"
                + "harm_ratio,harm_ratio_low,harm_ratio_high"), lines[0]);
        String shoplifting = java.util.Arrays.stream(lines).filter(l -> l.startsWith("Shoplifting,")).findFirst().orElseThrow();
        assertTrue(shoplifting.contains(",847,596,251,"), shoplifting);
        String asb = java.util.Arrays.stream(lines).filter(l -> l.startsWith("All ASB,")).findFirst().orElseThrow();
        assertTrue(asb.endsWith(",,,,,,,,"), asb);
    }

    @Test
    void theSamplePackSaysWhatHurtsMost() throws Exception {
        String html = Files.readString(SamplePack.dir().resolve("index.html"));
        assertTrue(html.contains("What hurts most beside what is most frequent"));
        assertTrue(Files.exists(SamplePack.dir().resolve("charts/harm-vs-volume.png")));
        assertTrue(CliTest.packCsv(SamplePack.dir().resolve("tables/harm.csv")).startsWith("category,incidents,"));
        assertTrue(html.contains("Repeat locations: All crime"));
        String locations = CliTest.packCsv(SamplePack.dir().resolve("tables/repeat-locations.csv"));
        assertTrue(locations.startsWith("rank,location,area,longitude,latitude,current,previous,change\n1,"), locations);
    }

    @Test
    void locationsCommandListsTheTopPlaces() {
        CliTest.Result r = run("locations", "--top", "3", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals(4, r.out().split("\n").length, r.out());
        CliTest.Result bad = run("locations", "--top", "0");
        assertEquals(2, bad.code(), bad.err());
    }
}
