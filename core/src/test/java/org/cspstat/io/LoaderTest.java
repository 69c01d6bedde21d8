package org.cspstat.io;

import org.cspstat.error.DataException;

import static org.cspstat.io.Fixtures.HEADER;
import static org.cspstat.io.Fixtures.crime;
import static org.cspstat.io.Fixtures.noLocation;
import static org.cspstat.io.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoaderTest {
    @TempDir
    Path dir;

    private Path bulkLayout() {
        write(dir, "data/2021-01/2021-01-herts-street.csv", HEADER,
                crime("a", "2021-01", "Burglary", "Stevenage 001A"),
                crime("b", "2021-01", "Burglary", "Hitchin 001A"),
                noLocation("c", "2021-01", "Robbery"));
        write(dir, "data/2021-01/2021-01-herts-outcomes.csv", "Crime ID,Month,Outcome type", "a,2021-01,x");
        write(dir, "data/2021-03/2021-03-herts-street.csv", HEADER,
                crime("d", "2021-03", "Robbery", "STEVENAGE 002B"));
        return dir.resolve("data");
    }

    @Test
    void readsADirectoryTreeSkippingOutcomesFilesAndReportsTheGapMonth() {
        Dataset d = Fixtures.load(bulkLayout());
        assertEquals(4, d.quality().rowsRead());
        assertEquals(Set.of(YearMonth.of(2021, 2)), d.quality().gaps());
        assertEquals(Set.of(YearMonth.of(2021, 2)), d.counts().gaps());
        assertEquals(List.of("2021-01/2021-01-herts-outcomes.csv: police.uk outcomes or stop-and-search file, passed over"),
                d.quality().notes());
    }

    @Test
    void selectsTheAreaByLsoaNamePrefixCountingRowsWithoutLocationAsOutside() {
        Dataset d = Loader.load(LoadOptions.builder().data(bulkLayout())
                .selection(AreaSelection.namePrefix("stevenage")).build());
        assertEquals(2, d.quality().accepted());
        assertEquals(2, d.quality().outsideArea());
        assertEquals(1, d.quality().noLocation());
        assertEquals(d.quality().rowsRead(), d.quality().accepted() + d.quality().outsideArea() + d.quality().rejected());
    }

    @Test
    void namePrefixNeedsTheLsoaNumberAfterTheName() {
        AreaSelection s = AreaSelection.namePrefix("Stevenage");
        assertTrue(s.contains("E01", "Stevenage 008D"));
        assertTrue(s.contains("E01", "stevenage 010a"));
        assertEquals(false, s.contains("E01", "Stevenage Borough 001A"));
        assertEquals(false, s.contains("E01", "North Stevenage 001A"));
        assertEquals(false, s.contains("", ""));
    }

    @Test
    void selectsByAListOfCodes() {
        Dataset d = Loader.load(LoadOptions.builder().data(bulkLayout())
                .selection(AreaSelection.codes(Set.of("e01000001"))).build());
        assertEquals(3, d.quality().accepted());
    }

    @Test
    void readsTheSameFolderZippedAsAStreamWithTheSameAccount() throws IOException {
        Path folder = bulkLayout();
        Path zip = dir.resolve("archive.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path p : List.of(folder.resolve("2021-01/2021-01-herts-street.csv"),
                    folder.resolve("2021-03/2021-03-herts-street.csv"))) {
                z.putNextEntry(new ZipEntry(folder.relativize(p).toString()));
                z.write(Files.readAllBytes(p));
                z.closeEntry();
            }
        }
        Dataset fromZip = Fixtures.load(zip);
        Dataset fromFolder = Fixtures.load(folder);
        assertEquals(fromFolder.quality().rowsRead(), fromZip.quality().rowsRead());
        assertEquals(fromFolder.quality().monthTotals(), fromZip.quality().monthTotals());
        assertEquals(fromFolder.quality().gaps(), fromZip.quality().gaps());
        assertEquals("archive.zip!2021-03/2021-03-herts-street.csv:2: column 'Month': expected YYYY-MM but was 'x'",
                new Reject("archive.zip!2021-03/2021-03-herts-street.csv", 2,
                        "column 'Month': expected YYYY-MM but was 'x'").toString());
    }

    @Test
    void readsAZipInsideAZipAndPassesOverUnsafeEntryPaths() throws IOException {
        Path inner = dir.resolve("inner.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(inner))) {
            z.putNextEntry(new ZipEntry("2021-01-x-street.csv"));
            z.write((HEADER + "\n" + crime("a", "2021-01", "Burglary", "X 001A") + "\n").getBytes());
        }
        Path outer = dir.resolve("outer.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(outer))) {
            z.putNextEntry(new ZipEntry("inner.zip"));
            z.write(Files.readAllBytes(inner));
            z.putNextEntry(new ZipEntry("../../evil.csv"));
            z.write((HEADER + "\n" + crime("b", "2021-01", "Burglary", "X 001A") + "\n").getBytes());
        }
        Dataset d = Fixtures.load(outer);
        assertEquals(1, d.quality().accepted());
        assertEquals(List.of("outer.zip!../../evil.csv: entry path leaves the archive, passed over"), d.quality().notes());
    }

    @Test
    void stopsAZipBombWithAClearMessage() throws IOException {
        Path bomb = dir.resolve("bomb.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
            z.putNextEntry(new ZipEntry("2021-01-x-street.csv"));
            byte[] zeros = new byte[1 << 20];
            OutputStream o = z;
            o.write((HEADER + "\n").getBytes());
            for (int i = 0; i < 64; i++) {
                o.write(zeros);
            }
        }
        DataException e = assertThrows(DataException.class, () -> Loader.load(LoadOptions.builder().data(bomb)
                .limits(new ReadLimits(10_000, 20, 1L << 40, 2)).build()));
        assertEquals("bomb.zip!2021-01-x-street.csv: zip entry expands past 20 times its compressed size"
                + " (a zip bomb?); not read", e.getMessage());
    }

    @Test
    void noRowsInTheAreaIsADataError() {
        DataException e = assertThrows(DataException.class, () -> Loader.load(LoadOptions.builder()
                .data(bulkLayout()).selection(AreaSelection.namePrefix("Nowhere")).build()));
        assertEquals(dir.resolve("data") + ": no usable rows: all 4 rows are outside the selected area"
                + " (LSOA names 'Nowhere NNNX')", e.getMessage());
    }

    @Test
    void noPathsIsAnErrorNeverASilentSample() {
        var e = assertThrows(org.cspstat.error.UsageException.class,
                () -> Loader.load(LoadOptions.builder().data(java.util.List.of()).build()));
        assertTrue(e.getMessage().startsWith("no data to load"), e.getMessage());
        Dataset sample = Loader.load(LoadOptions.builder().sample().areas(false).build());
        assertEquals(SampleData.SOURCE, sample.source());
        assertThrows(org.cspstat.error.UsageException.class,
                () -> LoadOptions.builder().sample().data(bulkLayout()).build());
    }
}
