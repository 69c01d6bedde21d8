package org.cspstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cspstat.cli.SafeOutputTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 5, through the real command line: zips with a name stored twice, zips of many
 * entries and zips inside zips read in one pass, gzip files, and special files in a folder.
 */
class HostileArchiveTest {
    @TempDir
    Path dir;

    private static String rows(int from, int n, String month) {
        StringBuilder csv = new StringBuilder(BadInputCorpusTest.HEADER).append('\n');
        for (int i = from; i < from + n; i++) {
            csv.append(String.format(Locale.ROOT, "c%d,%s,H,H,-0.2,51.9,Road,E01023750,Stevenage 001A,Burglary,,%n",
                    i, month));
        }
        return csv.toString();
    }

    /** Entries named in order, each one row of a month cycling through 2021. */
    private static byte[] zipOf(int entries, String prefix) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries; i++) {
                z.putNextEntry(new ZipEntry(String.format(Locale.ROOT, "%s%06d-street.csv", prefix, i)));
                z.write(rows(i, 1, String.format(Locale.ROOT, "2021-%02d", i % 12 + 1)).getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static long rowsRead(String quality) {
        for (String line : quality.split("\n")) {
            if (line.startsWith("Rows read")) {
                return Long.parseLong(line.substring("Rows read".length()).strip().replace(",", ""));
            }
        }
        throw new AssertionError(quality);
    }

    @Test
    void aZipWithANameStoredTwiceIsRefusedNotCountedTwice() throws IOException {
        // java.util.zip refuses to write a duplicate, so the second name is patched in the bytes
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("a-street.csv"));
            z.write(rows(1, 1, "2021-01").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("b-street.csv"));
            z.write(rows(2, 2, "2021-02").getBytes(StandardCharsets.UTF_8));
        }
        byte[] zip = bytes.toByteArray();
        byte[] from = "b-street.csv".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + from.length <= zip.length; i++) {
            if (java.util.Arrays.equals(zip, i, i + from.length, from, 0, from.length)) {
                zip[i] = 'a';
            }
        }
        Path file = Files.write(dir.resolve("dup.zip"), zip);
        Result r = SafeOutputTest.run("quality", "--data", file.toString());
        assertEquals(3, r.exit(), r.err());
        assertEquals("cspstat: dup.zip: holds two entries named a-street.csv; refusing to guess which one is the data "
                + "(rebuild the zip with one of them)\n", r.err());
    }

    @Test
    void aZipOfManyEntriesIsReadInOnePass() throws IOException {
        // before: 5k, 10k, 20k entries took 12.7 s, 18.5 s, 41.8 s (each entry reopened the archive)
        int n = 20_000;
        Path file = Files.write(dir.resolve("many.zip"), zipOf(n, "d/"));
        Result r = assertTimeoutPreemptively(Duration.ofSeconds(40),
                () -> SafeOutputTest.run("quality", "--data", file.toString()));
        assertEquals(0, r.exit(), r.err());
        assertEquals(n, rowsRead(r.out()));
    }

    @Test
    void aZipInsideAZipIsInflatedOnce() throws IOException {
        // before: 10k entries inside a zip took 316 s (the outer entry inflated again for each)
        int n = 5_000;
        ByteArrayOutputStream outer = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(outer)) {
            z.putNextEntry(new ZipEntry("inner.zip"));
            z.write(zipOf(n, ""));
        }
        Path file = Files.write(dir.resolve("outer.zip"), outer.toByteArray());
        Result r = assertTimeoutPreemptively(Duration.ofSeconds(40),
                () -> SafeOutputTest.run("quality", "--data", file.toString()));
        assertEquals(0, r.exit(), r.err());
        assertEquals(n, rowsRead(r.out()));
    }

    @Test
    void aGzipFileIsReadAndABrokenOneNamed() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(data.resolve("2021-01-x-street.csv.gz")))) {
            o.write(rows(1, 7, "2021-01").getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(data.resolve("2021-02-x-street.csv"), rows(100, 3, "2021-02"));
        Result r = SafeOutputTest.run("quality", "--data", data.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(10, rowsRead(r.out()), "7 rows from the gzip file and 3 from the CSV");
        Files.write(data.resolve("broken-street.csv.gz"), new byte[] {'x'});
        Result broken = SafeOutputTest.run("quality", "--data", data.toString());
        assertEquals(3, broken.exit(), broken.err());
        assertTrue(broken.err().contains("broken-street.csv.gz") && broken.err().contains("not a readable gzip file"),
                broken.err());
    }

    @Test
    void pipesDevicesAndDanglingLinksInAFolderAreNamedInTheNotes() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("2021-01-x-street.csv"), rows(1, 3, "2021-01"));
        Files.createSymbolicLink(data.resolve("gone.csv"), dir.resolve("missing.csv"));
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            Files.createSymbolicLink(data.resolve("zero.csv"), zero);
        }
        Process p = new ProcessBuilder("mkfifo", data.resolve("pipe.csv").toString()).start();
        assumeTrue(p.waitFor() == 0, "mkfifo is available");
        Result r = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> SafeOutputTest.run("quality", "--data", data.toString()));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("gone.csv: symbolic link to a missing file, passed over"), r.out());
        assertTrue(r.out().contains("pipe.csv: not a regular file (a pipe, device or socket), passed over"), r.out());
        if (Files.exists(zero)) {
            assertTrue(r.out().contains("zero.csv: not a regular file (a pipe, device or socket), passed over"), r.out());
        }
        assertEquals(3, rowsRead(r.out()));
    }
}
