package org.cspstat.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cspstat.compare.CategoryGroups;
import org.cspstat.compare.ComparisonResult;
import org.cspstat.harm.HarmTable;
import org.cspstat.harm.HarmWeights;
import org.cspstat.io.Dataset;

/** What hurts most beside what is most frequent: categories ranked by count and by harm-weighted count. */
final class HarmSection {
    static final String CHART = "harm-vs-volume";

    private HarmSection() {
    }

    /** @return the section, or null when no category of the data has a harm weight */
    static ReportSection of(Dataset data, ComparisonResult byCategory, HarmWeights weights) {
        HarmTable h = HarmTable.of(data.counts(), CategoryGroups.builtIn(), weights, byCategory.current(),
                byCategory.previous());
        HarmTable.Row all = h.row(CategoryGroups.ALL_CRIME);
        if (all == null || all.harmNow() == 0) {
            return null;
        }
        List<HarmTable.Row> categories = h.rows().stream().filter(r -> !r.issue().equals(CategoryGroups.ALL_CRIME)
                && !r.issue().equals(CategoryGroups.ALL_ASB)).toList();
        List<HarmTable.Row> byCount = new ArrayList<>(categories);
        byCount.sort(Comparator.comparingLong(HarmTable.Row::countNow).reversed().thenComparing(HarmTable.Row::issue));
        List<String> names = List.of("Category", "Incidents", "Rank by count", "Share of incidents", "Harm days",
                "Rank by harm", "Share of harm", "Harm change (95% CI)");
        List<String> keys = List.of("category", "incidents", "rank_by_count", "share_of_incidents", "harm_days",
                "rank_by_harm", "share_of_harm", "harm_percent_change", "harm_percent_change_low",
                "harm_percent_change_high");
        List<List<String>> display = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        List<String> chartNames = new ArrayList<>();
        List<Double> countShare = new ArrayList<>();
        List<Double> harmShare = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            HarmTable.Row r = categories.get(i);
            int countRank = byCount.indexOf(r) + 1;
            double cs = (double) r.countNow() / all.countNow();
            double hs = r.harmNow() / all.harmNow();
            display.add(List.of(r.issue(), String.format(Locale.ROOT, "%,d", r.countNow()), Integer.toString(countRank),
                    String.format(Locale.ROOT, "%.1f%%", 100 * cs), String.format(Locale.ROOT, "%,.0f", r.harmNow()),
                    Integer.toString(i + 1), String.format(Locale.ROOT, "%.1f%%", 100 * hs),
                    Double.isFinite(r.ratio()) ? String.format(Locale.ROOT, "%+.1f%% (%+.1f%% to %+.1f%%)",
                            r.percentChange(), 100 * (r.ratioLow() - 1), 100 * (r.ratioHigh() - 1)) : "–"));
            cells.add(List.of(r.issue(), Long.toString(r.countNow()), Integer.toString(countRank), plain(cs),
                    plain(r.harmNow()), Integer.toString(i + 1), plain(hs), plain(r.percentChange()),
                    plain(100 * (r.ratioLow() - 1)), plain(100 * (r.ratioHigh() - 1))));
            if (i < 10) {
                chartNames.add(r.issue());
                countShare.add(100 * cs);
                harmShare.add(100 * hs);
            }
        }
        List<String> points = new ArrayList<>();
        HarmTable.Row top = categories.get(0);
        HarmTable.Row mostFrequent = byCount.get(0);
        points.add(String.format(Locale.ROOT, "Most frequent: %s, %.1f%% of crimes. What hurts most: %s, %.1f%% of the "
                + "harm-weighted total.", mostFrequent.issue(), 100.0 * mostFrequent.countNow() / all.countNow(),
                top.issue(), 100 * top.harmNow() / all.harmNow()));
        points.add(String.format(Locale.ROOT, "All crime, harm-weighted: %,.0f days against %,.0f, a change of %+.1f%% "
                + "(95%% interval %+.1f%% to %+.1f%%)%s.", all.harmNow(), all.harmBefore(), all.percentChange(),
                100 * (all.ratioLow() - 1), 100 * (all.ratioHigh() - 1),
                all.ratioLow() > 1 ? ": harm rose" : all.ratioHigh() < 1 ? ": harm fell" : ": no clear change"));
        ChartData chart = new BarChartData(CHART, "Share of crimes and share of harm, " + byCategory.current().label(),
                "Category (by harm)", "% of All crime", chartNames,
                List.of(new BarSeries("Share of crimes", countShare, Tone.NEUTRAL),
                        new BarSeries("Share of harm (CCHI days)", harmShare, Tone.HIGH)), false, data.source(),
                "Each category's share of crimes beside its share of harm-weighted crime, the ten most harmful.");
        return new ReportSection("harm", "What hurts most beside what is most frequent", List.of(
                "Each crime weighted by its category's Cambridge Crime Harm Index days (" + weights.source()
                        + "; DOMAIN.md §5; an illustrative mapping, midpoints where forces differ). Anti-social "
                        + "behaviour and flag categories carry no weight. The interval of a harm-weighted change treats "
                        + "counts as Poisson (docs/harm.md)."), points, List.of(chart),
                List.of(SimpleTables.table("harm", "Harm and volume, " + byCategory.current().label(), names, display,
                        keys, cells)));
    }

    private static String plain(double v) {
        return org.cspstat.format.TableFormat.plainNumber(v);
    }
}
