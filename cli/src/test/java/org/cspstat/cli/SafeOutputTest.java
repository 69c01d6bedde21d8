package org.cspstat.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.json.simple.parser.ParseException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Safe outputs through the real {@code compare} command: CSV cells a spreadsheet would execute are
 * neutralised while numbers stay numbers, JSON escapes what it must, and {@code --out} writes
 * atomically and never over an input.
 */
class SafeOutputTest {
    /** Categories a council export might carry, hostile or just awkward; each with its counts (2020, 2021). */
    static final Map<String, int[]> CATEGORIES = new LinkedHashMap<>();

    static {
        CATEGORIES.put("=1+1", new int[] {2, 10});
        CATEGORIES.put("@SUM(A1)", new int[] {3, 13});
        CATEGORIES.put("-2+3", new int[] {4, 16});
        CATEGORIES.put("+cmd|' /C calc'!A0", new int[] {5, 19});
        CATEGORIES.put("Caf\u00e9 noise", new int[] {6, 22});
        CATEGORIES.put("He said \"hi\" \\ </script><script>alert(1)</script>", new int[] {7, 25});
        CATEGORIES.put("ctl\u0001x", new int[] {8, 28});
        CATEGORIES.put("Decline", new int[] {20, 5});
    }

    @TempDir
    Path dir;
    Path data;
    Path export;
    Path mapping;
    Path groups;

    @BeforeEach
    void writeAWindows1252ExportWithHostileCategories() throws IOException {
        data = Files.createDirectories(dir.resolve("data"));
        StringBuilder csv = new StringBuilder("Date,Type\r\n");
        CATEGORIES.forEach((name, counts) -> {
            String quoted = "\"" + name.replace("\"", "\"\"") + "\"";
            for (int i = 0; i < counts[0]; i++) {
                csv.append("2020-01,").append(quoted).append("\r\n");
            }
            for (int i = 0; i < counts[1]; i++) {
                csv.append("2021-01,").append(quoted).append("\r\n");
            }
        });
        export = data.resolve("export.csv");
        Files.write(export, csv.toString().getBytes(Charset.forName("windows-1252")));
        mapping = dir.resolve("mapping.txt");
        Files.writeString(mapping, "[file]\nname = Council \"export\" <b>\nencoding = windows-1252\n"
                + "[columns]\ndate = Date\ncategory = Type\n");
        groups = dir.resolve("groups.csv");
        Files.writeString(groups, "group,category\n\"=HYPERLINK(\"\"http://x\"\")\",=1+1\n");
    }

    private Result compare(String format, String... more) {
        List<String> args = new ArrayList<>(List.of("compare", "--data", export.toString(), "--mapping",
                mapping.toString(), "--groups", groups.toString(), "--period", "2021-01..2021-01", "--format", format));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Test
    void csvNeutralisesFormulaCellsAndLeavesNumbersUnchanged() {
        Result r = compare("csv");
        assertEquals(0, r.exit, r.err);
        List<List<String>> rows = parseCsv(r.out);
        Map<String, List<String>> byCategory = new LinkedHashMap<>();
        rows.subList(1, rows.size()).forEach(row -> byCategory.put(row.get(0), row));
        assertEquals(List.of("All crime", "All ASB", "'=HYPERLINK(\"http://x\")", "'+cmd|' /C calc'!A0", "'-2+3",
                "'=1+1", "'@SUM(A1)", "Caf\u00e9 noise", "Decline",
                "He said \"hi\" \\ </script><script>alert(1)</script>", "ctl\u0001x"), new ArrayList<>(byCategory.keySet()));
        int change = rows.get(0).indexOf("change");
        int percent = rows.get(0).indexOf("percentChange");
        assertEquals("-15", byCategory.get("Decline").get(change));
        assertEquals("-75", byCategory.get("Decline").get(percent));
        assertEquals("8", byCategory.get("'=1+1").get(change));
        Pattern number = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
        for (List<String> row : rows) {
            for (String cell : row) {
                boolean risky = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
                assertFalse(risky && !number.matcher(cell).matches(), "a spreadsheet would run: " + cell);
            }
        }
    }

    @Test
    void jsonEscapesQuotesBackslashesControlCharactersAndMarkup() throws ParseException {
        Result r = compare("json");
        assertEquals(0, r.exit, r.err);
        assertFalse(r.out.contains("<") || r.out.contains(">"), "markup is escaped as \\u003c and \\u003e");
        assertFalse(r.out.chars().anyMatch(c -> c < 0x20 && c != '\n'), "control characters are escaped");
        assertTrue(r.out.contains("\"He said \\\"hi\\\" \\\\ \\u003c/script\\u003e"), r.out);
        assertTrue(r.out.contains("\"ctl\\u0001x\""), r.out);
        JSONObject json = (JSONObject) new JSONParser().parse(r.out);
        assertEquals("Council \"export\" <b>", json.get("source"));
        List<Object> names = new ArrayList<>();
        for (Object row : (JSONArray) json.get("rows")) {
            names.add(((JSONObject) row).get("category"));
        }
        List<String> expected = new ArrayList<>(List.of("All crime", "All ASB", "=HYPERLINK(\"http://x\")"));
        Stream.of("+cmd|' /C calc'!A0", "-2+3", "=1+1", "@SUM(A1)", "Caf\u00e9 noise", "Decline",
                "He said \"hi\" \\ </script><script>alert(1)</script>", "ctl\u0001x").forEach(expected::add);
        assertEquals(expected, names, "every name survives the round trip exactly, windows-1252 decoded");
    }

    @Test
    void outPointingAtTheInputFileIsRefusedAndTheInputIsUnchanged() throws IOException {
        byte[] before = Files.readAllBytes(export);
        Result r = compare("csv", "--out", export.toString());
        assertEquals(3, r.exit);
        assertEquals("cspstat: " + export + ": is an input file; refusing to overwrite it\n", r.err);
        assertArrayEquals(before, Files.readAllBytes(export));
        try (Stream<Path> files = Files.list(data)) {
            assertEquals(List.of(export), files.toList(), "no temporary file is left beside it");
        }
    }

    @Test
    void outPointingAtAnotherCsvInTheDataFolderIsRefused() throws IOException {
        Path other = data.resolve("other.csv");
        Files.writeString(other, "Date,Type\r\n2021-01,Noise\r\n");
        byte[] before = Files.readAllBytes(other);
        Result r = run("compare", "--data", data.toString(), "--mapping", mapping.toString(),
                "--period", "2021-01..2021-01", "--format", "csv", "--out", other.toString());
        assertEquals(3, r.exit);
        assertEquals("cspstat: " + other + ": is a data file inside the input folder " + data
                + "; refusing to overwrite it\n", r.err);
        assertArrayEquals(before, Files.readAllBytes(other));
    }

    @Test
    void anyNewFileInsideTheDataFolderIsRefusedBecauseTheNextRunWouldReadIt() throws IOException {
        Path results = data.resolve("results").resolve("compare.csv");
        Result r = run("compare", "--data", data.toString(), "--mapping", mapping.toString(),
                "--period", "2021-01..2021-01", "--format", "csv", "--out", results.toString());
        assertEquals(3, r.exit);
        assertEquals("cspstat: " + results + ": is inside the input folder " + data
                + ", where the next run would read it as data; refusing to write it there\n", r.err);
        assertFalse(Files.exists(data.resolve("results")), "nothing written into the data folder");
        Path json = data.resolve("compare.json"); // issue 15: nothing at all is written into an input folder
        Result json3 = run("compare", "--data", data.toString(), "--mapping", mapping.toString(),
                "--period", "2021-01..2021-01", "--format", "json", "--out", json.toString());
        assertEquals(3, json3.exit, json3.err);
        assertFalse(Files.exists(json));
    }

    @Test
    void aReportPackInsideTheDataFolderIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path pack = data.resolve("pack");
        Result r = run("report", "--data", data.toString(), "--mapping", mapping.toString(), "--out", pack.toString());
        assertEquals(3, r.exit);
        assertEquals("cspstat: " + pack + ": is inside the input folder " + data
                + ", where the next run would read its CSV tables as data; write it elsewhere\n", r.err);
        assertFalse(Files.exists(pack));
    }

    @Test
    void outPointingAtTheDataFolderItselfIsRefusedAndTheFolderIsUnchanged() throws IOException {
        byte[] before = Files.readAllBytes(export);
        Result r = run("compare", "--data", data.toString(), "--mapping", mapping.toString(),
                "--period", "2021-01..2021-01", "--format", "csv", "--out", data.toString());
        assertEquals(3, r.exit);
        assertEquals("cspstat: " + data + ": is an input file; refusing to overwrite it\n", r.err);
        assertArrayEquals(before, Files.readAllBytes(export));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(data, groups, mapping), files.sorted().toList(), "nothing written beside it");
        }
    }

    @Test
    void aFolderAsTargetIsRefusedBeforeAnyWorkAndNoTemporaryFileIsLeft() throws IOException {
        Path target = Files.createDirectories(dir.resolve("out/compare.csv"));
        Files.writeString(target.resolve("keep.txt"), "kept");
        Result r = compare("csv", "--out", target.toString());
        assertEquals(3, r.exit);
        assertEquals("cspstat: " + target + ": is a folder, not a regular file; refusing to write over it\n", r.err);
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertEquals(List.of(target), files.toList(), "no .part file is left");
        }
        assertEquals("kept", Files.readString(target.resolve("keep.txt")));
    }

    @Test
    void aSuccessfulWriteReplacesTheTargetWholeAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("out/compare.csv");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "old content that is longer than nothing");
        Result r = compare("csv", "--out", target.toString());
        assertEquals(0, r.exit, r.err);
        assertEquals("", r.out);
        assertEquals(compare("csv").out, Files.readString(target, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList());
        }
    }

    /** A location a hostile export could carry: a formula, markup, a quote and a backslash. */
    static final String HOSTILE_LOCATION = "=HYPERLINK(\"http://x\",\"</script><script>alert(1)</script>\") \\ Road";

    private Path policeFileWithAHostileLocation() throws IOException {
        StringBuilder csv = new StringBuilder(BadInputCorpusTest.HEADER).append('\n');
        java.util.Random random = new java.util.Random(7);
        int n = 0;
        for (String month : List.of("2020-01", "2021-01")) {
            for (int i = 0; i < 200; i++) {
                boolean hostile = i % 4 == 0;
                double lon = hostile ? -0.2 : -0.21 + random.nextDouble() * 0.03;
                double lat = hostile ? 51.9 : 51.89 + random.nextDouble() * 0.03;
                String location = hostile ? "\"" + HOSTILE_LOCATION.replace("\"", "\"\"") + "\"" : "On or near Park Road";
                csv.append(String.format(java.util.Locale.ROOT, "c%d,%s,H,H,%.6f,%.6f,%s,E01023750,Stevenage 001A,"
                        + "Burglary,,%n", ++n, month, lon, lat, location));
            }
        }
        Path file = data.resolve("2021-01-x-street.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void geoJsonCarriesAHostileLocationEscapedAndIntact() throws IOException, ParseException {
        Path file = policeFileWithAHostileLocation();
        Result r = run("hotspots", "--data", file.toString(), "--period", "2021-01..2021-01", "--format", "geojson");
        assertEquals(0, r.exit, r.err);
        assertFalse(r.out.contains("<") || r.out.contains(">"), "markup is escaped");
        JSONObject json = (JSONObject) new JSONParser().parse(r.out);
        List<Object> locations = new ArrayList<>();
        for (Object f : (JSONArray) json.get("features")) {
            locations.add(((JSONObject) ((JSONObject) f).get("properties")).get("location"));
        }
        assertTrue(locations.contains(HOSTILE_LOCATION), locations.toString());
    }

    @Test
    void hotspotCsvNeutralisesAHostileLocation() throws IOException {
        Path file = policeFileWithAHostileLocation();
        Result r = run("hotspots", "--data", file.toString(), "--period", "2021-01..2021-01", "--format", "csv");
        assertEquals(0, r.exit, r.err);
        List<List<String>> rows = parseCsv(r.out);
        int location = rows.get(0).indexOf("location");
        List<String> locations = rows.stream().map(row -> row.get(location)).toList();
        assertTrue(locations.contains("'" + HOSTILE_LOCATION), locations.toString());
        assertFalse(locations.contains(HOSTILE_LOCATION));
    }

    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (CsvRecord r : CsvReader.builder().ofCsvRecord(text)) {
            rows.add(r.getFields());
        }
        return rows;
    }

    record Result(int exit, String out, String err) {
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
