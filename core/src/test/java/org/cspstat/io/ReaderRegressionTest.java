package org.cspstat.io;

import org.cspstat.count.internal.Building;
import org.cspstat.error.DataException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.cspstat.testing.Zips;

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

    @Test
    void aZipBombInsideAZipIsStoppedByTheRatioGuard() throws IOException {
        // 64 MiB of empty lines deflate about 1000:1; the inner zip is stored in the outer one, so
        // only the inner entry's own ratio can catch it (it used to be bounded by maxZipBytes alone)
        ByteArrayOutputStream inner = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(inner)) {
            z.putNextEntry(new ZipEntry("2021-01-x-street.csv"));
            z.write((Fixtures.HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            byte[] newlines = new byte[1 << 20];
            java.util.Arrays.fill(newlines, (byte) '\n');
            for (int i = 0; i < 64; i++) {
                z.write(newlines);
            }
        }
        Path outer = dir.resolve("outer.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(outer))) {
            z.setLevel(0);
            z.putNextEntry(new ZipEntry("inner.zip"));
            z.write(inner.toByteArray());
        }
        DataException e = assertThrows(DataException.class, () -> Fixtures.load(outer));
        assertEquals("outer.zip!inner.zip!2021-01-x-street.csv: zip entry expands past 200 times its compressed"
                + " size (a zip bomb?); not read", e.getMessage());
    }

    @Test
    void zipEntriesWhoseDeclaredSizesPassTheTotalLimitAreRefusedBeforeReading() throws IOException {
        Path zip = dir.resolve("big.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String month : List.of("2021-01", "2021-02")) {
                z.putNextEntry(new ZipEntry(month + "-x-street.csv"));
                z.write((Fixtures.HEADER + "\n" + Fixtures.crime("a", month, "Burglary", "X 001A") + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        DataException e = assertThrows(DataException.class, () -> Loader.load(LoadOptions.builder().data(zip)
                .limits(new ReadLimits(10_000, 200, 300, 2)).build()));
        assertEquals("big.zip: zip entries expand past the limit of 300 bytes", e.getMessage());
    }

    @Test
    void distinctUnknownCrimeTypesDoNotGrowTheReadersCacheWithoutBound() throws IOException {
        // 3,000 distinct unknown types: every row is rejected with its own reason, and the reader
        // remembers at most MAX_CACHED_TYPES of them (it used to keep every one, up to 10,000
        // characters each: memory in proportion to the file)
        StringBuilder csv = new StringBuilder(Fixtures.HEADER).append('\n');
        for (int i = 0; i < 3000; i++) {
            csv.append(Fixtures.crime("c" + i, "2021-01", "Type " + i, "X 001A")).append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        PoliceUkReader reader = new PoliceUkReader(LoadOptions.builder().build());
        org.cspstat.count.CountStoreBuilder builder = new org.cspstat.count.CountStoreBuilder(false);
        Tally tally = new Tally("x");
        reader.read(new InputSource() {
            @Override
            public String name() {
                return "types.csv";
            }

            @Override
            public String root() {
                return "x";
            }

            @Override
            public java.io.InputStream open() {
                return new java.io.ByteArrayInputStream(bytes);
            }
        }, new RowCounter(builder, Building.newPartial(builder), LoadOptions.builder().build(), tally));
        assertEquals(3000, tally.rejected);
        assertEquals(Map.of("unknown crime type", 3000L), tally.byReason);
        assertEquals(PoliceUkReader.MAX_CACHED_TYPES, reader.cachedTypes());
    }

    @Test
    void aFileWithAnUnusableHeaderAndAStrayQuoteRejectsEveryRow() {
        // the rows before the stray quote used to be left out of the account (4 lines, 2 counted)
        Path file = Fixtures.write(dir, "2021-01-a-street.csv", "Crime ID,When,Crime type",
                "c1,2021-01,Burglary", "c2,2021-01,Drugs", "c3,2021-01,\"x\"y\"", "c4,2021-01,Robbery");
        Fixtures.write(dir, "2021-02-a-street.csv", Fixtures.HEADER,
                Fixtures.crime("d1", "2021-02", "Burglary", "Stevenage 001A"));
        DataQuality q = Loader.load(LoadOptions.builder().data(file, dir.resolve("2021-02-a-street.csv")).build())
                .quality();
        assertEquals(5, q.rowsRead());
        assertEquals(4, q.rejected());
        assertEquals("2021-01-a-street.csv:1: missing column 'Month' in the header (is this a police.uk street-level"
                + " file? other exports need a mapping file) (4 rows)", q.rejects().get(0).toString());
    }

    @Test
    void aQuotedBadValueCannotCarryTerminalControlSequencesIntoAMessage() {
        // ESC ] 0 ; title BEL would retitle (and on some terminals drive) the analyst's terminal
        Path file = Fixtures.write(dir, "2021-01-a-street.csv", Fixtures.HEADER,
                Fixtures.crime("c1", "2021-01", "Burglary", "X 001A"),
                Fixtures.crime("c2", "2021-01", "\u001b]0;pwned\u0007Burglary", "X 001A"));
        DataQuality q = Fixtures.load(file).quality();
        assertEquals("2021-01-a-street.csv:3: column 'Crime type': unknown crime type '?]0;pwned?Burglary'",
                q.rejects().get(0).toString());
    }

    @Test
    void aMappedExportMonthThirteenIsRejectedNotAnUnexpectedFailure() {
        // found by fuzzing: "2021-13" parses as yyyy-MM but is no month; it used to escape as a
        // DateTimeException and end the run with exit 1. Years far from now are rejected too.
        ExportMapping mapping = ExportMapping.parse("m.txt", List.of("[columns]", "date = d", "category = c"));
        Path file = Fixtures.write(dir, "export.csv", "d,c", "2021-01,Noise", "2021-13,Noise", "1899-05,Noise",
                "2101-01,Noise");
        DataQuality q = Loader.load(LoadOptions.builder().data(file).mapping(mapping).build()).quality();
        assertEquals(4, q.rowsRead());
        assertEquals(1, q.accepted());
        assertEquals(List.of("export.csv:3: column 'd': expected yyyy-MM but was '2021-13'",
                "export.csv:4: column 'd': year 1899 is outside 1900 to 2100",
                "export.csv:5: column 'd': year 2101 is outside 1900 to 2100"),
                q.rejects().stream().map(Reject::toString).toList());
    }

    @Test
    void aDateFormatTheJdkCannotBuildOrThatGivesNoMonthIsAConfigurationError() {
        // found by fuzzing: "pyyd{" made DateTimeFormatter.ofPattern throw a ClassCastException
        DataException bug = assertThrows(DataException.class, () -> ExportMapping.parse("m.txt",
                List.of("[columns]", "date = d", "category = c", "date format = pyyd")));
        assertEquals("m.txt: date format 'pyyd' is not a valid pattern", bug.getMessage());
        DataException noMonth = assertThrows(DataException.class, () -> ExportMapping.parse("m.txt",
                List.of("[columns]", "date = d", "category = c", "date format = HH:mm")));
        assertEquals("m.txt: date format 'HH:mm' does not give a year and a month", noMonth.getMessage());
    }

    @Test
    void aMappedExportWithMoreThan256CategoriesRejectsTheExtraRowsInsteadOfFailing() {
        // the 257th distinct category used to escape as IllegalStateException: exit 1
        ExportMapping mapping = ExportMapping.parse("m.txt", List.of("[columns]", "date = d", "category = c"));
        List<String> lines = new java.util.ArrayList<>(List.of("d,c"));
        for (int i = 1; i <= 300; i++) {
            lines.add("2021-01,Type " + i);
        }
        Path file = Fixtures.write(dir, "export.csv", lines.toArray(String[]::new));
        DataQuality q = Loader.load(LoadOptions.builder().data(file).mapping(mapping).build()).quality();
        assertEquals(300, q.rowsRead());
        assertEquals(256, q.accepted());
        assertEquals(Map.of("too many categories", 44L), q.rejectedByReason());
        assertEquals("export.csv:258: column 'c': category 'Type 257' is one more than the 256 distinct categories"
                + " cspstat keeps; recode them ([recode]) or set unmapped = reject", q.rejects().get(0).toString());
    }

    @Test
    void aDamagedZipEntryIsRefusedByItsChecksumInsteadOfReadAsWrongRows() throws IOException {
        // ZipFile's entry streams do not check the CRC: a damaged archive used to be read as rows
        byte[] zip = Zips.stored("2021-01-x-street.csv", (Fixtures.HEADER + "\n"
                + Fixtures.crime("c1", "2021-01", "Burglary", "X 001A") + "\n").getBytes(StandardCharsets.UTF_8));
        String text = new String(zip, StandardCharsets.ISO_8859_1);
        zip[text.indexOf("2021-01,Herts")] = '1';  // 2021-01 becomes 1021-01 in the data only
        Path file = dir.resolve("damaged.zip");
        Files.write(file, zip);
        DataException e = assertThrows(DataException.class, () -> Fixtures.load(file));
        assertEquals("damaged.zip!2021-01-x-street.csv: cannot be read: the zip entry is damaged (its CRC-32 checksum"
                + " does not match); download the archive again", e.getMessage());
    }

    @Test
    void aMappingFileSavedAsWindows1252NamesTheLineThatIsNotUtf8() throws IOException {
        // it used to say only "cannot be read: Input length = 1"
        Path file = dir.resolve("mapping.txt");
        Files.write(file, "[columns]\ndate = d\ncategory = c\n[recode]\nCaf\u00e9 noise = Noise\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        DataException e = assertThrows(DataException.class, () -> ExportMapping.read(file));
        assertEquals(file + ":5: not UTF-8 text (byte 0xe9); save the mapping file as UTF-8", e.getMessage());
    }

    @Test
    void aUtf16FileWithAByteOrderMarkIsStillReadWhenTheFastPathIsOn() throws IOException {
        // the fast police.uk path read UTF-16 bytes as UTF-8 and rejected every row (found by the corpus)
        Path file = dir.resolve("2021-01-a-street.csv");
        Files.write(file, ("\uFEFF" + Fixtures.HEADER + "\n" + Fixtures.crime("c1", "2021-01", "Burglary", "X 001A")
                + "\n").getBytes(StandardCharsets.UTF_16LE));
        DataQuality q = Fixtures.load(file).quality();
        assertEquals(1, q.accepted());
        assertEquals(0, q.rejected());
    }

    @Test
    void anEmptyFirstLineAfterAByteOrderMarkIsSkippedOnTheFastPathAsOnThePlainPath() throws Exception {
        // found by the police.uk fuzz campaign on the merged fast reader: NoSuchElementException (exit 1)
        Path file = dir.resolve("2021-01-bom-street.csv");
        String text = "\uFEFF\r\n" + Fixtures.HEADER + "\r\n" + Fixtures.crime("a", "2021-01", "Burglary", "X 001A")
                + "\r\n" + Fixtures.crime("b", "2021-01", "Robbery", "X 001A") + "\r\n";
        java.nio.file.Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
        DataQuality q = Fixtures.load(file).quality();
        assertEquals(2, q.rowsRead());
        assertEquals(2, q.accepted());
    }
}
