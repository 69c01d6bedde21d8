package org.cspstat.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CouncilAsbExportTest {

    @TempDir
    static Path out;
    static byte[] bytes;
    static List<String> lines;

    @BeforeAll
    static void generate() throws IOException {
        CouncilAsbExport.write(out.resolve("a.csv"), CouncilAsbExport.DEFAULT_SEED);
        bytes = Files.readAllBytes(out.resolve("a.csv"));
        lines = Arrays.asList(new String(bytes, Charset.forName("windows-1252")).split("\r\n", -1));
    }

    @Test
    void sameSeedGivesTheSameBytes() throws IOException {
        CouncilAsbExport.write(out.resolve("b.csv"), CouncilAsbExport.DEFAULT_SEED);
        assertArrayEquals(bytes, Files.readAllBytes(out.resolve("b.csv")));
    }

    @Test
    void committedFileIsTheGeneratorsOutput() throws IOException {
        assertArrayEquals(bytes, Files.readAllBytes(Path.of("..", "sample-data", "council-asb", "asb-cases.csv")));
    }

    @Test
    void everyLineEndsWithCrLf() {
        assertEquals("", lines.get(lines.size() - 1));
        for (String line : lines) {
            assertTrue(line.indexOf('\n') < 0 && line.indexOf('\r') < 0, line);
        }
    }

    @Test
    void isWindows1252WithCurlyApostrophesAndAccents() {
        boolean apostrophe = false;
        boolean eAcute = false;
        for (byte b : bytes) {
            apostrophe |= (b & 0xff) == 0x92;
            eAcute |= (b & 0xff) == 0xe9;
        }
        assertTrue(apostrophe, "a right single quotation mark, 0x92 in windows-1252");
        assertTrue(eAcute, "an e acute, 0xE9 in windows-1252");
    }

    @Test
    void hasAboutFifteenHundredCasesWithTheDocumentedColumns() {
        assertEquals(CouncilAsbExport.HEADER, lines.get(0));
        int cases = lines.size() - 2;
        assertTrue(cases > 1300 && cases < 1700, cases + " cases");
        int abuse = 0;
        for (String line : lines.subList(1, lines.size() - 1)) {
            List<String> f = StreetRows.split(line);
            assertEquals(9, f.size(), line);
            assertTrue(f.get(0).matches("ASB/2[45]/\\d{5}"), f.get(0));
            assertTrue(f.get(1).matches("\\d\\d/\\d\\d/20(24|25) \\d\\d:\\d\\d"), f.get(1));
            assertTrue(f.get(3).matches("E0590000[1-6]"), f.get(3));
            abuse += f.get(7).equals("Y") ? 1 : 0;
            assertTrue(f.get(7).matches("[YN]"), f.get(7));
        }
        double share = (double) abuse / cases;
        assertTrue(share > 0.06 && share < 0.11, "domestic abuse share " + share);
        assertTrue(lines.get(1).contains("/04/2024"), lines.get(1));
        assertTrue(lines.get(cases).contains("/12/2025"), lines.get(cases));
    }
}
