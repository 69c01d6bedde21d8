package org.cspstat.report;

import org.cspstat.error.ConfigurationException;
import org.cspstat.error.UsageException;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cspstat.compare.CategoryGroups;
import org.cspstat.compare.ComparisonResult;
import org.cspstat.compare.ComparisonRow;
import org.cspstat.compare.Issue;
import org.cspstat.count.CountStore;
import org.cspstat.period.FinancialYear;
import org.cspstat.stats.Verdict;
import org.cspstat.trend.ControlChart;
import org.cspstat.trend.MonthCount;
import org.cspstat.trend.MonthlySeries;
import org.cspstat.trend.TrendAnalysis;

/**
 * Monthly trends of the main issues: this financial year against the last, with XmR control
 * limits from the twelve months before this year (fewer when the data start later).
 */
final class TrendSection {
    /** The most trend charts in a pack: the totals, then significant changes, then volume. */
    static final int MAX_CHARTS = 8;

    private TrendSection() {
    }

    /**
     * @param names the issues to chart, or empty for the default choice: the totals, then
     *     significant changes, then the largest categories, at most {@value #MAX_CHARTS}
     * @throws IllegalArgumentException naming the issues there are, when a name is unknown
     */
    static ReportSection of(CountStore store, ComparisonResult byCategory, List<String> names) {
        List<Issue> issues = CategoryGroups.builtIn().resolve(store);
        List<ChartData> charts = new ArrayList<>();
        List<ReportTable> tables = new ArrayList<>();
        List<String> points = new ArrayList<>();
        YearMonth last = byCategory.current().to().isAfter(store.months().last()) ? store.months().last()
                : byCategory.current().to();
        Map<String, String> stems = FileStems.of(issues.stream().map(Issue::name).toList());
        Set<String> charted = new HashSet<>();
        for (String wanted : names.isEmpty() ? chosen(store, byCategory) : names) {
            Issue issue = issues.stream().filter(i -> i.name().equalsIgnoreCase(wanted.strip())).findFirst()
                    .orElseThrow(() -> new UsageException("unknown category or group '" + wanted
                            + "': expected one of " + String.join(", ", issues.stream().map(Issue::name).toList())));
            String name = issue.name();
            if (!charted.add(name)) {
                continue;
            }
            MonthlySeries series = series(store, issue);
            TrendAnalysis t;
            try {
                t = analyse(series, last);
            } catch (ConfigurationException | IllegalArgumentException tooFewMonths) {
                points.add(name + ": no trend chart (" + tooFewMonths.getMessage() + ").");
                continue;
            }
            String stem = "trend-" + stems.get(name);
            charts.add(chart(stem, series, t, last, byCategory.source()));
            org.cspstat.format.Table table = org.cspstat.table.Tables.of(t);
            tables.add(new ReportTable(stem, name + ": monthly counts and control limits", table, table,
                    true));
            points.add(point(name, t));
        }
        return new ReportSection("trends", "Monthly trends", List.of("This financial year month by month against "
                + "the same months a year earlier. The dotted lines are XmR control limits (mean ± 2.66 × the mean "
                + "moving range) from the months before this year: a month outside them, or eight in a row on one "
                + "side of the centre line, is a signal worth explaining. Months without data are breaks, not zeros."),
                points, charts, tables);
    }

    private static List<String> chosen(CountStore store, ComparisonResult r) {
        Set<String> out = new LinkedHashSet<>(List.of(CategoryGroups.ALL_CRIME, CategoryGroups.ALL_ASB));
        // flag categories (domestic abuse, hate crime) are issues in their own right: charted after the totals
        store.categories().stream().filter(c -> c.kind() == org.cspstat.model.CategoryKind.FLAG)
                .map(org.cspstat.model.Category::name).forEach(out::add);
        r.rows().stream().filter(x -> x.verdict().isSignificant()).map(ComparisonRow::category)
                .forEach(out::add);
        r.rows().stream().sorted(Comparator.comparingLong(x -> -x.current())).map(ComparisonRow::category)
                .forEach(out::add);
        return out.stream().limit(MAX_CHARTS).toList();
    }

    static MonthlySeries series(CountStore store, Issue issue) {
        Map<YearMonth, Long> counts = new TreeMap<>();
        for (YearMonth m = store.months().first(); !m.isAfter(store.months().last()); m = m.plusMonths(1)) {
            if (store.gaps().contains(m)) {
                continue;
            }
            long sum = 0;
            for (int c : issue.categories()) {
                sum += store.total(c, m);
            }
            counts.put(m, sum);
        }
        return MonthlySeries.of(issue.name(), store.months().first(), store.months().last(), counts, store.gaps());
    }

    private static TrendAnalysis analyse(MonthlySeries series, YearMonth last) {
        YearMonth april = FinancialYear.containing(last).firstMonth();
        YearMonth first = april.isBefore(series.first()) ? series.first() : april;
        try {
            return TrendAnalysis.of(series, ControlChart.Kind.XMR, first, last);
        } catch (ConfigurationException noEarlierMonths) {
            return TrendAnalysis.of(series, ControlChart.Kind.XMR, first, last, first, last);
        }
    }

    private static TrendChartData chart(String stem, MonthlySeries series, TrendAnalysis t, YearMonth last,
            String source) {
        FinancialYear fy = FinancialYear.containing(last);
        List<String> months = new ArrayList<>();
        List<Double> now = new ArrayList<>();
        List<Double> before = new ArrayList<>();
        List<Integer> signals = new ArrayList<>();
        Set<YearMonth> signalled = new HashSet<>();
        t.signals().forEach(s -> signalled.add(s.month()));
        int i = 0;
        for (YearMonth m = fy.firstMonth(); !m.isAfter(fy.lastMonth()); m = m.plusMonths(1), i++) {
            months.add(m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            now.add(m.isAfter(last) ? Double.NaN : value(series, m));
            before.add(value(series, m.minusYears(1)));
            if (signalled.contains(m)) {
                signals.add(i);
            }
        }
        String thisYear = fy + " (to " + label(last) + ")";
        String lastYear = fy.minusYears(1).toString();
        if (t.chart().isEmpty()) {
            return new TrendChartData(stem, series.label() + " by month, " + thisYear + " vs " + lastYear,
                    "Incidents per month", months, thisYear, now, lastYear, before, "no control limits",
                    Double.NaN, Double.NaN, Double.NaN, signals, source, series.label() + " per month in "
                            + thisYear + " against " + lastYear + "; no control limits ("
                            + t.limitsUnavailableReason().orElse("") + ").");
        }
        ControlChart c = t.chart().get();
        String range = label(c.baselineFirst()) + "–" + label(c.baselineLast());
        String baseline = "centre line (baseline " + range + ")";
        return new TrendChartData(stem, series.label() + " by month, " + thisYear + " vs " + lastYear,
                "Incidents per month", months, thisYear, now, lastYear, before, baseline, c.centre(), c.upper(),
                Math.max(0, c.lower()), signals, source, series.label() + " per month in " + thisYear
                        + " against " + lastYear + ", with XmR control limits from " + range + ".");
    }

    private static double value(MonthlySeries s, YearMonth m) {
        if (!s.covers(m)) {
            return Double.NaN;
        }
        MonthCount c = s.at(m);
        return c.gap() ? Double.NaN : c.count();
    }

    private static String point(String name, TrendAnalysis t) {
        StringBuilder s = new StringBuilder(name).append(": ");
        if (t.chart().isEmpty()) {
            s.append("no control limits or signals (").append(t.limitsUnavailableReason().orElse("")).append(')');
        } else {
            s.append(t.signals().isEmpty() ? "no signal this year" : t.signals().size() + " signal(s) ("
                    + String.join(", ", t.signals().stream().map(x -> label(x.month()) + " " + x.rule().label())
                            .toList()) + ")");
        }
        t.projection().ifPresentOrElse(p -> s.append(String.format(Locale.ROOT,
                "; projected year end %,d (95%% interval %,d–%,d) against %,d last year", Math.round(p.projected()),
                p.low(), p.high(), p.lastYearTotal())),
                () -> s.append("; no year-end projection (").append(t.projectionUnavailableReason().orElse(""))
                        .append(')'));
        return s.append('.').toString();
    }

    static String label(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + m.getYear();
    }

    static String slug(String name) {
        return FileStems.of(name);
    }
}
