package org.cspstat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bugs found by the bad-input corpus, one test each (docs/reliability.md). */
class ReaderRegressionTest {
    @TempDir
    Path dir;

    private static final String STRAY_QUOTE =
            "c2,2021-01,H,H,-0.2,51.9,\"On or near \"Potter's\" Road\",E01,Stevenage 001A,Drugs,,";

    @Test
    void aStrayQuoteRejectsTheRestOfItsFileCountedInsteadOfFailingTheWholeLoad() {
        Fixtures.write(dir, "data/2021-01-a-street.csv", Fixtures.HEADER,
                Fixtures.crime("c1", "2021-01", "Burglary", "Stevenage 001A"), STRAY_QUOTE,
                Fixtures.crime("c3", "2021-01", "Robbery", "Stevenage 001A"), "",
                Fixtures.crime("c4", "2021-01", "Robbery", "Stevenage 001A"));
        Fixtures.write(dir, "data/2021-02-a-street.csv", Fixtures.HEADER,
                Fixtures.crime("d1", "2021-02", "Burglary", "Stevenage 001A"));
        DataQuality q = Fixtures.load(dir.resolve("data")).quality();
        // lines 3, 4 and 6 are lost (line 5 is empty, as the reader skips it); line 2 and the other file are read
        assertEquals(5, q.rowsRead());
        assertEquals(2, q.accepted());
        assertEquals(3, q.rejected());
        assertEquals(Map.of("unparsable CSV", 3L), q.rejectedByReason());
        assertEquals("2021-01-a-street.csv:3: cannot be parsed as CSV: Unexpected character after closing quote: "
                + "'P' (0x50); the rest of the file is not read (3 rows)", q.rejects().get(0).toString());
    }

    @Test
    void aStrayQuoteInStrictModeStopsWithItsLine() {
        Path file = Fixtures.write(dir, "2021-01-a-street.csv", Fixtures.HEADER, STRAY_QUOTE);
        DataException e = assertThrows(DataException.class,
                () -> Loader.load(LoadOptions.builder().data(file).strict(true).build()));
        assertEquals("2021-01-a-street.csv:2: cannot be parsed as CSV: Unexpected character after closing quote: "
                + "'P' (0x50)", e.getMessage());
    }

    @Test
    void aFileReachedTwiceThroughASymbolicLinkIsReadOnce() throws IOException {
        Fixtures.write(dir, "data/2021-01/2021-01-a-street.csv", Fixtures.HEADER,
                Fixtures.crime("c1", "2021-01", "Burglary", "Stevenage 001A"));
        Files.createSymbolicLink(dir.resolve("data/latest"), Path.of("2021-01"));
        DataQuality q = Fixtures.load(dir.resolve("data")).quality();
        assertEquals(1, q.rowsRead());
        assertEquals(List.of("latest/2021-01-a-street.csv: the same file as 2021-01/2021-01-a-street.csv, read once"),
                q.notes());
    }

    @Test
    void theLineOfAParserFailureIsTakenFromItsMessage() {
        assertEquals(310, UnparsableRest.line("Unexpected character after closing quote: 'x' (0x78) "
                + "(record starting at line 310)", 0));
        assertEquals(7, UnparsableRest.line("The maximum buffer size of 16 is insufficient to read a single line "
                + "(line 7).", 0));
        assertEquals(4, UnparsableRest.line("no line here", 4));
        assertEquals("Unclosed quoted field at end of input",
                UnparsableRest.reason("Unclosed quoted field at end of input (record starting at line 12)"));
    }
}
