package org.cspstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands through {@link Main#run}, as a user runs them (this module's tests run in the hi_IN locale). */
class CliTest {
    /** The Stevenage rows of those months, in the repository: {@code --area-prefix Stevenage} gives the same counts. */
    static final String STEVENAGE = "../sample-data/stevenage-2021-01-to-2022-01";
    /** ONS boundaries of Stevenage (wards and 2011 LSOAs), in the repository. */
    static final String BOUNDARIES = "../sample-data/stevenage-boundaries";

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    /**
     * Reads one of the pack's CSV tables as a spreadsheet user's text: without the byte-order mark
     * every pack CSV starts with (it is there for Excel), and with plain line ends.
     */
    static String packCsv(Path csv) throws java.io.IOException {
        String text = Files.readString(csv);
        return (text.startsWith("\uFEFF") ? text.substring(1) : text).replace("\r\n", "\n");
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void helpListsEveryCommand() {
        Result r = run("--help");
        assertEquals(0, r.code());
        for (String c : new String[] {"quality", "compare", "trend", "hotspots", "priorities", "displacement",
            "lookup", "report", "charts"}) {
            assertTrue(r.out().contains("  " + c + " "), c);
        }
    }

    @Test
    void onlyTheNamedSubcommandIsBuiltAndAMistypedOneIsStillSuggested() {
        assertEquals(java.util.List.of(CompareCommand.class), Main.subcommandsFor(new String[] {"compare", "--help"}));
        assertEquals(Main.SUBCOMMANDS, Main.subcommandsFor(new String[] {}));
        assertEquals(Main.SUBCOMMANDS, Main.subcommandsFor(new String[] {"--version"}));
        Result r = run("compar");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("compare"), r.err()); // picocli's "Did you mean" needs every command registered
    }

    @Test
    void everyCommandsHelpPrintsCleanly() {
        // a stray % in a description makes picocli print a warning (found in trend and hotspots)
        for (String c : new String[] {"quality", "compare", "trend", "hotspots", "priorities", "displacement",
            "lookup", "report", "charts"}) {
            java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
            java.io.PrintStream old = System.err;
            System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
            Result r;
            try {
                r = run(c, "--help");
            } finally {
                System.setErr(old);
            }
            assertEquals(0, r.code(), c);
            assertEquals("", r.err() + captured.toString(java.nio.charset.StandardCharsets.UTF_8), c);
        }
    }

    @Test
    void compareGivesTheDocumentedJsonKeys() {
        Result r = run("compare", "--data", STEVENAGE, "--area-prefix", "Stevenage", "--period", "2022-01..2022-01",
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("{\"currentPeriod\":{\"from\":\"2022-01\",\"to\":\"2022-01\""), r.out());
        assertTrue(r.out().contains("\"previousPeriod\":{\"from\":\"2021-01\",\"to\":\"2021-01\""));
        assertTrue(r.out().contains("{\"category\":\"All crime\",\"current\":647,\"previous\":541,\"change\":106,"
                + "\"percentChange\":19.59334565619224,\"rateRatio\":1.1959334565619224,"), r.out());
        assertTrue(r.out().contains("\"monthsCompared\":{\"current\":[\"2022-01\"],\"previous\":[\"2021-01\"],\"count\":1}"));
        assertTrue(r.out().contains("\"notes\":[\"This comparison rests on 1 month (fewer than 12)"), r.out());
        for (String key : new String[] {"rateRatioLow", "rateRatioHigh", "intervalLevel", "pValue", "pAdjusted",
                "method", "dispersion", "family", "sameAs", "families", "method", "zScore", "verdict"}) {
            assertTrue(r.out().contains("\"" + key + "\":"), key);
        }
        assertEquals("", r.err());
    }

    @Test
    void aPeriodWithMonthsWithoutDataExitsWithCodeThreeAndNamesThem() {
        Result r = run("compare", "--data", STEVENAGE, "--area-prefix", "Stevenage", "--period", "2021/22");
        assertEquals(3, r.code());
        assertTrue(r.err().startsWith("cspstat: 2021/22 (Apr 2021–Mar 2022) vs 2020/21 (Apr 2020–Mar 2021): the periods"
                + " include months without data: 2020-04,"), r.err());
        assertFalse(r.err().contains("Exception"));
    }

    @Test
    void allowGapsComparesWithAWarning() {
        Result r = run("compare", "--data", STEVENAGE, "--area-prefix", "Stevenage", "--period", "2021/22", "--allow-gaps");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("(!) months without data: 2020-04"), r.out());
    }

    @Test
    void aMalformedPeriodIsAUsageErrorListingTheForms() {
        Result r = run("compare", "--data", STEVENAGE, "--period", "2017-13");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("cspstat: Invalid value for option '--period': unrecognised period '2017-13'"),
                r.err());
        assertTrue(r.err().contains("expected one of 2017/18 (or 2017-18), 2017/18:Q3, 2017/18:Q1-Q3, 2017, 2017-04..2017-12, 2017-04"));
    }

    @Test
    void aMissingPathIsADataError() {
        Result r = run("quality", "--data", dir.resolve("nope").toString());
        assertEquals(3, r.code());
        assertEquals("cspstat: " + dir.resolve("nope") + ": no such file or directory\n", r.err());
    }

    @Test
    void qualityOfTheStevenageExtractReconcilesWithTheDocumentedKeys() {
        Result r = run("quality", "--data", STEVENAGE, "--area-prefix", "Stevenage", "--format", "json");
        assertEquals(0, r.code(), r.err());
        // 11,283 rows, every one in Stevenage (sample-data/README.md); the folder's two other CSVs (182 expected
        // counts and 52 lookup rows) are not police.uk files and are rejected whole: 11,283 + 234 = 11,517 read
        assertTrue(r.out().startsWith("{\"rowsRead\":11517,\"accepted\":11283,\"outsideArea\":0,\"noLocation\":0,"
                + "\"duplicateIds\":0,\"rejected\":234,"), r.out());
        assertTrue(r.out().contains("\"gaps\":[]"));
    }

    @Test
    void outRefusesToOverwriteAnInputFile() throws Exception {
        Path input = dir.resolve("2021-01-x-street.csv");
        Files.copy(Path.of(STEVENAGE, "2021-01", "2021-01-hertfordshire-street.csv"), input);
        byte[] before = Files.readAllBytes(input);
        Result r = run("compare", "--data", input.toString(), "--period", "2021-01..2021-01",
                "--previous", "2021-01..2021-01", "--out", input.toString());
        assertEquals(3, r.code());
        assertEquals("cspstat: " + input + ": is an input file; refusing to overwrite it\n", r.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(input)));
    }

    @Test
    void compareWritesItsOutputAtomicallyToAFile() throws Exception {
        Path out = dir.resolve("out/compare.csv");
        Result r = run("compare", "--data", STEVENAGE, "--area-prefix", "Stevenage", "--period", "2022-01..2022-01",
                "--format", "csv", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out).startsWith("category,current,previous,change,percentChange,rateRatio,"));
        try (var files = Files.list(out.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void hotspotsWriteGeoJsonCellsAndPrioritiesRankTheIssues() {
        Result geo = run("hotspots", "--data", STEVENAGE, "--area-prefix", "Stevenage", "--period", "2022-01..2022-01",
                "--format", "geojson");
        assertEquals(0, geo.code(), geo.err());
        assertTrue(geo.out().startsWith("{\"type\":\"FeatureCollection\""), geo.out().substring(0, 50));
        Result p = run("priorities", "--data", STEVENAGE, "--area-prefix", "Stevenage", "--period", "2022-01..2022-01",
                "--format", "json");
        assertEquals(0, p.code(), p.err());
        assertTrue(p.out().startsWith("{\"items\":[{\"rank\":1,\"issue\":\"Violence and sexual offences\""), p.out());
    }

    @Test
    void wardRankingByPolygonsNamesBedwellAndSymondsGreen() {
        Result r = run("compare", "--data", STEVENAGE, "--area-polygons",
                BOUNDARIES + "/ward.geojson", "--period", "2021-07..2022-01",
                "--previous", "2021-01..2021-07", "--by", "area", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("All crime,Bedwell,"), r.out());
        assertTrue(r.out().contains("All crime,Symonds Green,"), r.out());
        assertEquals(14, r.out().lines().count(), "a header and the 13 wards");
    }

    @Test
    void lookupBuildsABestFitWardLookupThatCompareCanGroupBy() throws Exception {
        Path lookup = dir.resolve("lookup.csv");
        Result built = run("lookup", "--lsoas", BOUNDARIES + "/lsoa11.geojson",
                "--wards", BOUNDARIES + "/ward.geojson", "--out", lookup.toString());
        assertEquals(0, built.code(), built.err());
        assertEquals(53, Files.readAllLines(lookup).size(), "a header and the 52 LSOAs");
        Result r = run("compare", "--data", STEVENAGE, "--area-prefix", "Stevenage", "--lookup", lookup.toString(),
                "--by", "area", "--period", "2022-01..2022-01", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals(14, r.out().lines().count(), "a header and the 13 wards");
        assertTrue(r.out().contains("All crime,Bedwell,E05"), r.out());
    }

    @Test
    void runningOutOfMemoryIsToldPlainly() {
        assertTrue(Main.outOfMemory(new java.util.concurrent.CompletionException(new OutOfMemoryError("Java heap space"))));
        assertTrue(!Main.outOfMemory(new IllegalStateException("x")));
        assertTrue(Main.OUT_OF_MEMORY.startsWith("cspstat: out of memory (Java heap of "), Main.OUT_OF_MEMORY);
        assertTrue(Main.OUT_OF_MEMORY.contains("-Xmx4g"));
    }

    @Test
    void anUnknownAreaLevelOrStepNamesTheAcceptedValues() {
        Result r = run("compare", "--by", "area", "--area-level", "parish");
        assertEquals(2, r.code());
        assertEquals("cspstat: unknown --area-level 'parish': expected lsoa, ward, district\n", r.err());
        Result s = run("hotspots", "--step", "fortnight");
        assertEquals(2, s.code());
        assertEquals("cspstat: unknown --step 'fortnight': expected auto, quarter, month\n", s.err());
    }

    @Test
    void prioritiesStateTheScoringRuleInUse() {
        Result r = run("priorities");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Risk = likelihood × impact. The bundled matrix is illustrative"), r.out());
    }
}
