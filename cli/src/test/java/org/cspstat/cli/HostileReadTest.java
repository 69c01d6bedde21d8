package org.cspstat.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.cspstat.cli.SafeOutputTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, the cases its first session left open, through the real command line: coordinates in
 * Java's number syntax, months outside the supported years, one record past the 16 MiB limit in a
 * 128 MB heap (a separate JVM), a file that changes while it is read, data conditions that used
 * to exit 2 (usage), and the charts command's files written as one set.
 */
class HostileReadTest {
    @TempDir
    Path dir;

    private static final String HEADER = BadInputCorpusTest.HEADER;

    private static String row(String id, String month, String lon, String lat) {
        return id + "," + month + ",H,H," + lon + "," + lat + ",On or near Park Road,E01023750,Stevenage 001A,Burglary,,";
    }

    private Path write(String name, List<String> lines) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    // ---- coordinates: plain decimal numbers only ----

    @Test
    void coordinatesInJavasNumberSyntaxAreRejectedWithTheirLineOnEveryPath() throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER,
                row("a", "2021-01", "-0.2", "51.9"),
                row("b", "2021-01", "0x1p3", "51.9"),
                row("c", "2021-01", "-0.1d", "51.9"),
                row("d", "2021-01", "-0.2", "51.9f"),
                row("e", "2021-01", "Infinity", "51.9"),
                row("f", "2021-01", "-0.2", "NaN"),
                row("g", "2021-01", "1e-1", "51.9"),
                row("h", "2021-01", "-0.2", "+51.9"),
                row("i", "2021-01", "", "")));
        Path f = write("coords/2021-01-x-street.csv", lines);
        Result r = SafeOutputTest.run("quality", "--data", f.toString());
        assertEquals(0, r.exit(), r.err());
        for (String reject : List.of(
                "2021-01-x-street.csv:3: column 'Longitude': not a plain decimal number: '0x1p3'",
                "2021-01-x-street.csv:4: column 'Longitude': not a plain decimal number: '-0.1d'",
                "2021-01-x-street.csv:5: column 'Latitude': not a plain decimal number: '51.9f'",
                "2021-01-x-street.csv:6: column 'Longitude': not a plain decimal number: 'Infinity'",
                "2021-01-x-street.csv:7: column 'Latitude': not a plain decimal number: 'NaN'",
                "2021-01-x-street.csv:8: column 'Longitude': not a plain decimal number: '1e-1'")) {
            assertTrue(r.out().contains(reject), reject + " in\n" + r.out());
        }
        // 9 rows: a, h (a leading + is a plain decimal) and i (no location) accepted; six rejected
        assertTrue(r.out().matches("(?s).*Rows read\\s+9\\n\\s+accepted\\s+3\\n\\s+outside area\\s+0\\n\\s+rejected\\s+6\\n"
                + "Without location\\s+1\\n.*"), r.out());
        assertTrue(r.out().contains("6  bad coordinate"), r.out());
    }

    @Test
    void aMappedExportsCoordinatesAreHeldToTheSameRule() throws IOException {
        Path mapping = dir.resolve("mapping.txt");
        Files.copy(Path.of("../sample-data/council-asb/mapping.txt"), mapping);
        Path export = write("asb/cases.csv", List.of(
                "Case Ref,Date Reported,Case Type,Ward Code,Ward Name,Latitude,Longitude,Domestic Abuse,Address",
                "A1,01/04/2024 11:31,Noise nuisance,E05900003,Ward,52.62,-0.95,N,Road",
                "A2,01/04/2024 11:31,Noise nuisance,E05900003,Ward,0x1p3,-0.95,N,Road",
                "A3,01/04/2024 11:31,Noise nuisance,E05900003,Ward,52.62,51.9f,N,Road",
                "A4,01/04/2024 11:31,Noise nuisance,E05900003,Ward,52.62,-0.1d,N,Road"));
        Result r = SafeOutputTest.run("quality", "--data", export.toString(), "--mapping", mapping.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("cases.csv:3: column 'Latitude': not a plain decimal number: '0x1p3'"), r.out());
        assertTrue(r.out().contains("cases.csv:4: column 'Longitude': not a plain decimal number: '51.9f'"), r.out());
        assertTrue(r.out().contains("cases.csv:5: column 'Longitude': not a plain decimal number: '-0.1d'"), r.out());
        assertTrue(r.out().contains("3  bad coordinate"), r.out());
    }

    // ---- months: 1900 to 2100, rejected at read time with the row's line ----

    @Test
    void monthsOutsideTheSupportedYearsAreRejectedAtReadTimeWithTheirLine() throws IOException {
        List<String> lines = new ArrayList<>(List.of(HeaderAndTwoYears.lines()));
        int first = lines.size() + 1;
        lines.addAll(List.of(row("y1", "9999-12", "-0.2", "51.9"), row("y2", "0000-01", "-0.2", "51.9"),
                row("y3", "1899-12", "-0.2", "51.9"), row("y4", "2101-01", "-0.2", "51.9")));
        Path f = write("months/2021-x-street.csv", lines);
        Result q = SafeOutputTest.run("quality", "--data", f.toString());
        assertEquals(0, q.exit(), q.err());
        assertTrue(q.out().contains(":" + first + ": column 'Month': year 9999 is outside 1900 to 2100"), q.out());
        assertTrue(q.out().contains(":" + (first + 1) + ": column 'Month': year 0 is outside 1900 to 2100"), q.out());
        assertTrue(q.out().contains(":" + (first + 2) + ": column 'Month': year 1899 is outside 1900 to 2100"), q.out());
        assertTrue(q.out().contains(":" + (first + 3) + ": column 'Month': year 2101 is outside 1900 to 2100"), q.out());
        assertTrue(q.out().contains("4  bad month"), q.out());
        // a last month of 9999-12 used to make compare fail with a usage error (exit 2)
        Path only9999 = write("m2/2021-x-street.csv", new ArrayList<>(List.of(HeaderAndTwoYears.lines())) {
            {
                add(row("z", "9999-12", "-0.2", "51.9"));
            }
        });
        Result c = SafeOutputTest.run("compare", "--data", only9999.toString(), "--format", "csv");
        assertEquals(0, c.exit(), c.err());
        assertTrue(c.out().contains("Burglary"), c.out());
    }

    /** A police.uk file for 2020-01 to 2021-12, three burglaries a month. */
    private static final class HeaderAndTwoYears {
        static String[] lines() {
            List<String> l = new ArrayList<>(List.of(HEADER));
            for (int y = 2020; y <= 2021; y++) {
                for (int m = 1; m <= 12; m++) {
                    for (int i = 0; i < 3; i++) {
                        l.add(row("c" + y + m + i, String.format(Locale.ROOT, "%d-%02d", y, m), "-0.2" + i, "51.9" + i));
                    }
                }
            }
            return l.toArray(String[]::new);
        }
    }

    // ---- one record past the limit, in a 128 MB heap ----

    /**
     * A 200 MB line with no line break (sparse, so it costs no disk), read by the real command in
     * a separate JVM limited to 128 MB: reported as a record over the 16 MiB limit, exit 3, never
     * "out of memory". The fast reader used to buffer up to 64 MiB of it (96 MiB at its peak).
     */
    @Test
    void aRecordPastTheLimitIsReportedAsSuchInA128MbHeap() throws Exception {
        Path alone = dir.resolve("one-line.csv");
        try (RandomAccessFile f = new RandomAccessFile(alone.toFile(), "rw")) {
            f.setLength(200_000_000L);
        }
        ForkResult a = fork("-Xmx128m", "quality", "--data", alone.toString());
        assertEquals(3, a.exit(), a.err());
        assertEquals("cspstat: " + alone + ": no usable rows: no data rows were found (one-line.csv:1: a record longer"
                + " than 16 MiB (16,777,216 characters), the limit for one record: a file with no line breaks, or a"
                + " quote opened and never closed; the rest of the file is not read (0 rows))\n", a.err());

        Path after = dir.resolve("after-a-row.csv");
        Files.writeString(after, HEADER + "\n" + row("a", "2021-01", "-0.2", "51.9") + "\n");
        try (RandomAccessFile f = new RandomAccessFile(after.toFile(), "rw")) {
            f.setLength(f.length() + 200_000_000L);
        }
        ForkResult strict = fork("-Xmx128m", "quality", "--data", after.toString(), "--strict");
        assertEquals(3, strict.exit(), strict.err());
        assertEquals("cspstat: after-a-row.csv:3: a record longer than 16 MiB (16,777,216 characters), the limit for one"
                + " record: a file with no line breaks, or a quote opened and never closed\n", strict.err());
        // lenient: the good row is counted, the rest of the file rejected and said so
        ForkResult lenient = fork("-Xmx128m", "quality", "--data", after.toString());
        assertEquals(0, lenient.exit(), lenient.err());
        assertTrue(lenient.out().contains("1  record too long"), lenient.out());
        assertTrue(lenient.out().matches("(?s).*Rows read\\s+2\\n\\s+accepted\\s+1\\n.*"), lenient.out());
    }

    // ---- a zip inside a zip whose entry is larger than the memory kept for listing ----

    /**
     * In a 64 MB heap the listing keeps at most 8 MB of a zip inside a zip in memory; a larger
     * entry is streamed again from the archive when it is read. That read used to find the archive
     * already closed ("unexpected failure: zip file closed", exit 1); every row is counted now, as
     * in a large heap.
     */
    @Test
    void aNestedEntryLargerThanTheListingBudgetIsStillRead() throws Exception {
        StringBuilder big = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 120_000; i++) {
            big.append(row("b" + i, "2021-02", "-0.2", "51.9")).append('\n');
        }
        java.io.ByteArrayOutputStream inner = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(inner)) {
            z.putNextEntry(new java.util.zip.ZipEntry("2021-01/2021-01-x-street.csv"));
            z.write((HEADER + "\n" + row("a", "2021-01", "-0.2", "51.9") + "\n").getBytes());
            z.putNextEntry(new java.util.zip.ZipEntry("2021-02/2021-02-x-street.csv"));
            z.write(big.toString().getBytes());
        }
        Path outer = dir.resolve("outer.zip");
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(outer))) {
            z.putNextEntry(new java.util.zip.ZipEntry("inner.zip"));
            z.write(inner.toByteArray());
        }
        assertTrue(big.length() > 9 << 20, "larger than the 8 MB kept in a 64 MB heap: " + big.length());
        ForkResult r = fork("-Xmx64m", "quality", "--data", outer.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("{\"rowsRead\":120001,\"accepted\":120001,"), r.out());
    }

    record ForkResult(int exit, String out, String err) {
    }

    private ForkResult fork(String heap, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, heap, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished within 2 minutes");
        String e = Files.readString(err).replaceAll("cspstat: input under \\d+ MB: this run compiles[^\\n]*\\n", "");
        assertFalse(e.contains("Exception") || e.contains("\tat ") || e.contains("out of memory"), e);
        return new ForkResult(p.exitValue(), Files.readString(out), e);
    }

    // ---- a file that changes while it is read ----

    /**
     * A file appended to during the whole run (an export still being written) is named in the
     * notes. The appends go on from before the run starts until it ends, so they fall between the
     * stamp taken before reading and the one taken after, whatever the timing.
     */
    @Test
    void aFileWrittenToWhileItIsReadIsNamedInTheNotes() throws Exception {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 100_000; i++) {
            lines.add(row("r" + i, "2021-0" + (1 + i % 9), "-0.2" + i % 10, "51.9" + i % 7));
        }
        Path f = write("growing/2021-x-street.csv", lines);
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger appended = new AtomicInteger();
        Thread writer = new Thread(() -> {
            while (!done.get()) {
                try {
                    Files.writeString(f, row("late" + appended.incrementAndGet(), "2021-01", "-0.2", "51.9") + "\n",
                            StandardOpenOption.APPEND);
                    Thread.sleep(1);
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        });
        writer.start();
        while (appended.get() < 2) {
            Thread.sleep(1);
        }
        Result r;
        try {
            r = SafeOutputTest.run("quality", "--data", f.toString());
        } finally {
            done.set(true);
            writer.join();
        }
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("2021-x-street.csv: changed size while it was being read ("), r.out());
        assertTrue(r.out().contains("its counts may mix the old and the new file: read it again once it is complete"),
                r.out());
        assertTrue(r.out().contains("Reconciles       yes"), r.out());
        // the same file at rest: no note
        Result again = SafeOutputTest.run("quality", "--data", f.toString());
        assertFalse(again.out().contains("while it was being read"), again.out());
    }

    // ---- exit codes: data conditions are 3 with a sentence to act on; 2 only for usage ----

    @Test
    void hotspotsWithNoLocatedIncidentsIsADataConditionThatSaysWhatToDo() throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int m = 1; m <= 12; m++) {
            for (int i = 0; i < 4; i++) {
                lines.add(row("n" + m + i, String.format(Locale.ROOT, "2021-%02d", m), "", ""));
            }
        }
        Path f = write("noloc/2021-x-street.csv", lines);
        Result r = SafeOutputTest.run("hotspots", "--data", f.toString(), "--period", "2021-07..2021-12", "--previous",
                "2021-01..2021-06");
        assertEquals(3, r.exit(), r.err()); // was 2
        assertEquals("cspstat: All crime in 2021/22 Q2–Q3 (Jul–Dec 2021): no incidents with coordinates: its 24"
                + " incidents in the period have no longitude and latitude, so there is nothing to map (police.uk rows"
                + " without a location, or an export whose mapping names no coordinate columns); rank the areas by"
                + " their counts (a comparison by area) instead\n",
                r.err());
    }

    @Test
    void hotspotsOnTheCouncilAsbExportUnderTheDefaultCategoryNamesTheCategoriesThereAre() {
        Result r = SafeOutputTest.run("hotspots", "--data", "../sample-data/council-asb/asb-cases.csv", "--mapping",
                "../sample-data/council-asb/mapping.txt");
        assertEquals(3, r.exit(), r.err()); // was 2
        assertTrue(r.err().contains(": no incidents with coordinates: there are no incidents of this category in the"
                + " period; the data have Noise nuisance ("), r.err());
        assertTrue(r.err().contains("choose one of those as the category"), r.err());
        Result noise = SafeOutputTest.run("hotspots", "--data", "../sample-data/council-asb/asb-cases.csv", "--mapping",
                "../sample-data/council-asb/mapping.txt", "--category", "Noise nuisance", "--permutations", "99");
        assertEquals(0, noise.exit(), noise.err());
    }

    @Test
    void aTrendOfOneMonthIsADataConditionWhateverThePeriod() throws IOException {
        Path f = write("one/2021-08-x-street.csv", List.of(HEADER, row("a", "2021-08", "-0.2", "51.9")));
        for (String[] period : new String[][] {{}, {"--period", "2021-08"}}) {
            List<String> args = new ArrayList<>(List.of("trend", "--data", f.toString()));
            args.addAll(List.of(period));
            Result r = SafeOutputTest.run(args.toArray(String[]::new));
            assertEquals(3, r.exit(), String.join(" ", args) + ": " + r.err()); // --period 2021-08 was 2
            assertTrue(r.err().contains("choose a --period inside the data") || r.err().contains(
                    "the data have too few of them; choose a later --period or load earlier months"), r.err());
        }
    }

    @Test
    void aChartSizeTheRendererRefusesIsAUsageErrorWithOneLine() {
        Result r = SafeOutputTest.run("charts", "--width", "320", "--height", "200", "--out", dir.toString());
        assertEquals(2, r.exit(), r.err()); // was "java.lang.IllegalArgumentException: charts must be at least ..."
        assertEquals("cspstat: --width must be 320 to 10000 pixels and --height 240 to 10000, not 320×200\n", r.err());
        Result s = SafeOutputTest.run("charts", "--scale", "0.3", "--out", dir.toString());
        assertEquals("cspstat: --scale must be 0.5 to 8, not 0.3\n", s.err());
    }

    // ---- found by the fuzz campaigns of this round: configuration files read whole and checked ----

    @Test
    void aProfileThatIsADeviceOrNotUtf8GetsOneClearLine() throws IOException {
        Result zero = SafeOutputTest.run("areas", "--profile", "/dev/zero");
        assertEquals(3, zero.exit(), zero.err()); // was: OutOfMemoryError with a stack trace, exit 1
        assertEquals("cspstat: /dev/zero: is not a regular file (a device or a pipe), so it cannot be a profile\n",
                zero.err());
        Path latin1 = dir.resolve("latin1.profile");
        Files.write(latin1, "title = Caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Result l = SafeOutputTest.run("areas", "--profile", latin1.toString());
        assertEquals(3, l.exit(), l.err()); // was: "cannot read profile ...: Input length = 1", exit 2
        assertEquals("cspstat: " + latin1 + ":1: not UTF-8 text (byte 0xe9); save the profile as UTF-8\n", l.err());
    }

    @Test
    void harmWeightsAndAnActionPlanSavedAsLatin1OrWithJavaNumbersGetOneClearLine() throws IOException {
        Path data = write("hw/2021-x-street.csv", List.of(HeaderAndTwoYears.lines()));
        Path weights = dir.resolve("weights.csv");
        Files.write(weights, "category,days\nBurglary,100\nCaf\u00e9,1\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Result w = SafeOutputTest.run("compare", "--data", data.toString(), "--harm-weights", weights.toString());
        assertEquals(3, w.exit(), w.err()); // was: exit 1, UncheckedIOException (found by HarmWeightsFuzzTest)
        assertEquals("cspstat: " + weights + ":3: not UTF-8 text (byte 0xe9); save the harm weights file as UTF-8\n",
                w.err());
        Files.writeString(weights, "category,days\nBurglary,0x1p3\n");
        Result hex = SafeOutputTest.run("compare", "--data", data.toString(), "--harm-weights", weights.toString());
        assertEquals(3, hex.exit(), hex.err()); // was: read as 8 days
        assertEquals("cspstat: " + weights + ":2: column 'days': expected a plain decimal number but was '0x1p3'\n",
                hex.err());
        Path plan = dir.resolve("plan.csv");
        Files.write(plan, "theme,action,lead,expected outcome,status\nASB,Caf\u00e9 patrols,Council,Fewer,complete\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Result p = SafeOutputTest.run("plan", "--action-plan", plan.toString());
        assertEquals(3, p.exit(), p.err()); // was: exit 1, UncheckedIOException (found by ActionPlanFuzzTest)
        assertEquals("cspstat: " + plan + ":2: not UTF-8 text (byte 0xe9); save the action plan as UTF-8\n", p.err());
    }

    // ---- found by this round's hostile campaign on the built jar ----

    @Test
    void aPeriodOverMillenniaAndTwoBillionPermutationsAreUsageErrorsNotAHangOrOutOfMemory() throws IOException {
        Path data = write("p/2021-x-street.csv", List.of(HeaderAndTwoYears.lines()));
        long t0 = System.nanoTime();
        Result r = SafeOutputTest.run("compare", "--data", data.toString(), "--period", "0000-01..9999-12");
        assertEquals(2, r.exit(), r.err()); // was: still running after 120 s
        assertTrue(r.err().startsWith("cspstat: Invalid value for option '--period': unrecognised period"
                + " '0000-01..9999-12' (years run from 1900 to 2100, the years data may have)"), r.err());
        assertTrue(System.nanoTime() - t0 < 30_000_000_000L, "answered at once");
        Result p = SafeOutputTest.run("hotspots", "--data", data.toString(), "--permutations", "2147483647");
        assertEquals(2, p.exit(), p.err()); // was: out of memory, exit 1
        assertEquals("cspstat: --permutations must be 99 to 99999, not 2147483647\n", p.err());
    }

    @Test
    void aDeviceAsABoundaryOrPlacesFileIsRefusedNotReadForever() throws IOException {
        Path data = write("b/2021-x-street.csv", List.of(HeaderAndTwoYears.lines()));
        Result b = SafeOutputTest.run("hotspots", "--data", data.toString(), "--boundary", "/dev/zero");
        assertEquals(3, b.exit(), b.err());
        assertEquals("cspstat: zero: is not a regular file (a device or a pipe), so it cannot be a boundary file\n",
                b.err());
        Result p = SafeOutputTest.run("hotspots", "--data", data.toString(), "--places", "/dev/zero");
        assertEquals(3, p.exit(), p.err());
        assertEquals("cspstat: zero: is not a regular file (a device or a pipe), so it cannot be a places file\n",
                p.err());
        Path latin1 = dir.resolve("b.geojson");
        Files.write(latin1, new byte[] {'{', '"', (byte) 0xe9, '"', '}'});
        Result l = SafeOutputTest.run("hotspots", "--data", data.toString(), "--boundary", latin1.toString());
        assertEquals(3, l.exit(), l.err());
        assertEquals("cspstat: b.geojson: not UTF-8 text; save the boundary file as UTF-8\n", l.err()); // was "Input length = 1"
    }

    // ---- charts --out DIR: one set ----

    /**
     * A {@code charts} run refused part-way (one target is a folder) replaces none of the earlier
     * charts and leaves no temporary file; and runs killed with SIGKILL at moments spread over a
     * run leave the folder's charts all from one run, never a mixture.
     */
    @Test
    void theChartsOfARunAreWrittenAsOneSet() throws Exception {
        Path data = write("data/2021-x-street.csv", List.of(HeaderAndTwoYears.lines()));
        Path out = dir.resolve("charts");
        String[] a = {"charts", "--data", data.toString(), "--period", "2021-01..2021-06", "--out", out.toString(),
            "--width", "320", "--height", "240"};
        Result first = SafeOutputTest.run(a);
        assertEquals(0, first.exit(), first.err());
        Map<String, byte[]> setA = pngs(out);
        assertTrue(setA.size() >= 5, setA.keySet().toString());

        String[] b = a.clone();
        b[4] = "2021-07..2021-12";
        Path outB = dir.resolve("charts-b");
        String[] bElsewhere = b.clone();
        bElsewhere[6] = outB.toString();
        assertEquals(0, SafeOutputTest.run(bElsewhere).exit());
        Map<String, byte[]> setB = pngs(outB);
        assertEquals(setA.keySet(), setB.keySet());

        // a target that cannot be written: refused before any chart is replaced
        String victim = setA.keySet().stream().sorted().skip(setA.size() / 2).findFirst().orElseThrow();
        Path moved = dir.resolve("moved.png");
        Files.move(out.resolve(victim), moved);
        Files.createDirectory(out.resolve(victim));
        Result refused = SafeOutputTest.run(b);
        assertEquals(3, refused.exit(), refused.err());
        Files.delete(out.resolve(victim));
        Files.move(moved, out.resolve(victim));
        assertSameSet(setA, pngs(out), "after a refused run");
        assertEquals(List.of(), hidden(out));

        // killed at moments spread over a run: all of set A or all of set B
        long t0 = System.nanoTime();
        assertEquals(0, charts(b, -1));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        Map<String, byte[]> now = pngs(out);
        assertSameSet(setB, now, "a whole run");
        String[] back = a.clone();
        for (double at : new double[] {0.5, 0.8, 0.95}) {
            charts(back, (long) (millis * at));
            Map<String, byte[]> after = pngs(out);
            boolean allA = same(setA, after);
            boolean allB = same(setB, after);
            assertTrue(allA || allB, "after a kill at " + at + " of a run: a mixture of two runs' charts");
        }
    }

    private int charts(String[] args, long killAfterMillis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("charts-log.txt").toFile()).start();
        if (killAfterMillis >= 0 && !p.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly(); // SIGKILL
        }
        return p.waitFor();
    }

    private static Map<String, byte[]> pngs(Path folder) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".png")
                    && !p.getFileName().toString().startsWith(".")).toList()) {
                m.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }

    private static List<String> hidden(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.keySet().stream().allMatch(k -> java.util.Arrays.equals(a.get(k), b.get(k)));
    }

    private static void assertSameSet(Map<String, byte[]> expected, Map<String, byte[]> actual, String when) {
        assertEquals(expected.keySet(), actual.keySet(), when);
        for (String k : expected.keySet()) {
            assertArrayEquals(expected.get(k), actual.get(k), when + ": " + k);
        }
    }
}
