package org.cspstat.io;

import org.cspstat.error.DataException;

import static org.cspstat.io.Fixtures.HEADER;
import static org.cspstat.io.Fixtures.asb;
import static org.cspstat.io.Fixtures.crime;
import static org.cspstat.io.Fixtures.noLocation;
import static org.cspstat.io.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.cspstat.count.CountStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoliceUkReaderTest {
    @TempDir
    Path dir;

    private static long total(CountStore s, String category, String month) {
        return s.categoryId(category).map(c -> s.total(c, YearMonth.parse(month))).orElse(0L);
    }

    @Test
    void countsCrimesAsbAndRowsWithoutLocation() {
        Path f = write(dir, "2021-01-x-street.csv", HEADER,
                crime("a1", "2021-01", "Burglary", "Stevenage 001A"),
                crime("a2", "2021-01", "Burglary", "Stevenage 001A"),
                asb("2021-01", "Stevenage 002B"),
                noLocation("a3", "2021-01", "Robbery"));
        Dataset d = Fixtures.load(f);
        assertEquals(2, total(d.counts(), "Burglary", "2021-01"));
        assertEquals(1, total(d.counts(), "Anti-social behaviour", "2021-01"));
        assertEquals(1, total(d.counts(), "Robbery", "2021-01"));
        assertEquals(4, d.quality().accepted());
        assertEquals(1, d.quality().noLocation());
        int robbery = d.counts().categoryId("Robbery").orElseThrow();
        assertEquals(1, d.counts().count(robbery, YearMonth.of(2021, 1), -1));
    }

    @Test
    void findsColumnsByNameInAnyOrderWithBomCrlfAndQuotes() throws IOException {
        String text = "\uFEFFCrime type,LSOA name,Month,Location,Crime ID\r\n"
                + "Shoplifting,Stevenage 001A,2021-02,\"On or near Potter'S Road, North\",x\r\n"
                + "\"Violent crime\",Stevenage 001A,2021-02,,y\r\n";
        Path f = dir.resolve("odd.csv");
        Files.write(f, text.getBytes(StandardCharsets.UTF_8));
        Dataset d = Fixtures.load(f);
        assertEquals(1, total(d.counts(), "Shoplifting", "2021-02"));
        assertEquals(1, total(d.counts(), "Violence and sexual offences", "2021-02"));
        assertEquals(0, d.quality().rejected());
    }

    @Test
    void mapsLegacyAndMisCasedCategories() {
        Path f = write(dir, "legacy.csv", HEADER,
                crime("a", "2012-01", "Violent crime", "X 001A"),
                crime("b", "2012-01", "Public disorder and weapons", "X 001A"),
                crime("c", "2012-01", "BURGLARY", "X 001A"));
        Dataset d = Fixtures.load(f);
        assertEquals(1, total(d.counts(), "Violence and sexual offences", "2012-01"));
        assertEquals(1, total(d.counts(), "Public order", "2012-01"));
        assertEquals(1, total(d.counts(), "Burglary", "2012-01"));
    }

    @Test
    void reportsRepeatedCrimeIdsButStillCountsThem() {
        Path f = write(dir, "dup.csv", HEADER,
                crime("same", "2021-01", "Burglary", "X 001A"),
                crime("same", "2021-01", "Burglary", "X 001A"));
        Dataset d = Fixtures.load(f);
        assertEquals(1, d.quality().duplicateIds());
        assertEquals(2, total(d.counts(), "Burglary", "2021-01"));
    }

    @Test
    void dropsRepeatedCrimeIdsWhenAskedWithTheReason() {
        Path f = write(dir, "dup.csv", HEADER,
                crime("same", "2021-01", "Burglary", "X 001A"),
                crime("same", "2021-01", "Burglary", "X 001A"));
        Dataset d = Loader.load(LoadOptions.builder().data(f).dedupe(true).build());
        assertEquals(1, total(d.counts(), "Burglary", "2021-01"));
        assertEquals(List.of(new Reject("dup.csv", 3, "repeated Crime ID 'same' (removed by de-duplication)")),
                d.quality().rejects());
    }

    @Test
    void rejectsEachKindOfBadRowWithItsExactMessage() {
        Path f = write(dir, "bad.csv", HEADER,
                crime("a", "2017-13", "Burglary", "X 001A"),
                crime("b", "17-04", "Burglary", "X 001A"),
                crime("c", "", "Burglary", "X 001A"),
                crime("d", "2021-01", "Cheese", "X 001A"),
                crime("e", "2021-01", "", "X 001A"),
                "f,2021-01,H,H,abc,51.9,On or near A,E01,X 001A,Burglary,,",
                "g,2021-01,H,H,-0.2,95,On or near A,E01,X 001A,Burglary,,",
                "h,2021-01,H,H,,51.9,On or near A,E01,X 001A,Burglary,,",
                "i,2021-01,H,H",
                crime("j", "2021-01", "Burglary", "X 001A") + ",extra",
                crime("ok", "2021-01", "Burglary", "X 001A"));
        Dataset d = Fixtures.load(f);
        assertEquals(List.of(
                "bad.csv:2: column 'Month': expected YYYY-MM but was '2017-13'",
                "bad.csv:3: column 'Month': expected YYYY-MM but was '17-04'",
                "bad.csv:4: column 'Month' is empty",
                "bad.csv:5: column 'Crime type': unknown crime type 'Cheese'",
                "bad.csv:6: column 'Crime type' is empty",
                "bad.csv:7: column 'Longitude': not a plain decimal number: 'abc'",
                "bad.csv:8: column 'Latitude': 95 is outside -90 to 90",
                "bad.csv:9: column 'Longitude' is empty but 'Latitude' is not",
                "bad.csv:10: expected 12 fields but found 4",
                "bad.csv:11: expected 12 fields but found 13"),
                d.quality().rejects().stream().map(Reject::toString).toList());
        assertEquals(11, d.quality().rowsRead());
        assertEquals(1, d.quality().accepted());
        assertEquals(10, d.quality().rejected());
    }

    @Test
    void strictModeStopsAtTheFirstBadRow() {
        Path f = write(dir, "bad.csv", HEADER,
                crime("ok", "2021-01", "Burglary", "X 001A"),
                crime("a", "2017-13", "Burglary", "X 001A"));
        DataException e = assertThrows(DataException.class,
                () -> Loader.load(LoadOptions.builder().data(f).strict(true).build()));
        assertEquals("bad.csv:3: column 'Month': expected YYYY-MM but was '2017-13'", e.getMessage());
    }

    @Test
    void rejectsARecordWithAnUnbalancedQuoteNamingItsLines() {
        Path f = write(dir, "q.csv", HEADER,
                crime("a", "2021-01", "Burglary", "X 001A"),
                "b,2021-01,H,H,-0.2,51.9,\"On or near A,E01,X 001A,Burglary,,",
                crime("c", "2021-01", "Burglary", "X 001A"),
                crime("d", "2021-01", "Burglary", "X 001A"));
        Dataset d = Fixtures.load(f);
        assertEquals("q.csv:3: unbalanced quote: the record runs from line 3 to line 5",
                d.quality().rejects().get(0).toString());
        assertEquals(d.quality().rowsRead(), d.quality().accepted() + d.quality().rejected());
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRejectedWholeAndCounted() {
        Path good = write(dir, "d/2021-01-x-street.csv", HEADER, crime("a", "2021-01", "Burglary", "X 001A"));
        write(dir, "d/other.csv", "Name,Value", "a,1", "b,2");
        Dataset d = Fixtures.load(good.getParent());
        assertEquals(3, d.quality().rowsRead());
        assertEquals(2, d.quality().rejected());
        assertEquals("other.csv:1: missing column 'Month' in the header (is this a police.uk street-level file?"
                + " other exports need a mapping file) (2 rows)", d.quality().rejects().get(0).toString());
    }

    @Test
    void duplicateHeaderNamesOfAUsedColumnMakeTheFileUnusable() {
        Path f = write(dir, "dh.csv", "Month,Crime type,Month", "2021-01,Burglary,2021-02");
        DataException e = assertThrows(DataException.class, () -> Fixtures.load(f));
        assertEquals(f + ": no usable rows: 1 rows read, 1 rejected, 0 outside the area; first reject "
                + "dh.csv:1: duplicate column 'Month' in the header (is this a police.uk street-level file?"
                + " other exports need a mapping file) (1 row)", e.getMessage());
    }

    @Test
    void anEmptyFileAndAHeaderOnlyFileGiveNoUsableRows() throws IOException {
        Path empty = dir.resolve("empty.csv");
        Files.createFile(empty);
        assertEquals(empty + ": no usable rows: no data rows were found (empty.csv:1: empty file: no header and no rows (0 rows))",
                assertThrows(DataException.class, () -> Fixtures.load(empty)).getMessage());
        Path header = write(dir, "header.csv", HEADER);
        assertEquals(header + ": no usable rows: no data rows were found",
                assertThrows(DataException.class, () -> Fixtures.load(header)).getMessage());
    }

    @Test
    void aMissingPathIsADataError() {
        Path missing = dir.resolve("nope");
        assertEquals(missing + ": no such file or directory",
                assertThrows(DataException.class, () -> Fixtures.load(missing)).getMessage());
    }

    @Test
    void rejectsAnOverLongField() {
        Path f = write(dir, "long.csv", HEADER,
                "a,2021-01,H,H,-0.2,51.9," + "x".repeat(20_000) + ",E01,X 001A,Burglary,,",
                crime("ok", "2021-01", "Burglary", "X 001A"));
        Dataset d = Fixtures.load(f);
        assertEquals("long.csv:2: field 7 is longer than 10000 characters", d.quality().rejects().get(0).toString());
    }
}
