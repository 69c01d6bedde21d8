package org.cspstat.cli;

import static org.cspstat.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** trend, priorities and displacement through the real commands, on the embedded sample. */
class AnalysisCommandsTest {
    @TempDir
    Path dir;

    @Test
    void trendJsonHasTheDocumentedKeysAndAProjection() {
        CliTest.Result r = run("trend", "--category", "Shoplifting", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("[{\"category\":\"Shoplifting\",\"months\":[{\"month\":\"2024-04\",\"count\":"),
                r.out().substring(0, 120));
        for (String key : new String[] {"\"gap\":false", "\"centre\":", "\"upper\":", "\"lower\":", "\"signals\":[",
            "\"projection\":{\"yearToDate\":", "\"projected\":", "\"low\":", "\"high\":"}) {
            assertTrue(r.out().contains(key), key);
        }
    }

    @Test
    void trendMarksTheGapMonthInsteadOfAZero() {
        CliTest.Result r = run("trend", "--category", "All crime", "--period", "2023/24:Q1", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("{\"month\":\"2023-02\",\"count\":null,\"gap\":true}"), r.out());
    }

    @Test
    void aTrendWithNoMonthsBeforeThePeriodIsADataConditionNotUsage() {
        // the sample starts in 2022-04: no month before the period for the control chart's baseline (was exit 2)
        CliTest.Result r = run("trend", "--category", "All crime", "--period", "2022-04..2022-06");
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().startsWith("cspstat: series 'All crime' has no months before 2022-04 for a baseline"),
                r.err());
        CliTest.Result unknown = run("trend", "--category", "Arson");
        assertEquals(2, unknown.code(), unknown.err()); // a name the data do not have: still a usage error
        assertTrue(unknown.err().startsWith("cspstat: unknown category or group 'Arson'"), unknown.err());
    }

    @Test
    void aDistrictOverrideChangesTheScoreAndSaysWhy() throws Exception {
        Path override = dir.resolve("override.csv");
        Files.writeString(override, "issue,dimension,score,reason\n"
                + "Shoplifting,community_concern,5,residents' survey 2025\n");
        CliTest.Result base = run("priorities", "--format", "json");
        CliTest.Result changed = run("priorities", "--override", override.toString(), "--format", "json");
        assertEquals(0, changed.code(), changed.err());
        assertTrue(changed.out().contains("district override: community concern 2 → 5 (residents' survey 2025)"),
                changed.out());
        assertTrue(!base.out().contains("district override"));
    }

    @Test
    void badConfigurationExitsWithCodeThreeAndFileLineReason() throws Exception {
        Path override = dir.resolve("override.csv");
        Files.writeString(override, "issue,dimension,score,reason\nShoplifting,community_concern,7,why\n");
        CliTest.Result r = run("priorities", "--override", override.toString());
        assertEquals(3, r.code());
        assertTrue(r.err().startsWith("cspstat: " + override + ":2: "), r.err());
        assertTrue(!r.err().contains("Exception"));
    }

    @Test
    void displacementComparesTargetAndControlPlaces() {
        CliTest.Result r = run("displacement", "--places", "../sample-data/synthetic/places.csv",
                "--target", "Market Square", "--control", "Railway Station", "--date", "2025-01", "--months", "6",
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"estimate\":"), r.out());
        CliTest.Result unknown = run("displacement", "--places", "../sample-data/synthetic/places.csv",
                "--target", "Nowhere", "--control", "Railway Station", "--date", "2025-01");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("cspstat: no place named 'Nowhere' in ../sample-data/synthetic/places.csv"),
                unknown.err());
    }

    @Test
    void aBufferHoldingItsTargetIsRefusedOrHasTheTargetRemoved(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path places = dir.resolve("places.csv");
        java.nio.file.Files.writeString(places, "name,kind,value\n"
                + "Market Square,circle,-0.936052 52.607047 200\n"
                + "Around the square,circle,-0.936052 52.607047 700\n"
                + "Railway Station,circle,-0.960866 52.604073 160\n"
                + "Around the station,circle,-0.960866 52.604073 600\n");
        String[] args = {"displacement", "--places", places.toString(), "--target", "Market Square", "--buffer",
            "Around the square", "--control", "Railway Station", "--control-buffer", "Around the station", "--date",
            "2025-01", "--months", "6", "--format", "json"};
        CliTest.Result refused = run(args);
        assertEquals(3, refused.code(), refused.err());
        assertTrue(refused.err().contains("'Around the square' overlaps 'Market Square'"), refused.err());
        assertTrue(refused.err().endsWith("count them in 'Market Square' only (--remove-overlap)" + System.lineSeparator()),
                refused.err());
        assertTrue(!refused.err().contains("Exception"), refused.err());
        String[] removing = java.util.Arrays.copyOf(args, args.length + 1);
        removing[args.length] = "--remove-overlap";
        CliTest.Result corrected = run(removing);
        assertEquals(0, corrected.code(), corrected.err());
        assertTrue(corrected.out().contains("are counted in 'Market Square' only (removed from 'Around the square')"),
                corrected.out());
        assertTrue(corrected.out().contains("\"notes\":["), corrected.out());
        CliTest.Result noBuffer = run("displacement", "--places", places.toString(), "--target", "Market Square",
                "--control", "Railway Station", "--date", "2025-01");
        assertTrue(noBuffer.out().contains("Note: displacement not estimated: no buffer was given"), noBuffer.out());
    }
}
