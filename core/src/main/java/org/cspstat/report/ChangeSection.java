package org.cspstat.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cspstat.compare.CategoryGroups;
import org.cspstat.compare.ComparisonResult;
import org.cspstat.compare.ComparisonRow;
import org.cspstat.stats.Verdict;

/** The year-on-year change by category: headlines, the diverging chart and the table. */
final class ChangeSection {
    static final String CHART = "change-by-category";

    private ChangeSection() {
    }

    static ReportSection of(ComparisonResult r) {
        long tested = r.families().stream().mapToLong(f -> f.tests()).sum();
        List<String> paragraphs = new ArrayList<>(r.notes());
        paragraphs.add(String.format(Locale.ROOT,
                "Each category in %s compared with %s. %d of %d tested rows changed significantly "
                        + "(%s-adjusted p < %s).", r.current().label(), r.previous().label(),
                r.significantCount(), tested, r.adjustmentName(), trim(r.alpha())));
        paragraphs.add(r.methodLine());
        return new ReportSection("changes", "Year-on-year change by category", paragraphs, List.of(),
                List.of(chart(r)), List.of(new ReportTable(CHART, r.title() + ", by category", org.cspstat.table.Tables.display(r),
                        org.cspstat.table.Tables.of(r))));
    }

    /** The headline sentences: the totals first, then every significant change, largest first. */
    static List<String> headlines(ComparisonResult r) {
        List<String> out = new ArrayList<>();
        for (String total : List.of(CategoryGroups.ALL_CRIME, CategoryGroups.ALL_ASB)) {
            r.rows().stream().filter(x -> x.category().equals(total)).findFirst().ifPresent(x -> out.add(sentence(x, r)));
        }
        r.rows().stream()
                .filter(x -> x.verdict().isSignificant() && x.sameAs().isEmpty())
                .filter(x -> !x.category().equals(CategoryGroups.ALL_CRIME) && !x.category().equals(CategoryGroups.ALL_ASB))
                .sorted(Comparator.comparingLong((ComparisonRow x) -> -Math.abs(x.change().change())))
                .forEach(x -> out.add(sentence(x, r)));
        if (r.significantCount() == 0) {
            out.add("No category changed significantly.");
        }
        return out;
    }

    static String sentence(ComparisonRow x, ComparisonResult r) {
        // a percentage of a handful says more than the numbers do: 5 against 2 is not "+150%"
        String pct = small(x) ? "" : ComparisonResult.percent(x).replace("▲ ", "").replace("▼ ", "").strip();
        String ratio = ComparisonResult.ratio(x);
        String basis = ratio.isEmpty() ? "" : " (rate ratio " + ratio.replace(" (", ", " 
                + ComparisonResult.levelWords(x.level()) + " interval ") + ")";
        return String.format(Locale.ROOT, "%s: %,d in %s against %,d in %s, %+,d%s: %s%s.", x.category(),
                x.current(), r.currentHeading(), x.previous(), r.previousHeading(), x.change().change(),
                pct.isEmpty() ? "" : " (" + pct + ")", x.verdict().words(org.cspstat.model.Polarity.of(x.category())), basis.replace("))", ")"));
    }

    /** Below this count in both periods a change is given in incidents, never as a percentage. */
    static final int SMALL = 10;

    /** @return true when both periods' counts are below {@value #SMALL} */
    static boolean small(ComparisonRow x) {
        return x.current() < SMALL && x.previous() < SMALL;
    }

    private static BarChartData chart(ComparisonResult r) {
        List<String> names = new ArrayList<>();
        List<Double> up = new ArrayList<>();
        List<Double> down = new ArrayList<>();
        List<Double> none = new ArrayList<>();
        for (ComparisonRow x : r.rows()) {
            if (x.current() == 0 && x.previous() == 0) {
                continue;
            }
            // absolute change: a category's bar is as long as the incidents it adds or loses, so
            // +3 robberies (5 against 2) is a short bar, not the tallest at +150%
            double p = x.change().change();
            names.add(x.category() + (x.previous() == 0 ? " (new)" : "")
                    + (small(x) ? String.format(Locale.ROOT, " (%d vs %d)", x.current(), x.previous()) : ""));
            up.add(x.verdict() == Verdict.SIGNIFICANT_INCREASE ? p : Double.NaN);
            down.add(x.verdict() == Verdict.SIGNIFICANT_DECREASE ? p : Double.NaN);
            none.add(!x.verdict().isSignificant() ? p : Double.NaN);
        }
        String title = "Change by category, " + periods(r);
        return new BarChartData(CHART, title, "Category", "Change on a year earlier (incidents)", names, List.of(
                new BarSeries("significant increase", up, Tone.INCREASE),
                new BarSeries("significant decrease", down, Tone.DECREASE),
                new BarSeries("no clear change", none, Tone.NEUTRAL)), true, r.source(),
                "Change in incidents in each category, " + r.title() + ", coloured by whether the change is "
                        + "significant after " + r.adjustmentName() + " adjustment; categories with fewer than "
                        + SMALL + " in both periods show their counts.");
    }

    /** @return the periods for a chart title, by their months: {@code Apr–Dec 2017 vs Apr–Dec 2016} */
    static String periods(ComparisonResult r) {
        return r.currentHeading() + " vs " + r.previousHeading();
    }

    static String trim(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.valueOf(v);
    }
}
