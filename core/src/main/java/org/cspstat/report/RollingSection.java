package org.cspstat.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cspstat.compare.CategoryGroups;
import org.cspstat.compare.Issue;
import org.cspstat.count.CountStore;
import org.cspstat.format.Column;
import org.cspstat.format.Table;

/**
 * The three-year view Strategic Assessment guidance asks for: for All crime and All ASB, up to 36
 * months to the end of the current period, each month's count beside the rolling twelve-month
 * total to that month. A rolling total is given only when all its twelve months have data (a gap
 * is missing, never a zero).
 */
public final class RollingSection {
    /** The longest view, in months. */
    public static final int MONTHS = 36;

    private RollingSection() {
    }

    /**
     * @param store the counts
     * @param last the last month to show (the end of the current period, or the data's last month)
     * @param source the source line
     * @return the section, or empty when the data cover fewer than 13 months (no rolling total to show)
     */
    public static Optional<ReportSection> of(CountStore store, YearMonth last, String source) {
        if (store.months().isEmpty()) {
            return Optional.empty();
        }
        YearMonth end = last.isAfter(store.months().last()) ? store.months().last() : last;
        YearMonth first = end.minusMonths(MONTHS - 1);
        if (first.isBefore(store.months().first())) {
            first = store.months().first();
        }
        int span = (int) first.until(end, java.time.temporal.ChronoUnit.MONTHS) + 1;
        if (span < 13) {
            return Optional.empty();
        }
        List<ChartData> charts = new ArrayList<>();
        List<ReportTable> tables = new ArrayList<>();
        List<String> points = new ArrayList<>();
        for (Issue issue : CategoryGroups.builtIn().resolve(store, List.of(CategoryGroups.ALL_CRIME,
                CategoryGroups.ALL_ASB))) {
            if (issue.categories().length == 0) {
                continue;
            }
            List<String> labels = new ArrayList<>();
            List<Double> monthly = new ArrayList<>();
            List<Double> rolling = new ArrayList<>();
            List<String> month = new ArrayList<>();
            for (YearMonth m = first; !m.isAfter(end); m = m.plusMonths(1)) {
                double v = value(store, issue, m);
                double r = rolling(store, issue, m);
                labels.add(TrendSection.label(m));
                monthly.add(v);
                rolling.add(r);
                month.add(m.toString());
            }
            String stem = "rolling-" + TrendSection.slug(issue.name());
            String range = TrendSection.label(first) + " to " + TrendSection.label(end);
            charts.add(new RollingChartData(stem, issue.name() + ": monthly and rolling twelve-month totals, " + range,
                    labels, monthly, rolling, source, issue.name() + " per month from " + range
                            + ", with the total of the twelve months to each month."));
            Table t = Table.of(stem, Column.text("month", month), Column.decimals("count", monthly),
                    Column.decimals("rolling12MonthTotal", rolling));
            tables.add(new ReportTable(stem, issue.name() + ": monthly counts and rolling twelve-month totals",
                    t, t));
            points.add(change(issue.name(), rolling, end));
        }
        String years = span >= 36 ? "three years" : String.format(Locale.ROOT, "%d months (three years when the "
                + "data cover them)", span);
        return Optional.of(new ReportSection("three-years", "Over " + (span >= 36 ? "three years" : span + " months"),
                List.of("Month by month over " + years + ", with the rolling twelve-month total to each month (right "
                        + "axis): it has no seasons, so its slope is the direction of travel. A rolling total is shown "
                        + "only when all twelve of its months have data."), points, charts, tables));
    }

    private static String change(String name, List<Double> rolling, YearMonth end) {
        double now = rolling.get(rolling.size() - 1);
        double yearBefore = rolling.size() > 12 ? rolling.get(rolling.size() - 13) : Double.NaN;
        if (Double.isNaN(now)) {
            return name + ": no rolling total to " + TrendSection.label(end) + " (a month without data in the year).";
        }
        if (Double.isNaN(yearBefore)) {
            return String.format(Locale.ROOT, "%s: %,.0f in the twelve months to %s.", name, now,
                    TrendSection.label(end));
        }
        return String.format(Locale.ROOT, "%s: %,.0f in the twelve months to %s against %,.0f a year before (%+.1f%%).",
                name, now, TrendSection.label(end), yearBefore, 100 * (now - yearBefore) / yearBefore);
    }

    private static double value(CountStore store, Issue issue, YearMonth m) {
        if (!store.hasData(m)) {
            return Double.NaN;
        }
        long sum = 0;
        for (int c : issue.categories()) {
            sum += store.total(c, m);
        }
        return sum;
    }

    private static double rolling(CountStore store, Issue issue, YearMonth m) {
        double sum = 0;
        for (int k = 0; k < 12; k++) {
            double v = value(store, issue, m.minusMonths(k));
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            sum += v;
        }
        return sum;
    }
}
