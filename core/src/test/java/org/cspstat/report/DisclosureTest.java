package org.cspstat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.cspstat.format.Column;
import org.cspstat.format.Table;

/** Disclosure control: area and location counts from 1 to N−1 become "<N", with what reveals them. */
class DisclosureTest {
    /** Three areas: one with a previous count of 3 (suppressed at 5), one of 0 (shown), one of 5 (shown). */
    static ReportTable areas(String name) {
        Table data = Table.of("largest increases",
                Column.text("area", List.of("North", "South", "East")),
                Column.integers("current", new long[] {12, 7, 1_234}),
                Column.integers("previous", new long[] {3, 0, 5}),
                Column.integers("change", new long[] {9, 7, 1_229}),
                Column.decimals("percentChange", new double[] {300, Double.NaN, 24_580}),
                Column.decimals("share", new double[] {0.012, 0.007, 0.9}),
                Column.text("verdict", List.of("significant increase", "no clear change", "no clear change")));
        Table display = Table.of("largest increases",
                Column.text("Area", List.of("North", "South", "East")),
                Column.text("Jan 2022", List.of("12", "7", "1,234")),
                Column.text("Jan 2021", List.of("3", "0", "5")),
                Column.text("Change", List.of("+9", "+7", "+1,229")),
                Column.text("% change", List.of("▲ +300.0%", "", "▲ +24,580.0%")),
                Column.text("Share of area", List.of("1.2%", "0.7%", "90.0%")),
                Column.text("Verdict", List.of("significant increase", "no clear change", "no clear change")));
        return new ReportTable(name, "caption", display, data);
    }

    @Test
    void aSmallAreaCountBecomesLessThanNAndWhatRevealsItIsLeftOut() {
        ReportTable t = Disclosure.suppress(areas("largest-increases"), 5);
        // by hand: North's previous 3 is under 5; its change (+9), % change and share would give it back
        assertEquals(List.of("North", "12", "<5", "", "", "", "significant increase"), t.displayRows().get(0));
        assertEquals(List.of("South", "7", "0", "+7", "", "0.7%", "no clear change"), t.displayRows().get(1));
        assertEquals(List.of("East", "1,234", "5", "+1,229", "▲ +24,580.0%", "90.0%", "no clear change"),
                t.displayRows().get(2));
        Table data = t.data();
        assertEquals("<5", data.column("previous").text(0));
        assertEquals("", data.column("change").text(0));
        assertEquals("", data.column("percentChange").text(0));
        assertEquals("", data.column("share").text(0));
        assertEquals("12", data.column("current").text(0));
        assertEquals("0", data.column("previous").text(1));
        assertEquals("1234", data.column("current").text(2));
        assertEquals("0.9", data.column("share").text(2));
    }

    @Test
    void aCurrentCountOfOneIsSuppressedToo() {
        ReportTable t = Disclosure.suppress(areas("change-by-area"), 2);
        // at N = 2 only a count of 1 is suppressed: North's 3 stays
        assertEquals("3", t.displayRows().get(0).get(2));
        ReportTable ten = Disclosure.suppress(areas("change-by-area"), 10);
        assertEquals(List.of("<10", "0"), ten.displayRows().get(1).subList(1, 3));
        assertEquals(List.of("", "", ""), ten.displayRows().get(1).subList(3, 6));
    }

    @Test
    void totalsAndOtherTablesAreLeftAlone() {
        ReportTable categories = areas("change-by-category");
        ReportPack pack = new ReportPack("t", "a", "s", org.cspstat.period.Period.month(java.time.YearMonth.of(2022, 1)),
                org.cspstat.period.Period.month(java.time.YearMonth.of(2021, 1)), List.of(), List.of(new ReportSection("changes", "h",
                        List.of(), List.of(), List.of(), List.of(categories))));
        ReportPack out = Disclosure.suppress(pack, 5);
        assertSame(categories, out.tables().get(0));
        assertSame(pack, Disclosure.suppress(pack, 0));
    }

    @Test
    void anAreaSentenceLosesItsCountsWhenOneIsSuppressed() {
        String point = "Bedwell (All crime): 9 in Jan 2022 against 2 in Jan 2021, +7: significant increase "
                + "(rate ratio 4.50, 99.9% interval 1.12–30.98).";
        assertEquals("Bedwell (All crime): significant increase (counts under 5 not shown).",
                Disclosure.point(point, 5));
        assertEquals(point, Disclosure.point(point, 2));
    }

    @Test
    void outcomesByAreaSuppressEachGroupCount() {
        ReportTable t = SimpleTables.table("outcomes-by-area", "c", List.of("Area", "Crimes", "Charged"),
                List.of(List.of("North", "40", "3 (7.5%)"), List.of("South", "4", "0")),
                List.of("area", "crimes", "charged", "charged_share"),
                List.of(List.of("North", "40", "3", "0.075"), List.of("South", "4", "0", "0")));
        ReportTable s = Disclosure.suppress(t, 5);
        assertEquals(List.of("North", "40", "<5"), s.displayRows().get(0));
        assertEquals(List.of("South", "<5", "0"), s.displayRows().get(1));
        assertEquals("<5", s.data().column("charged").text(0));
        assertEquals("", s.data().column("charged_share").text(0));
    }

    @Test
    void theBusiestAreasChartDrawsNoBarForASuppressedCount() {
        BarChartData b = new BarChartData("top-areas", "t", "x", "y", List.of("North", "South"),
                List.of(new BarSeries("now", List.of(40.0, 12.0), Tone.CURRENT),
                        new BarSeries("before", List.of(3.0, 0.0), Tone.PREVIOUS)), false, "s", "d");
        BarChartData s = Disclosure.bars(b, 5);
        assertEquals(List.of("North (<5)", "South"), s.categories());
        assertEquals(List.of(40.0, 12.0), s.series().get(0).values());
        assertTrue(Double.isNaN(s.series().get(1).values().get(0)));
        assertEquals(0.0, s.series().get(1).values().get(1));
    }
}
