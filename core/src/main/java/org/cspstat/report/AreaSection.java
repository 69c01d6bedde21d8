package org.cspstat.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cspstat.compare.AreaLevel;
import org.cspstat.compare.ComparisonResult;
import org.cspstat.compare.ComparisonRow;
import org.cspstat.stats.Verdict;

/** All crime by area: the busiest areas against a year earlier, and the full table. */
final class AreaSection {
    static final String CHART = "top-areas";
    /** How many areas the chart shows. */
    static final int TOP = 10;

    private AreaSection() {
    }

    static ReportSection of(ComparisonResult byArea) {
        String level = noun(byArea.level());
        List<ComparisonRow> top = byArea.rows().stream().limit(TOP).toList();
        List<String> points = new ArrayList<>();
        byArea.rows().stream().filter(r -> r.verdict().isSignificant())
                .forEach(r -> points.add(ChangeSection.sentence(r, byArea).replaceFirst("^[^:]*:",
                        r.area() + " (" + r.category() + "):")));
        if (points.isEmpty()) {
            points.add("No " + level + " changed significantly after adjusting for the " + byArea.rows().size()
                    + " comparisons.");
        }
        String issue = byArea.rows().isEmpty() ? "All crime" : byArea.rows().get(0).category();
        List<ChartData> charts = top.isEmpty() ? List.of() : List.of(chart(byArea, top, issue, level));
        return new ReportSection("areas", "Where: " + issue + " by " + level, List.of(String.format(Locale.ROOT,
                "%s in each %s, busiest first; an asterisk marks a significant change (%s-adjusted across all %d %ss).",
                issue, level, byArea.adjustmentName(), byArea.rows().size(), level)), points, charts,
                List.of(new ReportTable("change-by-area", byArea.title() + ", " + issue + " by " + level,
                        org.cspstat.table.Tables.display(byArea), org.cspstat.table.Tables.of(byArea))));
    }

    private static BarChartData chart(ComparisonResult r, List<ComparisonRow> top, String issue, String level) {
        List<String> names = new ArrayList<>();
        List<Double> now = new ArrayList<>();
        List<Double> before = new ArrayList<>();
        for (ComparisonRow x : top) {
            names.add(x.area() + (x.verdict().isSignificant() ? " *" : ""));
            now.add((double) x.current());
            before.add((double) x.previous());
        }
        return new BarChartData(CHART, issue + " in the " + top.size() + " busiest " + level + "s, " + ChangeSection.periods(r),
                level.substring(0, 1).toUpperCase(Locale.ROOT) + level.substring(1) + " (* significant change)",
                "Incidents", names, List.of(new BarSeries(r.currentHeading(), now, Tone.CURRENT),
                        new BarSeries(r.previousHeading(), before, Tone.PREVIOUS)), false, r.source(),
                issue + " in the " + top.size() + " " + level + "s with the most in " + r.current().label()
                        + ", against " + r.previous().label() + ".");
    }

    static String noun(AreaLevel level) {
        return switch (level) {
            case LSOA -> "LSOA";
            case WARD -> "ward";
            case DISTRICT -> "district";
        };
    }
}
