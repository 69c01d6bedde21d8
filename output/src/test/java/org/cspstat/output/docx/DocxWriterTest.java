package org.cspstat.output.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.cspstat.format.Column;
import org.cspstat.format.Table;
import org.cspstat.output.chart.ChartRenderer;
import org.cspstat.period.Period;
import org.cspstat.report.BarChartData;
import org.cspstat.report.BarSeries;
import org.cspstat.report.ReportPack;
import org.cspstat.report.ReportSection;
import org.cspstat.report.ReportTable;
import org.cspstat.report.Tone;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** The Word document read back with XWPF: headings, lists, tables, images, page setup. */
class DocxWriterTest {
    static ReportPack pack() {
        Table small = Table.of("t", Column.text("Category", List.of("Burglary", "Robbery")),
                Column.integers("Apr–Dec 2025", new long[] {1234, 5}),
                Column.decimals("Rate", new double[] {534.3333333333334, 12.099999999999994}));
        List<Column> many = new ArrayList<>();
        for (int c = 0; c < 14; c++) {
            many.add(Column.text("Column heading " + c, List.of("significant increase " + c)));
        }
        Table wide = Table.of("w", many.toArray(Column[]::new));
        Table monthly = Table.of("m", Column.text("month", List.of("2024-04", "2024-05")),
                Column.integers("count", new long[] {10, 12}));
        BarChartData chart = new BarChartData("change", "Change by category", "Category", "Change", List.of("Burglary"),
                List.of(new BarSeries("now", List.of(3.0), Tone.CURRENT)), false, "police.uk", "bars");
        ReportSection changes = new ReportSection("changes", "Year-on-year change", List.of("A paragraph."),
                List.of("A point."), List.of(chart), List.of(new ReportTable("change", "Change by category", small, small),
                        new ReportTable("wide", "A wide table", wide, wide)));
        ReportSection priorities = new ReportSection("priorities", "Priorities", List.of(),
                List.of("1. Violence — high: because", "2. Burglary — medium: because", "Not scored: All crime"),
                List.of(), List.of(new ReportTable("trend", "Monthly counts", monthly, monthly, true)));
        return new ReportPack("Stevenage: Strategic Assessment evidence pack", "Stevenage", "police.uk",
                Period.parse("2025-04..2025-12"), Period.parse("2024-04..2024-12"), List.of("All crime: up."),
                List.of(changes, priorities));
    }

    static XWPFDocument written() throws IOException {
        ReportPack pack = pack();
        byte[] docx = DocxWriter.write(pack, name -> ChartRenderer.png(pack.chart(name), 800, 450, 1));
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    @Test
    void sectionsAreWordHeadingsAndTheTitleIsTheTitle() throws IOException {
        try (XWPFDocument doc = written()) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(List.of("Headlines", "Year-on-year change", "Priorities", "Appendix: detailed tables"), headings);
            assertEquals("heading 1", doc.getStyles().getStyle("Heading1").getName());
            assertEquals("Stevenage: Strategic Assessment evidence pack", doc.getParagraphs().get(0).getText());
            assertEquals("Title", doc.getParagraphs().get(0).getStyle());
        }
    }

    @Test
    void thePrioritiesAreOneNumberedListWithoutTheirTypedNumbers() throws IOException {
        try (XWPFDocument doc = written()) {
            List<XWPFParagraph> items = doc.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();
            XWPFParagraph violence = items.stream().filter(p -> p.getText().startsWith("Violence")).findFirst().orElseThrow();
            XWPFParagraph burglary = items.stream().filter(p -> p.getText().startsWith("Burglary")).findFirst().orElseThrow();
            XWPFParagraph notScored = items.stream().filter(p -> p.getText().startsWith("Not scored")).findFirst().orElseThrow();
            assertEquals(violence.getNumID(), burglary.getNumID());
            assertEquals("decimal", violence.getNumFmt());
            assertEquals("bullet", notScored.getNumFmt());
            BigInteger bullets = notScored.getNumID();
            assertFalse(bullets.equals(violence.getNumID()));
        }
    }

    @Test
    void tablesAreWordTablesWithRepeatedHeadersAndRoundedNumbers() throws IOException {
        try (XWPFDocument doc = written()) {
            List<XWPFTable> tables = doc.getTables();
            assertEquals(3, tables.size());
            XWPFTable change = tables.get(0);
            assertEquals(3, change.getNumberOfRows());
            assertTrue(change.getRow(0).isRepeatHeader());
            assertEquals("Category", change.getRow(0).getCell(0).getText());
            assertEquals("1,234", change.getRow(1).getCell(1).getText());
            assertEquals("534.3", change.getRow(1).getCell(2).getText());
            assertEquals("12.1", change.getRow(2).getCell(2).getText());
            // the detail table comes last, in the appendix, after its heading
            List<IBodyElement> body = doc.getBodyElements();
            int appendix = indexOf(body, "Appendix: detailed tables");
            assertTrue(body.indexOf(tables.get(2)) > appendix);
            assertEquals("month", tables.get(2).getRow(0).getCell(0).getText());
        }
    }

    @Test
    void aTableTooWideForPortraitGetsALandscapePageAndEveryColumnFitsTheText() throws IOException {
        try (XWPFDocument doc = written()) {
            XWPFTable wide = doc.getTables().get(1);
            List<IBodyElement> body = doc.getBodyElements();
            int at = body.indexOf(wide);
            XWPFParagraph after = (XWPFParagraph) body.get(at + 1);
            var sect = after.getCTP().getPPr().getSectPr();
            assertNotNull(sect, "the paragraph after a wide table ends a landscape section");
            assertEquals(STPageOrientation.LANDSCAPE, sect.getPgSz().getOrient());
            long total = 0;
            for (var col : wide.getCTTbl().getTblGrid().getGridColList()) {
                total += ((BigInteger) col.getW()).longValue();
            }
            assertTrue(total <= 16838 - 2 * 1134, "table wider than a landscape A4 text width: " + total);
            var last = doc.getDocument().getBody().getSectPr();
            assertEquals(11906, ((BigInteger) last.getPgSz().getW()).intValue(), "the document ends in portrait A4");
        }
    }

    @Test
    void everyChartIsEmbeddedWithACaption() throws IOException {
        try (XWPFDocument doc = written()) {
            assertEquals(1, doc.getAllPictures().size());
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("Figure 1: Change by category")));
        }
    }

    @Test
    void columnWidthsShareTheSpaceByWhatEachColumnWants() {
        int[] w = DocxWriter.widths(new int[] {10, 100}, new int[] {10, 20}, 10_000);
        assertEquals(10_000, w[0] + w[1], 2);
        assertTrue(w[0] >= 10 * DocxWriter.CHAR + 160, "a column narrower than its longest word");
    }

    private static int indexOf(List<IBodyElement> body, String paragraph) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof XWPFParagraph p && p.getText().equals(paragraph)) {
                return i;
            }
        }
        return -1;
    }
}
