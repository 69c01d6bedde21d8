package org.cspstat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import org.cspstat.format.Column;
import org.cspstat.format.Table;
import org.cspstat.io.Dataset;
import org.cspstat.io.LoadOptions;
import org.cspstat.io.Loader;
import org.cspstat.io.SampleData;
import org.cspstat.period.Period;
import org.junit.jupiter.api.Test;

/** Numbers rounded to what matters for people; the machine table untouched. */
class NumbersForPeopleTest {
    /** A number with more than three decimal places, as a float prints unrounded. */
    static final Pattern UNROUNDED = Pattern.compile("\\d\\.\\d{4,}");

    static ReportTable trendLike() {
        Table t = Table.of("t", Column.text("month", List.of("2024-04", "2024-05")),
                Column.integers("count", new long[] {1234, 8}),
                Column.flags("gap", new boolean[] {false, false}),
                Column.decimals("centre", new double[] {534.3333333333334, 12.099999999999994}),
                Column.decimals("share", new double[] {0.04213, 0.5}));
        return new ReportTable("trend-x", "X by month", t, t);
    }

    @Test
    void countsGetThousandsSeparatorsRatesOneDecimalAndAnAllFalseFlagIsLeftOut() {
        ReportTable t = trendLike();
        assertEquals(List.of("month", "count", "centre", "share"), t.displayNames());
        assertEquals(List.of(List.of("2024-04", "1,234", "534.3", "0.042"), List.of("2024-05", "8", "12.1", "0.5")),
                t.displayRows());
        // the plain values keep full precision for CSV, JSON and spreadsheets
        assertEquals(534.3333333333334, t.data().column("centre").value(0));
    }

    @Test
    void aFlagThatIsSometimesTrueIsShownAsYes() {
        Table t = Table.of("t", Column.flags("gap", new boolean[] {true, false}));
        assertEquals(List.of(List.of("yes"), List.of("")), new ReportTable("g", "g", t, t).displayRows());
    }

    @Test
    void theNumbersOfTheSamplePackAreRoundedInEveryRendererForPeople() {
        ReportPack pack = samplePack();
        String html = HtmlReport.render(pack, n -> n + ".png");
        String md = MarkdownReport.render(pack, n -> n + ".png");
        assertFalse(UNROUNDED.matcher(html).find(), () -> "unrounded in HTML: " + find(html));
        assertFalse(UNROUNDED.matcher(md).find(), () -> "unrounded in Markdown: " + find(md));
        assertFalse(html.contains(">gap<"), "an all-false gap column is shown");
    }

    @Test
    void aChangeOfAHandfulIsGivenInCountsNotAsAPercentage() {
        // 5 against 2 is "+3", never "+150%"
        ReportPack pack = samplePack();
        BarChartData chart = (BarChartData) pack.chart(ChangeSection.CHART);
        assertEquals("Change on a year earlier (incidents)", chart.yLabel());
        for (String h : pack.headlines()) {
            var m = Pattern.compile("(\\d[\\d,]*) in .* against (\\d[\\d,]*) in .*").matcher(h);
            if (m.find() && Long.parseLong(m.group(1).replace(",", "")) < 10
                    && Long.parseLong(m.group(2).replace(",", "")) < 10) {
                assertFalse(h.contains("%"), h);
            }
        }
    }

    @Test
    void knownEventsAreFlaggedWhenAComparedPeriodTouchesThem() {
        Period lockdown = Period.of(YearMonth.of(2021, 1), YearMonth.of(2021, 3));
        Period before = Period.of(YearMonth.of(2019, 1), YearMonth.of(2019, 3));
        assertTrue(CaveatSection.touching(lockdown, before).stream().anyMatch(e -> e.what().contains("COVID-19")));
        assertTrue(CaveatSection.touching(before, before.minusYears(1)).isEmpty());
        ReportSection s = CaveatSection.of(lockdown, before);
        assertTrue(s.points().stream().anyMatch(p -> p.startsWith("Known event in the periods compared (Jan 2021 to Jul 2021)")));
        assertTrue(s.points().stream().anyMatch(p -> p.contains("Fraud")));
        assertTrue(s.points().stream().anyMatch(p -> p.contains("snap point")));
    }

    private static ReportPack sample;

    /** The pack of the embedded sample, built once. */
    static synchronized ReportPack samplePack() {
        if (sample == null) {
            Dataset d = Loader.load(LoadOptions.builder().sample().positions(true).lookup(SampleData.lookup().orElseThrow()).build());
            sample = ReportBuilder.of(d).build();
        }
        return sample;
    }

    private static String find(String text) {
        var m = UNROUNDED.matcher(text);
        if (!m.find()) {
            return "";
        }
        return text.substring(Math.max(0, m.start() - 80), Math.min(text.length(), m.end() + 20));
    }
}
