package org.cspstat.io;

import org.cspstat.count.internal.PartialCounts;
import org.cspstat.count.internal.Building;
import org.cspstat.error.DataException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cspstat.count.CountStore;
import org.cspstat.count.CountStoreBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path ({@link FastReader}, {@link SplitFile}), whole and split into pieces, gives exactly
 * what the plain FastCSV path gives: the same account (every count, reject reason, reject line and
 * message, month and gap) and the same counts by category, month and LSOA.
 */
class SplitFileTest {
    @TempDir
    Path dir;

    /**
     * Lines that exercise every way a row can leave the fast path, between ordinary rows; ' a23 '
     * (plain path) and 'a23' (fast path) are the same Crime ID.
     */
    static final List<String> TRICKY = List.of(
            Fixtures.crime("a1", "2021-01", "Burglary", "Stevenage 001A"),
            Fixtures.asb("2021-01", "Stevenage 002B"),
            "",
            Fixtures.noLocation("a2", "2021-01", "Drugs"),
            "\"a3\",\"2021-01\",\"Herts\",\"Herts\",\"-0.2\",\"51.9\",\"On or near Potter'S Road\",\"E01000001\","
                    + "\"Stevenage 001A\",\"Robbery\",\"\",\"\"",
            "a4,2021-01,Herts,Herts,-0.2,51.9,\"On or near \"\"The\"\" Road\",E01000001,Stevenage 001A,Robbery,,",
            "a5,2021-01,Herts,Herts,-0.2,51.9,On or near \"Odd\" Road,E01000001,Stevenage 001A,Robbery,,",
            "a6,2021-01,Herts,Herts,-0.2,51.9,\"On or near Park Road, East\",E01000001,Stevenage 001A,Robbery,,",
            Fixtures.crime("a7", "2021-13", "Burglary", "Stevenage 001A"),
            Fixtures.crime("a8", " 2021-02", "Burglary", "Stevenage 001A"),
            Fixtures.crime("a9", "", "Burglary", "Stevenage 001A"),
            Fixtures.crime("a10", "2021-02", "Violent crime", "Stevenage 001A"),
            Fixtures.crime("a11", "2021-02", "Shoplifing", "Stevenage 001A"),
            Fixtures.crime("a12", "2021-02", "", "Stevenage 001A"),
            Fixtures.crime("a13", "2021-02", "burglary", "Hitchin 001A"),
            "a14,2021-02,Herts,Herts,,51.9,On or near X,E01000001,Stevenage 001A,Burglary,,",
            "a15,2021-02,Herts,Herts,abc,51.9,On or near X,E01000001,Stevenage 001A,Burglary,,",
            "a16,2021-02,Herts,Herts,-200.5,51.9,On or near X,E01000001,Stevenage 001A,Burglary,,",
            "a17,2021-02,Herts,Herts,1e-1,51.9,On or near X,E01000001,Stevenage 001A,Burglary,,",
            "a18,2021-02,Herts,Herts,-0.1234567890123456,51.9,On or near X,E01000001,Stevenage 001A,Burglary,,",
            "a19,2021-02,Herts,Herts,.5,-.5,On or near X,E01000001,Stevenage 001A,Burglary,,",
            "a20,2021-02,Herts,Herts, -0.2 ,51.9,On or near X, E01000003 ,Stevenage 003A ,Burglary,,",
            "a21,2021-02,Herts,Herts,-0.2,51.9,On or near X,E01000001,Stevenage 001A,Burglary",
            "a22,2021-02,Herts,Herts,-0.2,51.9,On or near X,E01000001,Stevenage 001A,Burglary,,,extra",
            " a23 ,2021-02,Herts,Herts,-0.2,51.9,On or near X,E01000001,Stevenage 001A,Burglary,,",
            Fixtures.crime("a23", "2021-02", "Burglary", "Stevenage 001A"),
            "é24,2021-02,Herts,Herts,-0.2,51.9,On or near Café,W01000004,Caerdydd 004A,Burglary,,",
            Fixtures.crime("a1", "2021-02", "Burglary", "Stevenage 001A"),
            Fixtures.crime("a25", "2021-02", "Burglary", "Stevenage 001A").replace("Park Road", "x".repeat(300)),
            "   ",
            Fixtures.crime("a26", "2021-04", "Public order", "Stevenage 001A") + "\r",
            Fixtures.asb("2021-04", "Hitchin 002B"),
            "a27,2021-04,Herts,Herts,-0.2,51.9,On or near X,,,Burglary,,",
            "a28,2021-04,Herts,Herts,0,0,On or near X,e01000009,Stevenage 009A,Burglary,,",
            "a29,2021-04,Herts,Herts,-0,-0.0,On or near X,E010000090,Stevenage 009A,Burglary,,");

    @Test
    void trickyRowsGiveTheSameAccountAndCountsWholeAndInPieces() {
        Path file = write("tricky.csv", Fixtures.HEADER, repeat(TRICKY, 40));
        for (LoadOptions o : options()) {
            Result plain = plain(file, o);
            assertTrue(plain.quality().rejected() > 0, "the fixture has rejects");
            assertTrue(plain.quality().duplicateIds() > 0, "the fixture repeats Crime IDs");
            for (int pieces : new int[] {1, 2, 3, 7}) {
                assertEquals(plain, fast(file, o, pieces), "pieces " + pieces);
            }
        }
    }

    @Test
    void aRecordRunningOverSeveralLinesSendsTheFileBackToThePlainPath() {
        List<String> lines = new ArrayList<>(repeat(TRICKY, 10));
        lines.add(100, "b1,2021-03,Herts,Herts,-0.2,51.9,\"On or near\nParking Area\",E01000001,Stevenage 001A,Drugs,,");
        Path file = write("multiline.csv", Fixtures.HEADER, lines);
        lines.add(200, "b2,2021-03,Herts,Herts,-0.2,51.9,\"On or near Parking Area,E01000001,Stevenage 001A,Drugs,,");
        Path broken = write("broken.csv", Fixtures.HEADER, lines);
        for (LoadOptions o : options()) {
            Result plain = plain(file, o);
            assertTrue(plain.quality().rejectedByReason().containsKey("unbalanced quote"));
            Result plainBroken = plain(broken, o);
            String unparsable = "broken.csv:203: cannot be parsed as CSV: Unexpected character after closing quote:"
                    + " 'a' (0x61)";
            if (o.strict()) {
                assertEquals(unparsable, plainBroken.error());
            } else {
                // the rest of the file from line 203 is rejected and counted (148 rows), not lost
                assertEquals(148L, plainBroken.quality().rejectedByReason().get("unparsable CSV"));
            }
            for (int pieces : new int[] {1, 2, 5}) {
                assertEquals(plain, fast(file, o, pieces), "pieces " + pieces);
                assertEquals(plainBroken, fast(broken, o, pieces), "pieces " + pieces);
            }
        }
    }

    @Test
    void aPieceThrownAwayLeavesNoAreaOrNameBehind() {
        // found by FastPathFuzzTest: one LSOA code under two names, and a record over two lines that
        // sends the split file back to the plain path; the later piece had already given the code
        // its (later) name, so the store named the area differently from a read in file order
        List<String> lines = new ArrayList<>();
        lines.add("m1,2021-01,Herts,Herts,-0.2,51.9,\"On or near\nParking Area\",E01000009,Stevenage 009A,Drugs,,");
        lines.add(Fixtures.crime("n1", "2021-01", "Burglary", "Stevenage 001"));
        for (int i = 0; i < 40; i++) {
            lines.add(Fixtures.crime("n" + (i + 2), "2021-01", "Burglary", "Stevenage 001A"));
        }
        lines.add("x1,2021-01,Herts,Herts,-0.2,51.9,On or near X,E01000077,Stevenage 077A,Drugs,,"); // only in the later piece
        Path file = write("renamed.csv", Fixtures.HEADER, lines);
        for (LoadOptions o : options()) {
            Result plain = plain(file, o);
            for (int pieces : new int[] {2, 3}) {
                assertEquals(plain, fast(file, o, pieces), "pieces " + pieces + ", " + o);
            }
        }
        Result r = fast(file, LoadOptions.builder().build(), 2);
        assertTrue(r.counts().containsKey("Burglary|2021-01|E01000001 Stevenage 001"), r.counts().toString());
    }

    @Test
    void crlfLinesAByteOrderMarkAndNoFinalNewlineReadTheSame() throws IOException {
        String text = "\uFEFF" + Fixtures.HEADER + "\r\n" + String.join("\r\n", repeat(TRICKY.subList(0, 8), 30));
        Path file = dir.resolve("crlf.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        LoadOptions o = LoadOptions.builder().build();
        Result plain = plain(file, o);
        assertEquals(30 * 7, plain.quality().rowsRead());
        for (int pieces : new int[] {1, 2, 4}) {
            assertEquals(plain, fast(file, o, pieces), "pieces " + pieces);
        }
    }

    @Test
    void aLoneCarriageReturnSendsTheFileBackToThePlainPath() throws IOException {
        Path file = dir.resolve("cr.csv");
        Files.writeString(file, Fixtures.HEADER + "\n" + String.join("\n", repeat(TRICKY.subList(0, 4), 20))
                + "\n" + Fixtures.crime("c1", "2021-01", "Drugs", "Stevenage 001A") + "\r"
                + Fixtures.crime("c2", "2021-01", "Drugs", "Stevenage 001A") + "\n"
                + String.join("\n", repeat(TRICKY.subList(0, 4), 20)) + "\n", StandardCharsets.UTF_8);
        LoadOptions o = LoadOptions.builder().build();
        Result plain = plain(file, o);
        for (int pieces : new int[] {1, 2, 3}) {
            assertEquals(plain, fast(file, o, pieces), "pieces " + pieces);
        }
    }

    @Test
    @Tag("real-data")
    void hertfordshireConcatenatedIntoOneFileGivesTheSameAccountAndCountsInPieces() throws IOException {
        Path file = dir.resolve("hertfordshire.csv");
        List<Path> months;
        try (Stream<Path> s = Files.list(HertfordshireTest.HERTS)) {
            months = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((Fixtures.HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            for (Path m : months) {
                byte[] b = Files.readAllBytes(m);
                int body = 0;
                while (b[body] != '\n') {
                    body++;
                }
                out.write(b, body + 1, b.length - body - 1);
            }
        }
        for (LoadOptions o : List.of(LoadOptions.builder().build(),
                LoadOptions.builder().selection(AreaSelection.namePrefix("Stevenage")).build(),
                LoadOptions.builder().areas(false).build())) {
            Result plain = plain(file, o);
            assertEquals(108_465, plain.quality().rowsRead());
            assertEquals(plain, fast(file, o, 1));
            assertEquals(plain, fast(file, o, 2));
            assertEquals(plain, fast(file, o, 3));
        }
    }

    @Test
    void aLineLongerThanEveryBufferGivesTheSameAccountOrErrorAsThePlainPath() {
        List<String> lines = new ArrayList<>(repeat(TRICKY, 5));
        lines.add(50, Fixtures.crime("h1", "2021-03", "Drugs", "Stevenage 001A").replace("Park Road", "y".repeat(3 << 20)));
        Path long3 = write("long3.csv", Fixtures.HEADER, lines);
        lines.set(50, Fixtures.crime("h1", "2021-03", "Drugs", "Stevenage 001A").replace("Park Road", "z".repeat(17 << 20)));
        Path long17 = write("long17.csv", Fixtures.HEADER, lines);
        LoadOptions o = LoadOptions.builder().build();
        Result plain3 = plain(long3, o);
        assertEquals(1L, plain3.quality().rejectedByReason().get("field too long"));
        Result plain17 = plain(long17, o);
        for (int pieces : new int[] {1, 2}) {
            assertEquals(plain3, fast(long3, o, pieces), "pieces " + pieces);
            assertEquals(plain17, fast(long17, o, pieces), "pieces " + pieces);
        }
    }

    @Test
    void smallFilesAreNotSplitAndOtherExportsAreLeftToThePlainPath() {
        Path file = write("small.csv", Fixtures.HEADER, TRICKY);
        LoadOptions o = LoadOptions.builder().build();
        CountStoreBuilder b = new CountStoreBuilder(false);
        InputSource source = new Inputs.FileSource(file, "small.csv", file.toString());
        assertEquals(1, SplitFile.tasks(source, o, b, 2, () -> Building.newPartial(b), FastReader.Caches::new, t -> { }).size());
        assertEquals(2, SplitFile.tasks(source, o, b, 2, 0, () -> Building.newPartial(b), FastReader.Caches::new, t -> { }).size());
        LoadOptions strict = LoadOptions.builder().strict(true).build();
        assertEquals(1, SplitFile.tasks(source, strict, b, 2, 0, () -> Building.newPartial(b), FastReader.Caches::new, t -> { }).size());
        Path quoted = write("quoted-header.csv", "\"Crime ID\"," + Fixtures.HEADER.substring(9), TRICKY);
        assertTrue(SplitFile.tasks(new Inputs.FileSource(quoted, "q.csv", "q"), o, b, 2, 0, () -> Building.newPartial(b),
                FastReader.Caches::new, t -> { }).isEmpty());
    }

    @Test
    void strictModeStopsAtTheSameRowWithTheSameMessageOnTheFastPath() {
        Path file = write("strict.csv", Fixtures.HEADER, TRICKY);
        LoadOptions o = LoadOptions.builder().strict(true).build();
        DataException plain = assertThrows(DataException.class, () -> plainOrThrow(file, o));
        DataException fast = assertThrows(DataException.class, () -> fastOrThrow(file, o, 1));
        assertEquals(plain.getMessage(), fast.getMessage());
        assertEquals("strict.csv:10: column 'Month': expected YYYY-MM but was '2021-13'", fast.getMessage());
    }

    private List<LoadOptions> options() {
        return List.of(LoadOptions.builder().build(),
                LoadOptions.builder().selection(AreaSelection.namePrefix("Stevenage")).build(),
                LoadOptions.builder().positions(true).build(),
                LoadOptions.builder().dedupe(true).build(),
                LoadOptions.builder().areas(false).build(),
                LoadOptions.builder().selection(AreaSelection.namePrefix("Stevenage")).areas(false).build());
    }

    private static List<String> repeat(List<String> lines, int times) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            out.addAll(lines);
        }
        return out;
    }

    private Path write(String name, String header, List<String> lines) {
        List<String> all = new ArrayList<>();
        all.add(header);
        all.addAll(lines);
        return Fixtures.write(dir, name, all.toArray(String[]::new));
    }

    /**
     * What a load produced: the account, and the counts keyed by category, month and LSOA code and
     * name; or the message of the error it stopped with.
     */
    record Result(DataQuality quality, Map<String, Long> counts, String error) {
    }

    static Result plain(Path file, LoadOptions o) {
        try {
            return plainOrThrow(file, o);
        } catch (DataException e) {
            return new Result(null, null, e.getMessage());
        }
    }

    static Result fast(Path file, LoadOptions o, int pieces) {
        try {
            return fastOrThrow(file, o, pieces);
        } catch (DataException e) {
            return new Result(null, null, e.getMessage());
        }
    }

    private static Result plainOrThrow(Path file, LoadOptions o) {
        CountStoreBuilder b = new CountStoreBuilder(o.positions(), o.areas());
        Tally t = new Tally(file.toString());
        RowCounter c = new RowCounter(b, Building.newPartial(b), o, t);
        new PoliceUkReader(o).read(new Inputs.FileSource(file, file.getFileName().toString(), file.toString()), c);
        c.finish();
        return result(b, t);
    }

    private static Result fastOrThrow(Path file, LoadOptions o, int pieces) {
        Result r = fastIfTakenOrThrow(file, o, pieces);
        assertFalse(r == null, "the fast path takes the file");
        return r;
    }

    /** As {@link #fast}, or null when the fast path leaves the file to the plain path. */
    static Result fastIfTaken(Path file, LoadOptions o, int pieces) {
        try {
            return fastIfTakenOrThrow(file, o, pieces);
        } catch (DataException e) {
            return new Result(null, null, e.getMessage());
        }
    }

    private static Result fastIfTakenOrThrow(Path file, LoadOptions o, int pieces) {
        CountStoreBuilder b = new CountStoreBuilder(o.positions(), o.areas());
        PartialCounts p = Building.newPartial(b);
        Tally[] out = new Tally[1];
        List<Runnable> tasks = SplitFile.tasks(
                new Inputs.FileSource(file, file.getFileName().toString(), file.toString()), o, b, pieces, 0,
                () -> p, FastReader.Caches::new, t -> out[0] = t);
        if (tasks.isEmpty()) {
            return null;
        }
        tasks.forEach(Runnable::run);
        return result(b, out[0]);
    }

    private static Result result(CountStoreBuilder b, Tally t) {
        DataQuality q = Tally.merge(List.of(t), List.of());
        CountStore s = b.build(q.months(), q.gaps());
        Map<String, Long> counts = new TreeMap<>();
        s.forEachCount((category, month, area, count) -> counts.merge(s.categories().get(category).name() + "|"
                + month + "|" + (area < 0 ? "-" : s.areas().get(area).code() + " " + s.areas().get(area).name()),
                count, Long::sum));
        if (s.hasPositions()) {
            s.forEachPointCount((category, month, point, count) -> counts.merge("point|"
                    + s.categories().get(category).name() + "|" + month + "|" + s.points().get(point),
                    count, Long::sum));
        }
        return new Result(q, counts, null);
    }
}
