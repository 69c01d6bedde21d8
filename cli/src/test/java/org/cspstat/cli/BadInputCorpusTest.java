package org.cspstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.json.simple.parser.ParseException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.cspstat.testing.Zips;

/**
 * The bad-input corpus (docs/reliability.md), each input run through the real
 * {@code cspstat quality --data PATH --format json}: the documented exit code, no stack trace,
 * the exact message of a refusal, and for a read the counts, the rejects with their lines and
 * {@code rowsRead = accepted + outsideArea + rejected}. Small inputs are committed under
 * {@code src/test/resources/bad-input/}; large, binary and zip inputs are made here.
 */
class BadInputCorpusTest {
    static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
            + "LSOA code,LSOA name,Crime type,Last outcome category,Context";

    @TempDir
    static Path made;

    /** What one input must give. */
    record Expected(int exit, String message, long[] counts, List<String> rejects, List<String> notes) {
        /** A read that succeeds: rowsRead, accepted, outsideArea, rejected, then the rejects in order. */
        static Expected read(long rowsRead, long accepted, long outside, long rejected, String... rejects) {
            return new Expected(0, null, new long[] {rowsRead, accepted, outside, rejected}, List.of(rejects), null);
        }

        /** A refusal with exit code 3 and exactly this message after "cspstat: ". */
        static Expected refused(String message) {
            return new Expected(3, message, null, null, null);
        }

        Expected withNotes(String... expectedNotes) {
            return new Expected(exit, message, counts, rejects, List.of(expectedNotes));
        }
    }

    static String row(String id, String month, String type) {
        return id + "," + month + ",Herts,Herts,-0.2,51.9,On or near Park Road,E01023750,Stevenage 001A," + type + ",,";
    }

    static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @BeforeAll
    static void makeLargeBinaryAndZipInputs() throws IOException {
        byte[] garbage = new byte[64 * 1024];
        new Random(20210101L).nextBytes(garbage);
        Files.write(made.resolve("garbage.csv"), garbage);

        ByteArrayOutputStream tail = new ByteArrayOutputStream();
        tail.write(csv(HEADER, row("c1", "2021-01", "Burglary"), row("c2", "2021-02", "Drugs")));
        tail.write(garbage);
        Files.write(made.resolve("garbage-after-rows.csv"), tail.toByteArray());

        try (OutputStream o = Files.newOutputStream(made.resolve("ten-mb-field.csv"))) {
            o.write(csv(HEADER, row("c1", "2021-01", "Burglary")));
            o.write("c2,2021-01,Herts,Herts,-0.2,51.9,\"".getBytes(StandardCharsets.UTF_8));
            byte[] a = new byte[1 << 20];
            Arrays.fill(a, (byte) 'a');
            for (int i = 0; i < 10; i++) {
                o.write(a);
            }
            o.write("\",E01023750,Stevenage 001A,Drugs,,\n".getBytes(StandardCharsets.UTF_8));
            o.write(csv(row("c3", "2021-01", "Robbery")));
        }

        byte[] inner = Zips.of(false, "2021-01/2021-01-x-street.csv", csv(HEADER, row("c1", "2021-01", "Burglary")));
        Files.write(made.resolve("zip-in-zip.zip"), Zips.of(true, "bulk.zip", inner,
                "2021-02/2021-02-x-street.csv", csv(HEADER, row("c2", "2021-02", "Drugs"))));
        Files.write(made.resolve("traversal.zip"), Zips.of(false, "../../x-street.csv", csv(HEADER, row("e", "2021-01", "Drugs")),
                "/etc/abs-street.csv", csv(HEADER, row("f", "2021-01", "Drugs")),
                "2021-01-x-street.csv", csv(HEADER, row("c1", "2021-01", "Burglary"))));

        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bomb)) {
            z.putNextEntry(new ZipEntry("2021-01-x-street.csv"));
            z.write(csv(HEADER));
            byte[] newlines = new byte[1 << 20];
            Arrays.fill(newlines, (byte) '\n');
            for (int i = 0; i < 64; i++) {
                z.write(newlines);
            }
        }
        Files.write(made.resolve("bomb.zip"), bomb.toByteArray());

        byte[] good = Zips.of(false, "2021-01/2021-01-x-street.csv", csv(HEADER, row("c1", "2021-01", "Burglary")));
        Files.write(made.resolve("truncated.zip"), Arrays.copyOf(good, good.length / 2));
        byte[] notAZip = new byte[4096];
        new Random(7L).nextBytes(notAZip);
        Files.write(made.resolve("not-a-zip.zip"), notAZip);
        Files.write(made.resolve("empty.zip"), Zips.of(false));
        Files.createDirectories(made.resolve("no-csv"));
        Files.writeString(made.resolve("no-csv/readme.txt"), "not data");
        byte[] stored = Zips.stored("2021-01-x-street.csv", csv(HEADER, row("c1", "2021-01", "Burglary")));
        String text = new String(stored, StandardCharsets.ISO_8859_1);
        stored[text.indexOf("Burglary,")] = 'b';
        Files.write(made.resolve("damaged.zip"), stored);

        Path loop = made.resolve("loop/2021-01");
        Files.createDirectories(loop);
        Files.write(loop.resolve("2021-01-x-street.csv"), csv(HEADER, row("c1", "2021-01", "Burglary")));
        Files.createSymbolicLink(loop.resolve("back"), Path.of(".."));
    }

    static Path resource(String name) {
        try {
            return Path.of(BadInputCorpusTest.class.getResource("/bad-input/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> corpus() {
        List<Arguments> cases = new ArrayList<>();
        Path empty = resource("empty.csv");
        cases.add(Arguments.of("empty file", empty, Expected.refused(empty + ": no usable rows: no data rows were found"
                + " (empty.csv:1: empty file: no header and no rows (0 rows))")));
        Path headerOnly = resource("header-only.csv");
        cases.add(Arguments.of("header only", headerOnly,
                Expected.refused(headerOnly + ": no usable rows: no data rows were found")));
        cases.add(Arguments.of("truncated last line", resource("truncated-last-line.csv"), Expected.read(3, 2, 0, 1,
                "truncated-last-line.csv:4: expected 12 fields but found 7")));
        cases.add(Arguments.of("unbalanced quote", resource("unbalanced-quote.csv"), Expected.read(2, 1, 0, 1,
                "unbalanced-quote.csv:3: unbalanced quote: the record runs from line 3 to line 5")));
        cases.add(Arguments.of("stray quote inside a quoted field", resource("stray-quote.csv"), Expected.read(3, 1, 0, 2,
                "stray-quote.csv:3: cannot be parsed as CSV: Unexpected character after closing quote: 'P' (0x50);"
                        + " the rest of the file is not read (2 rows)")));
        cases.add(Arguments.of("too many and too few fields", resource("field-counts.csv"), Expected.read(4, 2, 0, 2,
                "field-counts.csv:3: expected 12 fields but found 13",
                "field-counts.csv:4: expected 12 fields but found 10")));
        Path dup = resource("duplicate-header.csv");
        cases.add(Arguments.of("duplicate header names", dup, Expected.refused(dup + ": no usable rows: 1 rows read,"
                + " 1 rejected, 0 outside the area; first reject duplicate-header.csv:1: duplicate column 'Month' in"
                + " the header (is this a police.uk street-level file? other exports need a mapping file) (1 row)")));
        cases.add(Arguments.of("unknown, mis-cased and legacy categories", resource("categories.csv"),
                Expected.read(6, 4, 0, 2, "categories.csv:6: column 'Crime type': unknown crime type 'Littering'",
                        "categories.csv:7: column 'Crime type' is empty")));
        cases.add(Arguments.of("months 2017-13, 17-04, blank, 2021-1", resource("months.csv"), Expected.read(5, 1, 0, 4,
                "months.csv:3: column 'Month': expected YYYY-MM but was '2017-13'",
                "months.csv:4: column 'Month': expected YYYY-MM but was '17-04'",
                "months.csv:5: column 'Month' is empty",
                "months.csv:6: column 'Month': expected YYYY-MM but was '2021-1'")));
        cases.add(Arguments.of("non-numeric, out-of-range and half coordinates", resource("coordinates.csv"),
                Expected.read(7, 2, 0, 5, "coordinates.csv:3: column 'Longitude': not a plain decimal number: 'abc'",
                        "coordinates.csv:4: column 'Latitude': 95.5 is outside -90 to 90",
                        "coordinates.csv:5: column 'Longitude': -200 is outside -180 to 180",
                        "coordinates.csv:6: column 'Longitude' is empty but 'Latitude' is not",
                        "coordinates.csv:7: column 'Longitude': not a plain decimal number: 'NaN'")));
        cases.add(Arguments.of("windows-1252 text (an accented street name)", resource("windows-1252.csv"),
                Expected.read(2, 2, 0, 0)));
        cases.add(Arguments.of("UTF-16 with a byte-order mark", resource("utf-16.csv"), Expected.read(1, 1, 0, 0)));
        Path utf16 = resource("utf-16be-no-bom.csv");
        cases.add(Arguments.of("UTF-16 without a byte-order mark", utf16, Expected.refused(utf16 + ": no usable rows:"
                + " 1 rows read, 1 rejected, 0 outside the area; first reject utf-16be-no-bom.csv:1: the header contains"
                + " NUL characters: this is UTF-16 without a byte-order mark, or not a text file; save it as UTF-8 CSV"
                + " (1 row)")));
        cases.add(Arguments.of("a 10 MB field", made.resolve("ten-mb-field.csv"), Expected.read(3, 2, 0, 1,
                "ten-mb-field.csv:3: field 7 is longer than 10000 characters")));
        cases.add(Arguments.of("a zip containing a zip", made.resolve("zip-in-zip.zip"), Expected.read(2, 2, 0, 0)));
        cases.add(Arguments.of("a zip with entries ../../x and /etc/x", made.resolve("traversal.zip"),
                Expected.read(1, 1, 0, 0).withNotes("traversal.zip!../../x-street.csv: entry path leaves the archive,"
                        + " passed over", "traversal.zip!/etc/abs-street.csv: entry path leaves the archive, passed over")));
        cases.add(Arguments.of("a zip bomb", made.resolve("bomb.zip"), Expected.refused("bomb.zip!2021-01-x-street.csv:"
                + " zip entry expands past 200 times its compressed size (a zip bomb?); not read")));
        cases.add(Arguments.of("a directory with a symbolic-link loop", made.resolve("loop"), Expected.read(1, 1, 0, 0)
                .withNotes(made.resolve("loop/2021-01/back") + ": symbolic link loop, not followed")));
        Path missing = made.resolve("no-such-folder/2021-01-x-street.csv");
        cases.add(Arguments.of("a path that does not exist", missing,
                Expected.refused(missing + ": no such file or directory")));
        cases.add(Arguments.of("a zip cut off half-way (an interrupted download)", made.resolve("truncated.zip"),
                Expected.refused("truncated.zip: not a readable zip file (zip END header not found)")));
        cases.add(Arguments.of("a .zip that is not a zip", made.resolve("not-a-zip.zip"),
                Expected.refused("not-a-zip.zip: not a readable zip file (zip END header not found)")));
        cases.add(Arguments.of("a zip whose data is damaged (CRC mismatch)", made.resolve("damaged.zip"),
                Expected.refused("damaged.zip!2021-01-x-street.csv: cannot be read: the zip entry is damaged (its CRC-32"
                        + " checksum does not match); download the archive again")));
        Path emptyZip = made.resolve("empty.zip");
        cases.add(Arguments.of("an empty zip", emptyZip, Expected.refused(emptyZip + ": no CSV files found")));
        Path noCsv = made.resolve("no-csv");
        cases.add(Arguments.of("a folder without CSV files", noCsv, Expected.refused(noCsv + ": no CSV files found")));
        Path device = Path.of("/dev/zero");
        if (Files.exists(device)) {
            cases.add(Arguments.of("a device that never ends (/dev/zero)", device,
                    Expected.refused("/dev/zero: is not a regular file or folder")));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachInputHasItsDocumentedOutcome(String what, Path path, Expected expected) throws ParseException {
        Result r = quality(path);
        assertEquals(expected.exit(), r.exit, r.err);
        if (expected.exit() != 0) {
            assertEquals("cspstat: " + expected.message() + "\n", r.err);
            assertEquals("", r.out);
            return;
        }
        assertEquals("", r.err);
        JSONObject json = (JSONObject) new JSONParser().parse(r.out);
        long[] counts = {(Long) json.get("rowsRead"), (Long) json.get("accepted"), (Long) json.get("outsideArea"),
                (Long) json.get("rejected")};
        assertEquals(Arrays.toString(expected.counts()), Arrays.toString(counts));
        assertEquals(counts[0], counts[1] + counts[2] + counts[3], "rowsRead = accepted + outsideArea + rejected");
        List<String> rejects = new ArrayList<>();
        for (Object o : (JSONArray) json.get("rejects")) {
            JSONObject j = (JSONObject) o;
            rejects.add(j.get("file") + ":" + j.get("line") + ": " + j.get("reason"));
        }
        assertEquals(expected.rejects(), rejects);
        if (expected.notes() != null) {
            assertEquals(expected.notes(), json.get("notes"));
        }
    }

    @Test
    void binaryGarbageIsRefusedCleanlyWithEveryLineCountedAsRejected() {
        Path garbage = made.resolve("garbage.csv");
        Result r = quality(garbage);
        assertEquals(3, r.exit, r.err);
        // the header cannot be used, so every row is rejected; the exact count depends on where the
        // random bytes hold line ends, so the message's shape and its reconciliation are checked
        var m = Pattern.compile(Pattern.quote("cspstat: " + garbage + ": no usable rows: ")
                + "(\\d+) rows read, (\\d+) rejected, 0 outside the area; first reject garbage\\.csv:\\d+: .+\n")
                .matcher(r.err);
        assertTrue(m.matches(), r.err);
        assertEquals(m.group(1), m.group(2));
    }

    @Test
    void binaryGarbageAfterGoodRowsKeepsTheRowsAndCountsTheRestAsRejected() throws ParseException {
        Result r = quality(made.resolve("garbage-after-rows.csv"));
        assertEquals(0, r.exit, r.err);
        JSONObject json = (JSONObject) new JSONParser().parse(r.out);
        assertEquals(2L, json.get("accepted"));
        long rejected = (Long) json.get("rejected");
        assertTrue(rejected > 0);
        assertEquals((Long) json.get("rowsRead"), 2 + rejected);
    }

    @Test
    void anUnreadableFileIsRefusedOrForRootReadAsUsual() throws IOException, ParseException {
        Path file = made.resolve("unreadable/2021-01-x-street.csv");
        Files.createDirectories(file.getParent());
        Files.write(file, csv(HEADER, row("c1", "2021-01", "Burglary")));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        try {
            Result r = quality(file);
            if (Files.isReadable(file)) {
                // root (as in CI) reads files whatever their permissions: the file is read as usual
                assertEquals(0, r.exit, r.err);
                assertEquals(1L, ((JSONObject) new JSONParser().parse(r.out)).get("accepted"));
            } else {
                assertEquals(3, r.exit);
                assertEquals("cspstat: " + file + ": cannot be read (permission denied)\n", r.err);
            }
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void aMappedExportWithMonthThirteenAndThreeHundredCategoriesIsReadAndAccountedFor()
            throws IOException, ParseException {
        Path mapping = made.resolve("mapping.txt");
        Files.writeString(mapping, "[columns]\ndate = Date\ncategory = Type\n");
        StringBuilder csv = new StringBuilder("Date,Type\n2021-13,Noise\n0001-01,Noise\n");
        for (int i = 1; i <= 300; i++) {
            csv.append("2021-01,Type ").append(i).append('\n');
        }
        Path export = made.resolve("export.csv");
        Files.writeString(export, csv);
        Result r = run("quality", "--data", export.toString(), "--mapping", mapping.toString(), "--format", "json");
        assertEquals(0, r.exit, r.err);
        JSONObject json = (JSONObject) new JSONParser().parse(r.out);
        assertEquals(302L, json.get("rowsRead"));
        assertEquals(256L, json.get("accepted"));
        assertEquals(46L, json.get("rejected"));
        JSONObject reasons = (JSONObject) json.get("rejectedByReason");
        assertEquals(2L, reasons.get("bad date"));
        assertEquals(44L, reasons.get("too many categories"));
    }

    @Test
    void anUnreadableFileInAFolderIsRefusedByNameOrForRootReadAsUsual() throws IOException, ParseException {
        Path folder = made.resolve("folder-with-unreadable");
        Path file = folder.resolve("2021-01-x-street.csv");
        Files.createDirectories(folder);
        Files.write(file, csv(HEADER, row("c1", "2021-01", "Burglary")));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        try {
            Result r = quality(folder);
            if (Files.isReadable(file)) {
                assertEquals(0, r.exit, r.err);
                assertEquals(1L, ((JSONObject) new JSONParser().parse(r.out)).get("accepted"));
            } else {
                assertEquals(3, r.exit);
                assertEquals("cspstat: 2021-01-x-street.csv: cannot be read: permission denied\n", r.err);
            }
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    record Result(int exit, String out, String err) {
    }

    static Result quality(Path path) {
        return run("quality", "--data", path.toString(), "--format", "json");
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        String e = err.toString();
        assertFalse(e.contains("Exception") || e.contains("\tat "), "no stack trace: " + e);
        return new Result(exit, out.toString(), e);
    }
}
