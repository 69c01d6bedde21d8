package org.cspstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --suppress 5} on the embedded sample: no published file (the CSVs, every sheet of
 * tables.xlsx, the tables of pack.docx, index.html and summary.md) shows an area or location
 * count from 1 to 4, and the totals are those of the run without suppression.
 */
class SuppressTest {
    /** The pack's tables at area or location level, as in {@code Disclosure.AREA_TABLES}. */
    static final Set<String> AREA_TABLES = Set.of("change-by-area", "largest-increases", "hot-cells",
            "repeat-locations", "outcomes-by-area");
    /** Their count columns in the plain values. */
    static final Set<String> COUNTS = Set.of("current", "previous", "count", "crimes");
    /** A whole number as people read it. */
    static final Pattern WHOLE = Pattern.compile("\\d{1,3}(,\\d{3})*");
    /** The first column of a table for people at area or location level. */
    static final Set<String> AREA_HEADINGS = Set.of("Area", "Location", "Cell (row,col)");

    @TempDir
    static Path dir;
    static Path plain;
    static Path suppressed;

    @BeforeAll
    static void packs() {
        plain = dir.resolve("plain");
        suppressed = dir.resolve("suppressed");
        CliTest.Result a = CliTest.run("report", "--out", plain.toString());
        assertEquals(0, a.code(), a.err());
        CliTest.Result b = CliTest.run("report", "--suppress", "5", "--out", suppressed.toString());
        assertEquals(0, b.code(), b.err());
    }

    @Test
    void theCsvsShowNoAreaCountFromOneToFourAndLeaveOutWhatWouldRevealOne() throws Exception {
        int marks = 0;
        for (String table : AREA_TABLES) {
            Path csv = suppressed.resolve("tables").resolve(table + ".csv");
            if (!Files.exists(csv)) {
                continue;
            }
            List<List<String>> rows = PrintAndOfficeTest.rows(CliTest.packCsv(csv).strip());
            List<String> header = rows.get(0);
            for (List<String> row : rows.subList(1, rows.size())) {
                boolean hidden = false;
                for (int c = 0; c < header.size(); c++) {
                    if (COUNTS.contains(header.get(c))) {
                        String v = row.get(c);
                        assertFalse(v.matches("[1-4]"), table + " shows " + v + " in " + header.get(c) + ": " + row);
                        hidden |= v.equals("<5");
                        marks += v.equals("<5") ? 1 : 0;
                    }
                }
                int change = header.indexOf("change");
                if (hidden && change >= 0) {
                    assertEquals("", row.get(change), table + ": a change would give the count back: " + row);
                }
            }
        }
        assertTrue(marks > 0, "the sample has small area counts, so some must be suppressed");
    }

    @Test
    void totalsAreThoseOfTheRunWithoutSuppression() throws Exception {
        for (String table : List.of("change-by-category.csv", "rows-per-month.csv", "trend-all-crime.csv")) {
            assertEquals(CliTest.packCsv(plain.resolve("tables").resolve(table)),
                    CliTest.packCsv(suppressed.resolve("tables").resolve(table)), table);
        }
        assertTrue(Files.readString(suppressed.resolve("summary.md")).contains("Disclosure control"));
    }

    @Test
    void noSheetOfTablesXlsxHoldsAnAreaCountFromOneToFour() throws Exception {
        int checked = 0;
        try (InputStream in = Files.newInputStream(suppressed.resolve("tables.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                if (!AREA_TABLES.contains(sheet.getSheetName())) {
                    continue;
                }
                Row header = sheet.getRow(0);
                for (Row row : sheet) {
                    if (row.getRowNum() == 0) {
                        continue;
                    }
                    for (Cell cell : row) {
                        String name = header.getCell(cell.getColumnIndex()).getStringCellValue();
                        if (COUNTS.contains(name) && cell.getCellType() == CellType.NUMERIC) {
                            double v = cell.getNumericCellValue();
                            assertFalse(v >= 1 && v <= 4, sheet.getSheetName() + " row " + row.getRowNum() + ": " + v);
                            checked++;
                        }
                    }
                }
            }
        }
        assertTrue(checked > 20, "counts checked: " + checked);
    }

    @Test
    void noTableOfTheWordDocumentShowsOne() throws Exception {
        List<List<List<String>>> tables = new ArrayList<>();
        try (InputStream in = Files.newInputStream(suppressed.resolve("pack.docx"));
                XWPFDocument doc = new XWPFDocument(in)) {
            for (XWPFTable t : doc.getTables()) {
                List<List<String>> rows = new ArrayList<>();
                for (XWPFTableRow r : t.getRows()) {
                    rows.add(r.getTableCells().stream().map(c -> c.getText().strip()).toList());
                }
                tables.add(rows);
            }
        }
        assertTrue(checkForPeople(tables, "pack.docx") > 0);
    }

    @Test
    void noTableOfThePageOrTheSummaryShowsOne() throws Exception {
        List<List<List<String>>> html = new ArrayList<>();
        Matcher t = Pattern.compile("(?s)<table.*?</table>").matcher(Files.readString(suppressed.resolve("index.html")));
        while (t.find()) {
            List<List<String>> rows = new ArrayList<>();
            Matcher r = Pattern.compile("(?s)<tr.*?</tr>").matcher(t.group());
            while (r.find()) {
                List<String> cells = new ArrayList<>();
                Matcher c = Pattern.compile("(?s)<t[hd][^>]*>(.*?)</t[hd]>").matcher(r.group());
                while (c.find()) {
                    cells.add(c.group(1).replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&amp;", "&").strip());
                }
                rows.add(cells);
            }
            html.add(rows);
        }
        assertTrue(checkForPeople(html, "index.html") > 0);
        List<List<List<String>>> md = new ArrayList<>();
        List<List<String>> current = null;
        for (String line : Files.readString(suppressed.resolve("summary.md")).split("\n")) {
            if (!line.startsWith("|")) {
                current = null;
                continue;
            }
            if (line.matches("\\|[\\s:|-]+\\|")) {
                continue;
            }
            if (current == null) {
                current = new ArrayList<>();
                md.add(current);
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1, line.length() - 1).split("(?<!\\\\)\\|")) {
                cells.add(cell.replace("\\<", "<").replace("\\", "").strip());
            }
            current.add(cells);
        }
        assertTrue(checkForPeople(md, "summary.md") > 0);
    }

    @Test
    void compareByAreaSuppressesInCsvTextAndJsonButNotByCategory() throws Exception {
        CliTest.Result csv = CliTest.run("compare", "--by", "area", "--area-level", "lsoa", "--category", "Robbery", "--suppress", "5", "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        List<List<String>> rows = PrintAndOfficeTest.rows(csv.out().strip());
        List<String> header = rows.get(0);
        int current = header.indexOf("current");
        int previous = header.indexOf("previous");
        int ratio = header.indexOf("rateRatio");
        int marks = 0;
        for (List<String> row : rows.subList(1, rows.size())) {
            for (int c : new int[] {current, previous}) {
                assertFalse(row.get(c).matches("[1-4]"), row.toString());
                if (row.get(c).equals("<5")) {
                    marks++;
                    assertEquals("", row.get(ratio), "a rate ratio would give the count back: " + row);
                }
            }
        }
        assertTrue(marks > 0, "the sample has areas with small counts");
        CliTest.Result json = CliTest.run("compare", "--by", "area", "--area-level", "lsoa", "--category", "Robbery", "--suppress", "5", "--format", "json");
        assertEquals(0, json.code(), json.err());
        Matcher small = Pattern.compile("\"(current|previous)\":[1-4][,}]").matcher(json.out());
        assertFalse(small.find(), "a small count in the JSON");
        assertTrue(json.out().contains("\"previous\":null") || json.out().contains("\"current\":null"));
        assertTrue(json.out().contains("\"suppressed\":true"));
        CliTest.Result text = CliTest.run("compare", "--by", "area", "--area-level", "lsoa", "--category", "Robbery", "--suppress", "5");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("<5") && text.out().contains("Counts from 1 to 4 are shown as <5."), text.out());
        // by category: totals, never suppressed
        assertEquals(CliTest.run("compare", "--format", "csv").out(),
                CliTest.run("compare", "--format", "csv", "--suppress", "5").out());
    }

    @Test
    void locationsSuppressesInCsvTextAndJson() {
        CliTest.Result csv = CliTest.run("locations", "--category", "Robbery", "--suppress", "5", "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        List<List<String>> rows = PrintAndOfficeTest.rows(csv.out().strip());
        assertEquals(List.of("current", "previous", "change"), rows.get(0).subList(5, 8));
        int marks = 0;
        for (List<String> row : rows.subList(1, rows.size())) {
            assertFalse(row.get(5).matches("[1-4]") || row.get(6).matches("[1-4]"), row.toString());
            if (row.get(5).equals("<5") || row.get(6).equals("<5")) {
                marks++;
                assertEquals("", row.get(7), "the change would give the count back: " + row);
            }
        }
        assertTrue(marks > 0);
        CliTest.Result json = CliTest.run("locations", "--category", "Robbery", "--suppress", "5", "--format", "json");
        assertFalse(Pattern.compile("\"(current|previous)\":[1-4][,}]").matcher(json.out()).find(), json.out());
        CliTest.Result text = CliTest.run("locations", "--category", "Robbery", "--suppress", "5");
        assertTrue(text.out().contains("<5"), text.out());
        assertEquals(2, CliTest.run("locations", "--suppress", "1").code());
    }

    /**
     * In each table whose first or second heading is an area, location or cell, any column of whole
     * numbers (not the rank) holds none from 1 to 4; returns how many cells were "<5".
     */
    private static int checkForPeople(List<List<List<String>>> tables, String file) {
        int marks = 0;
        for (List<List<String>> rows : tables) {
            if (rows.size() < 2 || rows.get(0).stream().limit(2).noneMatch(AREA_HEADINGS::contains)) {
                continue;
            }
            List<String> header = rows.get(0);
            for (int c = 0; c < header.size(); c++) {
                if (header.get(c).equals("Rank")) {
                    continue;
                }
                int column = c;
                List<String> cells = rows.subList(1, rows.size()).stream()
                        .map(r -> column < r.size() ? r.get(column) : "").toList();
                boolean counts = cells.stream().allMatch(v -> v.isEmpty() || v.equals("<5") || WHOLE.matcher(v).matches());
                if (!counts) {
                    continue;
                }
                for (String v : cells) {
                    assertFalse(v.matches("[1-4]"), file + ": " + header.get(column) + " shows " + v);
                    marks += v.equals("<5") ? 1 : 0;
                }
            }
        }
        return marks;
    }
}
