package org.cspstat.output.docx;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.cspstat.report.ChartData;
import org.cspstat.report.ReportPack;
import org.cspstat.report.ReportSection;
import org.cspstat.report.ReportTable;
import org.cspstat.report.ReportText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes an evidence pack as a Word document (Office Open XML, {@code .docx}) for committee
 * papers: the title, the headlines, each section under a Word heading style (so the navigation
 * pane and a table of contents work), points as bulleted lists and numbered points (the
 * priorities) as one numbered list, every chart embedded at print resolution with a caption, and
 * every table as a real Word table on A4 whose header row repeats on each page. A table too wide
 * for a portrait page gets a landscape page of its own; tables of detail
 * ({@link ReportTable#detail()}) go to an appendix at the end, named where they belong. Only the
 * pack's plain data is read, so a new section appears without code here.
 */
public final class DocxWriter {
    // A4 in twentieths of a point, 2 cm margins
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int MARGIN = 1134;
    private static final int TABLE_FONT_HALF_POINTS = 16;
    /** Twips per character of 8 pt Arial, a little generous so digits never wrap. */
    static final double CHAR = 5.0 * 20;
    /** Twips of cell padding per column (left and right). */
    private static final int PADDING = 2 * 80;
    /** The width of an embedded chart in points: 16 cm. */
    private static final double CHART_WIDTH_PT = 16 / 2.54 * 72;
    private static final Pattern NUMERIC = Pattern.compile("[▲▼]?\\s*[-+<]?[\\d,.]+%?( \\(.*\\))?|[-+]?\\d[\\d,]*( vs [\\d,]+)?");
    private static final String FONT = "Arial";
    private static final String ACCENT = "0072B2";

    private final XWPFDocument doc = new XWPFDocument();
    private final Function<String, byte[]> chartPng;
    private final BigInteger bullets;
    private int figures;
    private int tables;

    private DocxWriter(Function<String, byte[]> chartPng) {
        this.chartPng = chartPng;
        styles();
        bullets = numbering(STNumberFormat.BULLET, "•");
    }

    /**
     * Writes the document.
     *
     * @param pack the pack
     * @param chartPng each chart's PNG by chart name, drawn for print (about 300 dpi at 16 cm wide:
     *     1,900 pixels or more)
     * @return the {@code .docx} bytes
     */
    public static byte[] write(ReportPack pack, Function<String, byte[]> chartPng) {
        requireNonNull(pack, "pack must not be null");
        requireNonNull(chartPng, "chartPng must not be null");
        DocxWriter w = new DocxWriter(chartPng);
        w.pack(pack);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            w.doc.write(out);
            w.doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pack(ReportPack pack) {
        doc.getProperties().getCoreProperties().setTitle(pack.title());
        doc.getProperties().getCoreProperties().setCreator("cspstat");
        doc.getProperties().getCoreProperties().setDescription("Source: " + pack.source());
        paragraph("Title", pack.title());
        paragraph("Subtitle", pack.area() + " · " + pack.current().label() + " against " + pack.previous().label()
                + " · Source: " + pack.source());
        paragraph("Heading1", "Headlines");
        points(pack.headlines());
        List<ReportTable> appendix = new ArrayList<>();
        List<Integer> appendixNumbers = new ArrayList<>();
        for (ReportSection s : pack.sections()) {
            paragraph("Heading1", s.heading());
            s.paragraphs().forEach(p -> paragraph(null, p));
            points(s.points());
            for (ChartData c : s.charts()) {
                chart(c);
            }
            for (ReportTable t : s.tables()) {
                if (t.detail()) {
                    int n = ++tables;
                    appendix.add(t);
                    appendixNumbers.add(n);
                    paragraph(null, "Table " + n + " (" + t.caption() + ", " + t.display().rowCount()
                            + " rows) is in the appendix, and in tables.xlsx.");
                } else {
                    table(++tables, t);
                }
            }
        }
        if (!appendix.isEmpty()) {
            XWPFParagraph p = paragraph("Heading1", "Appendix: detailed tables");
            p.setPageBreak(true);
            for (int i = 0; i < appendix.size(); i++) {
                table(appendixNumbers.get(i), appendix.get(i));
            }
        }
        section(doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr(), false);
    }

    private XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        if (!text.isEmpty()) {
            p.createRun().setText(text);
        }
        return p;
    }

    /** Points: a run of numbered points is one numbered list (restarting at its first number), the rest bullets. */
    private void points(List<String> points) {
        BigInteger numbered = null;
        boolean inNumbered = false;
        for (String point : points) {
            boolean isNumbered = ReportText.numbered(point);
            if (isNumbered && !inNumbered) {
                numbered = numbering(STNumberFormat.DECIMAL, "%1.");
            }
            inNumbered = isNumbered;
            XWPFParagraph p = paragraph("ListParagraph", ReportText.item(point));
            p.setNumID(isNumbered ? numbered : bullets);
            p.setNumILvl(BigInteger.ZERO);
        }
    }

    private void chart(ChartData c) {
        byte[] png = chartPng.apply(c.name());
        if (png == null) {
            return;
        }
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(true);
        int[] size = PngSize.of(png);
        double height = CHART_WIDTH_PT * size[1] / size[0];
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png), org.apache.poi.common.usermodel.PictureType.PNG, c.name() + ".png",
                    Units.toEMU(CHART_WIDTH_PT), Units.toEMU(height));
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("cannot embed chart " + c.name() + ": " + e.getMessage(), e);
        }
        paragraph("Caption", "Figure " + (++figures) + ": " + c.title());
    }

    private void table(int number, ReportTable t) {
        List<String> names = t.displayNames();
        List<List<String>> rows = t.displayRows();
        int cols = names.size();
        if (cols == 0) {
            return;
        }
        boolean[] numeric = new boolean[cols];
        int[] natural = new int[cols];
        int[] minimum = new int[cols];
        for (int c = 0; c < cols; c++) {
            numeric[c] = !rows.isEmpty();
            natural[c] = Math.max(names.get(c).length(), 3);
            minimum[c] = Math.max(longestWord(names.get(c)) + 1, 3);
            for (List<String> row : rows) {
                String cell = row.get(c);
                natural[c] = Math.max(natural[c], cell.length());
                if (!cell.isEmpty() && !NUMERIC.matcher(cell).matches()) {
                    numeric[c] = false;
                }
            }
            for (List<String> row : rows) {
                String cell = row.get(c);
                minimum[c] = Math.max(minimum[c], numeric[c] ? cell.length() : Math.min(longestWord(cell) + 1, 18));
            }
        }
        int portrait = A4_SHORT - 2 * MARGIN;
        int landscape = A4_LONG - 2 * MARGIN;
        boolean wide = twips(minimum) > portrait;
        int available = wide ? landscape : portrait;
        int[] width = widths(natural, minimum, available);
        if (wide) {
            // end the portrait section before the table; the paragraph after it ends the landscape one
            section(doc.createParagraph().getCTP().addNewPPr().addNewSectPr(), false);
        }
        XWPFParagraph caption = paragraph("Caption", "Table " + number + ": " + t.caption());
        caption.setKeepNext(true);
        XWPFTable table = doc.createTable(rows.size() + 1, cols);
        CTTblPr pr = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr() : table.getCTTbl().addNewTblPr();
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblWidth tw = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        tw.setType(STTblWidth.DXA);
        tw.setW(BigInteger.valueOf(sum(width)));
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : width) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        String line = "BFBFBF";
        table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "808080");
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "808080");
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, line);
        table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "FFFFFF");
        table.setRightBorder(XWPFBorderType.NONE, 0, 0, "FFFFFF");
        table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "FFFFFF");
        table.setCellMargins(30, 80, 30, 80);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < cols; c++) {
            cell(header.getCell(c), names.get(c), width[c], numeric[c], true);
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            for (int c = 0; c < cols; c++) {
                cell(row.getCell(c), rows.get(r).get(c), width[c], numeric[c], false);
            }
        }
        XWPFParagraph after = doc.createParagraph();
        if (wide) {
            section(after.getCTP().addNewPPr().addNewSectPr(), true);
        }
    }

    private static void cell(XWPFTableCell cell, String text, int width, boolean numeric, boolean header) {
        cell.setWidth(Integer.toString(width));
        cell.getCTTc().getTcPr().getTcW().setType(STTblWidth.DXA);
        if (header) {
            cell.setColor("E8EEF4");
        }
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
        if (numeric) {
            p.setAlignment(ParagraphAlignment.RIGHT);
        }
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontSize(TABLE_FONT_HALF_POINTS / 2.0);
        run.setFontFamily(FONT);
        run.setBold(header);
    }

    /**
     * Column widths in twips: each column's natural width when all fit, else every column its
     * minimum (longest word, or the whole number) and the rest shared in proportion to how much
     * more each would like; scaled down when even the minimums do not fit.
     */
    static int[] widths(int[] natural, int[] minimum, int available) {
        int n = natural.length;
        double[] w = new double[n];
        double naturalTotal = 0;
        double minimumTotal = 0;
        for (int c = 0; c < n; c++) {
            naturalTotal += natural[c] * CHAR + PADDING;
            minimumTotal += minimum[c] * CHAR + PADDING;
        }
        if (naturalTotal <= available) {
            for (int c = 0; c < n; c++) {
                w[c] = natural[c] * CHAR + PADDING;
            }
        } else if (minimumTotal <= available) {
            double spare = available - minimumTotal;
            double wanted = naturalTotal - minimumTotal;
            for (int c = 0; c < n; c++) {
                w[c] = minimum[c] * CHAR + PADDING + spare * (natural[c] - minimum[c]) * CHAR / wanted;
            }
        } else {
            for (int c = 0; c < n; c++) {
                w[c] = (minimum[c] * CHAR + PADDING) * available / minimumTotal;
            }
        }
        int[] out = new int[n];
        for (int c = 0; c < n; c++) {
            out[c] = (int) Math.floor(w[c]);
        }
        return out;
    }

    private static int twips(int[] chars) {
        int total = 0;
        for (int c : chars) {
            total += (int) (c * CHAR) + PADDING;
        }
        return total;
    }

    private static int sum(int[] v) {
        int s = 0;
        for (int x : v) {
            s += x;
        }
        return s;
    }

    static int longestWord(String text) {
        int longest = 0;
        for (String w : text.split("[\\s/–-]+")) {
            longest = Math.max(longest, w.length());
        }
        return longest;
    }

    private static void section(CTSectPr s, boolean landscape) {
        CTPageSz size = s.isSetPgSz() ? s.getPgSz() : s.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar m = s.isSetPgMar() ? s.getPgMar() : s.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN);
        m.setTop(margin);
        m.setBottom(margin);
        m.setLeft(margin);
        m.setRight(margin);
        m.setHeader(BigInteger.valueOf(567));
        m.setFooter(BigInteger.valueOf(567));
        m.setGutter(BigInteger.ZERO);
    }

    private BigInteger numbering(STNumberFormat.Enum format, String text) {
        XWPFNumbering numbering = doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        BigInteger id = BigInteger.valueOf(numbering.getAbstractNums().size() + 1L);
        abs.setAbstractNumId(id);
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
        lvl.addNewLvlJc().setVal(STJc.LEFT);
        CTPPrGeneral ppr = lvl.addNewPPr();
        ppr.addNewInd().setLeft(BigInteger.valueOf(426));
        ppr.getInd().setHanging(BigInteger.valueOf(284));
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
        return numbering.addNum(abstractId);
    }

    private void styles() {
        XWPFStyles styles = doc.createStyles();
        style(styles, "Normal", "Normal", 10, false, null, -1, 0, 120);
        style(styles, "Title", "Title", 20, true, ACCENT, -1, 0, 120);
        style(styles, "Subtitle", "Subtitle", 10, false, "404040", -1, 0, 240);
        style(styles, "Heading1", "heading 1", 14, true, ACCENT, 0, 360, 120);
        style(styles, "Heading2", "heading 2", 12, true, ACCENT, 1, 240, 80);
        style(styles, "Caption", "caption", 9, true, "404040", -1, 120, 80);
        style(styles, "ListParagraph", "List Paragraph", 10, false, null, -1, 0, 60);
    }

    private static void style(XWPFStyles styles, String id, String name, int points, boolean bold, String colour,
            int outline, int before, int after) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (!id.equals("Normal")) {
            s.addNewBasedOn().setVal("Normal");
            s.addNewNext().setVal("Normal");
        } else {
            s.setDefault(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.ON);
        }
        s.addNewQFormat();
        CTPPrGeneral p = s.addNewPPr();
        p.addNewSpacing().setBefore(BigInteger.valueOf(before));
        p.getSpacing().setAfter(BigInteger.valueOf(after));
        if (outline >= 0) {
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            p.addNewKeepNext();
            s.addNewUiPriority().setVal(BigInteger.valueOf(9));
        }
        CTRPr r = s.addNewRPr();
        r.addNewRFonts().setAscii(FONT);
        r.getRFontsArray(0).setHAnsi(FONT);
        r.getRFontsArray(0).setCs(FONT);
        if (bold) {
            r.addNewB();
        }
        if (colour != null) {
            r.addNewColor().setVal(colour);
        }
        r.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        r.addNewSzCs().setVal(BigInteger.valueOf(points * 2L));
        styles.addStyle(new XWPFStyle(s, styles));
    }

    /** @return a short description for messages */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "DocxWriter(%d figures, %d tables)", figures, tables);
    }
}
