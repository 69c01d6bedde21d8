package org.cspstat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cspstat.format.Column;
import org.cspstat.format.Table;
import org.cspstat.period.Period;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    static final String EVIL = "<script>alert(1)</script>";

    static ReportPack pack() {
        Table t = Table.of("t", Column.text("Location", List.of(EVIL, "=HYPERLINK(\"x\")")),
                Column.text("Count", List.of("12", "-5.4")));
        BarChartData chart = new BarChartData("top-areas", "Top " + EVIL, "Area", "Incidents", List.of(EVIL),
                List.of(new BarSeries("now", List.of(1.0), Tone.CURRENT)), false, "police.uk", "bars of " + EVIL);
        ReportSection s = new ReportSection("areas", "Where " + EVIL, List.of("para " + EVIL), List.of("point " + EVIL),
                List.of(chart), List.of(new ReportTable("locations", "Caption " + EVIL, t, t)));
        return new ReportPack("Pack " + EVIL, "Area " + EVIL, "Source " + EVIL, Period.parse("2017-04..2017-12"),
                Period.parse("2016-04..2016-12"), List.of("Headline " + EVIL), List.of(s));
    }

    @Test
    void everyStringFromTheDataIsEscaped() {
        String html = HtmlReport.render(pack(), name -> "charts/" + name + ".png");
        assertFalse(html.contains(EVIL), "raw script in the page");
        // title and h1 (2), area (1), source in header and footer (2), nav link and section heading (2),
        // headline, paragraph, point (3), alt text and figure caption (2), table caption and cell (2)
        assertEquals(14, count(html, "&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        // the page's one script is the image check, not anything from the data
        assertEquals(1, count(html, "<script>"));
    }

    @Test
    void chartsAreLinkedRelativelyWithTheirDescriptionAsAlternativeText() {
        String html = HtmlReport.render(pack(), name -> "charts/" + name + ".png");
        assertTrue(html.contains("<img src=\"charts/top-areas.png\" alt=\"bars of &lt;script&gt;alert(1)&lt;/script&gt;\""
                + " width=\"1600\" height=\"900\">"), html);
        assertTrue(html.contains("<a href=\"tables/locations.csv\">CSV</a>"));
    }

    @Test
    void numbersAreRightAlignedAndTextIsNot() {
        String html = HtmlReport.render(pack(), name -> "x.png");
        assertTrue(html.contains("<td class=\"n\">12</td>"));
        assertTrue(html.contains("<td class=\"n\">-5.4</td>"));
        assertTrue(html.contains("<td>=HYPERLINK(&quot;x&quot;)</td>"));
    }

    @Test
    void markdownEscapesTagsAndTableCells() {
        String md = MarkdownReport.render(pack(), name -> "charts/" + name + ".png");
        assertFalse(md.contains(EVIL));
        // backslash escapes, not entities: the raw file reads as the text, and CommonMark shows "<"
        assertTrue(md.startsWith("# Pack \\<script\\>alert(1)\\</script\\>\n"), md);
        assertTrue(md.contains("| \\<script\\>alert(1)\\</script\\> | 12 |"), md);
        assertTrue(md.contains("](charts/top-areas.png)"));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
