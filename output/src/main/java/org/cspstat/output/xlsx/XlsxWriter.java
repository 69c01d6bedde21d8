package org.cspstat.output.xlsx;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cspstat.format.Column;
import org.cspstat.format.Table;
import org.cspstat.report.ReportPack;
import org.cspstat.report.ReportTable;

/**
 * Writes every table of an evidence pack to one Excel workbook ({@code .xlsx}): an "About" sheet
 * first (title, area, periods, source, the list of sheets), then one sheet per table from its
 * plain values ({@link ReportTable#data()}), so every number is stored as a number at full
 * precision and only shown rounded by its number format: whole numbers with thousands
 * separators, percentages as percentages (a column named like {@code percentChange} holds
 * percent points, stored as they are and shown with a % sign; a share from 0 to 1 is shown as a
 * percentage), p-values to three places. Header rows are bold,
 * frozen and filtered.
 */
public final class XlsxWriter {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d+)?");
    private static final Pattern PERCENT_POINTS = Pattern.compile("(?i).*(percent|% ?change).*");
    private static final Pattern SHARE = Pattern.compile("(?i).*(share|proportion).*");
    private static final Pattern P_VALUE = Pattern.compile("(?i)(p|p ?value|p ?adjusted|p \\(.*\\))");
    private static final int MAX_WIDTH = 60;

    private XlsxWriter() {
    }

    /**
     * Writes the workbook.
     *
     * @param pack the pack
     * @return the {@code .xlsx} bytes
     */
    public static byte[] write(ReportPack pack) {
        requireNonNull(pack, "pack must not be null");
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            Set<String> names = new HashSet<>();
            List<ReportTable> tables = pack.tables();
            Sheet about = wb.createSheet("About");
            names.add("about");
            String[][] lines = {
                {"Title", pack.title()}, {"Area", pack.area()}, {"Current period", pack.current().label()},
                {"Previous period", pack.previous().label()}, {"Source", pack.source()}, {"", ""},
                {"Sheet", "Table"}};
            int r = 0;
            for (String[] line : lines) {
                Row row = about.createRow(r++);
                row.createCell(0).setCellValue(line[0]);
                row.createCell(1).setCellValue(line[1]);
                row.getCell(0).setCellStyle(styles.header);
            }
            for (ReportTable t : tables) {
                String sheet = sheetName(t.name(), names);
                Row row = about.createRow(r++);
                row.createCell(0).setCellValue(sheet);
                row.createCell(1).setCellValue(t.caption());
                sheet(wb.createSheet(sheet), t.data(), styles);
            }
            about.setColumnWidth(0, 24 * 256);
            about.setColumnWidth(1, 90 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A legal, unique sheet name: at most 31 characters, none of {@code []:*?/\}. */
    static String sheetName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted.isBlank() ? "table" : wanted, '-');
        String name = base;
        for (int i = 2; taken.contains(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = "-" + i;
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private static void sheet(Sheet sheet, Table t, Styles styles) {
        Row header = sheet.createRow(0);
        int cols = t.columnCount();
        int[] width = new int[cols];
        for (int c = 0; c < cols; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(t.column(c).name());
            cell.setCellStyle(styles.header);
            width[c] = t.column(c).name().length();
        }
        for (int r = 0; r < t.rowCount(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < cols; c++) {
                Column column = t.column(c);
                if (column.isMissing(r)) {
                    continue;
                }
                Cell cell = row.createCell(c);
                String name = column.name();
                if (column.kind() == Column.Kind.FLAG) {
                    cell.setCellValue(column.isTrue(r));
                    width[c] = Math.max(width[c], 5);
                } else if (column.isNumeric()) {
                    number(cell, name, column.number(r), styles);
                    width[c] = Math.max(width[c], 12);
                } else {
                    String text = column.text(r);
                    if (PLAIN_NUMBER.matcher(text).matches()) {
                        number(cell, name, Double.parseDouble(text), styles);
                    } else {
                        cell.setCellValue(text);
                    }
                    width[c] = Math.max(width[c], Math.min(text.length(), MAX_WIDTH));
                }
            }
        }
        for (int c = 0; c < cols; c++) {
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, width[c] + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
        if (cols > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(t.rowCount(), 1), 0, cols - 1));
        }
    }

    private static void number(Cell cell, String column, double v, Styles styles) {
        if (!Double.isFinite(v)) {
            return;
        }
        if (PERCENT_POINTS.matcher(column).matches()) {
            cell.setCellValue(v);
            cell.setCellStyle(styles.percentPoints);
        } else if (SHARE.matcher(column).matches() && v >= 0 && v <= 1) {
            cell.setCellValue(v);
            cell.setCellStyle(styles.percent);
        } else if (P_VALUE.matcher(column.strip()).matches()) {
            cell.setCellValue(v);
            cell.setCellStyle(styles.p);
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            cell.setCellValue(v);
            cell.setCellStyle(styles.whole);
        } else {
            cell.setCellValue(v);
            cell.setCellStyle(styles.decimal);
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle whole;
        final CellStyle decimal;
        final CellStyle percent;
        final CellStyle p;
        final CellStyle percentPoints;

        Styles(XSSFWorkbook wb) {
            DataFormat f = wb.createDataFormat();
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            whole = wb.createCellStyle();
            whole.setDataFormat(f.getFormat("#,##0"));
            decimal = wb.createCellStyle();
            decimal.setDataFormat(f.getFormat("#,##0.00"));
            percent = wb.createCellStyle();
            percent.setDataFormat(f.getFormat("0.0%"));
            percentPoints = wb.createCellStyle();
            percentPoints.setDataFormat(f.getFormat("0.0\"%\""));
            p = wb.createCellStyle();
            p.setDataFormat(f.getFormat("0.000"));
        }
    }
}
