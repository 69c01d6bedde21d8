package org.cspstat.output.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cspstat.format.Column;
import org.cspstat.format.Table;
import org.cspstat.period.Period;
import org.cspstat.report.ReportPack;
import org.cspstat.report.ReportSection;
import org.cspstat.report.ReportTable;
import org.junit.jupiter.api.Test;

/** The workbook read back: one sheet per table, numbers as numbers, formats, frozen headers. */
class XlsxWriterTest {
    @Test
    void everyTableIsASheetOfNumbersAtFullPrecision() throws IOException {
        Table t = Table.of("t", Column.text("category", List.of("Burglary", "=cmd")),
                Column.integers("current", new long[] {12345, 5}),
                Column.decimals("percentChange", new double[] {26.854095976732914, -3.5}),
                Column.decimals("pAdjusted", new double[] {0.0000005827993154752554, 0.5}),
                Column.text("count as text", List.of("419", "2024-04")));
        ReportSection s = new ReportSection("changes", "Changes", List.of(), List.of(), List.of(),
                List.of(new ReportTable("change-by-category", "By category", t, t),
                        new ReportTable("change-by-category-and-a-name-longer-than-31", "Again", t, t)));
        ReportPack pack = new ReportPack("Pack", "Area", "police.uk", Period.parse("2025-04..2025-12"),
                Period.parse("2024-04..2024-12"), List.of(), List.of(s));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(XlsxWriter.write(pack)))) {
            assertEquals(3, wb.getNumberOfSheets());
            assertEquals("About", wb.getSheetName(0));
            assertEquals("change-by-category", wb.getSheetName(1));
            assertTrue(wb.getSheetName(2).length() <= 31);
            Sheet sheet = wb.getSheetAt(1);
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            var row = sheet.getRow(1);
            assertEquals(CellType.NUMERIC, row.getCell(1).getCellType());
            assertEquals(12345, row.getCell(1).getNumericCellValue());
            assertEquals("#,##0", row.getCell(1).getCellStyle().getDataFormatString());
            assertEquals(26.854095976732914, row.getCell(2).getNumericCellValue());
            assertEquals("0.0\"%\"", row.getCell(2).getCellStyle().getDataFormatString());
            assertEquals(5.827993154752554e-7, row.getCell(3).getNumericCellValue());
            assertEquals(CellType.NUMERIC, row.getCell(4).getCellType(), "a count stored as text becomes a number");
            assertEquals(CellType.STRING, sheet.getRow(2).getCell(4).getCellType(), "a month stays text");
            // a cell is a value, never a formula, whatever it starts with
            assertEquals(CellType.STRING, sheet.getRow(2).getCell(0).getCellType());
            assertEquals("=cmd", sheet.getRow(2).getCell(0).getStringCellValue());
        }
    }

    @Test
    void sheetNamesAreLegalAndUnique() {
        Set<String> taken = new HashSet<>();
        assertEquals("a-b", XlsxWriter.sheetName("a/b", taken));
        assertEquals("a-b-2", XlsxWriter.sheetName("a:b", taken));
        assertEquals(31, XlsxWriter.sheetName("x".repeat(40), taken).length());
        assertEquals(31, XlsxWriter.sheetName("x".repeat(40), taken).length());
    }
}
